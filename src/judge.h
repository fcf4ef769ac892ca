/* The judge: a pure function from (expectations, observations) to check
 * results.  It never calls ptrace. */
#ifndef PR_JUDGE_H
#define PR_JUDGE_H

#include "result.h"
#include "run.h"

/* Judge run (of group g for personality p), emitting one result per check in a
 * fixed order.  With run == NULL only the names are meaningful: that is the
 * plan, for --list and for counting. */
void pr_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	      pr_emit_fn emit, void *ctx);

#endif
