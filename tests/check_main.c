/* The unit tests: one Check runner printing TAP, so automake counts every
 * test case. */
#include <check.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
	SRunner *sr = srunner_create(info_suite());
	int failed;

	srunner_add_suite(sr, personality_suite());
	srunner_add_suite(sr, ktap_suite());
	srunner_add_suite(sr, judge_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
