/* The unit tests: one Check runner printing TAP, so automake counts every
 * test case. */
#include <check.h>
#include <stdlib.h>

#include "plan-run.h"
#include "suites.h"

Suite *pr_suite(const char *name, const char *tcase, void (*setup)(void), const TTest *const tests[])
{
	Suite *s = suite_create(name);
	TCase *tc = tcase_create(tcase);

	/* Check's 4 s default fails a test that judges every group on every
	 * personality on a loaded machine: the timeout is for a hang, not a
	 * speed goal (those are ci/bench's). */
	tcase_set_timeout(tc, 300);

	if (setup)
		tcase_add_checked_fixture(tc, setup, fab_teardown);
	for (const TTest *const *t = tests; *t; t++)
		tcase_add_test(tc, *t);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(info_suite());
	int failed;

	srunner_add_suite(sr, personality_suite());
	srunner_add_suite(sr, ktap_suite());
	srunner_add_suite(sr, judge_suite());
	srunner_add_suite(sr, recording_suite());
	srunner_add_suite(sr, judge_ia64_suite());
	srunner_add_suite(sr, judge_ppc64le_suite());
	srunner_add_suite(sr, diagnose_suite());
	srunner_add_suite(sr, verdict_suite());
	srunner_add_suite(sr, seccomp_suite());
	srunner_add_suite(sr, sigsys_suite());
	srunner_add_suite(sr, notif_suite());
	srunner_add_suite(sr, sigreturn_suite());
	srunner_add_suite(sr, tamper_suite());
	srunner_add_suite(sr, unwind_suite());
	srunner_add_suite(sr, actions_suite());
	srunner_add_suite(sr, proc_syscall_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
