/* The Check suites of tests/unit-replay (one file each). */
#ifndef PR_TESTS_UNIT_REPLAY_H
#define PR_TESTS_UNIT_REPLAY_H

#include <check.h>

#include "judge.h"

Suite *recording_suite(void);
Suite *judge_ia64_suite(void);
Suite *diagnose_suite(void);

/* Results of judging one run, collected for assertions. */
struct collected {
	unsigned n, failed;
	struct pr_result last_failed;
};

void collect(void *ctx, const struct pr_result *r);

#endif
