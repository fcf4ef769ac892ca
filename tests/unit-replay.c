#include <stdlib.h>

#include "unit-replay.h"

void collect(void *ctx, const struct pr_result *r)
{
	struct collected *c = ctx;

	c->n++;
	if (r->verdict != PR_PASS) {
		c->failed++;
		c->last_failed = *r;
	}
}

int main(void)
{
	SRunner *sr = srunner_create(recording_suite());
	int failed;

	srunner_add_suite(sr, judge_ia64_suite());
	srunner_add_suite(sr, diagnose_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
