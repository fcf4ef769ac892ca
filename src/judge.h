/* The judge: a pure function from (expectations, observations) to check
 * results.  It never calls ptrace. */
#ifndef PR_JUDGE_H
#define PR_JUDGE_H

#include "result.h"
#include "run.h"

/* Judge run (of group g for personality p), emitting one result per check in a
 * fixed order. */
void pr_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	      pr_emit_fn emit, void *ctx);
/* The names of those checks, in that order, from the group alone: the plan,
 * for --list and for counting, without judging. */
/* The PR_CHECK_* families that judge what only a whole run shows. */
unsigned pr_judge_whole_run_checks(void);
void pr_judge_names(const struct pr_personality *p, const struct pr_group *g, pr_name_fn name, void *ctx);

#endif
