/* Helpers of the record/replay, ia64 and diagnosis suites (one file each). */
#ifndef PR_TESTS_UNIT_REPLAY_H
#define PR_TESTS_UNIT_REPLAY_H

#include <check.h>

#include "judge.h"

#include "suites.h"

/* Results of judging one run, collected for assertions. */
struct collected {
	unsigned n, failed;
	struct pr_result last_failed;
};

void collect(void *ctx, const struct pr_result *r);

/* Synthesise a run of group through path (with the seed bug of commit bug,
 * NULL for none; then bent by bend, if given), point *current at it, and
 * judge it into emit.  The run lives only during the call. */
void judge_synth(const struct pr_personality *p, const char *path, const char *group,
		 const char *bug, void (*bend)(struct pr_run *), const struct pr_run **current,
		 pr_emit_fn emit, void *ctx);

/* judge_synth into a struct collected. */
struct collected judge_collected(const struct pr_personality *p, const char *path, const char *group,
				 const char *bug);

/* Every path of p, every group, judged as a correct kernel would run it:
 * some results, none failed. */
void assert_correct_kernel_passes(const struct pr_personality *p);

#endif
