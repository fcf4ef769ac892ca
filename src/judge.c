/* The judge's top: which families a group asks for, in their order.  The
 * layers below it: the families (judge-<family>.c), the shared expectations
 * (judge-expect.c), the check primitives (judge-check.c). */
#include "judge-families.h"
#include "judge.h"

void pr_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	      pr_emit_fn emit, void *ctx)
{
	struct judge j = { .p = p, .g = g, .run = run, .emit = emit, .ctx = ctx };

	j.nplan = pr_plan(g, j.plan);

	if (g->checks & PR_CHECK_SIGSTOP)
		judge_sigstop(&j);
	if (g->checks & PR_CHECK_SEQUENCE)
		judge_sequence(&j);
	if (g->checks & PR_CHECK_ENTRY)
		judge_entry(&j);
	if (g->checks & PR_CHECK_EXIT)
		judge_exit(&j);
	if (g->checks & PR_CHECK_INFO_SIZE)
		judge_info_size(&j);
	if (g->checks & PR_CHECK_SECCOMP)
		judge_seccomp(&j);
	if (g->checks & PR_CHECK_SIGRETURN)
		judge_sigreturn(&j);
	if (g->checks & PR_CHECK_TAMPER)
		judge_tamper(&j);
	if (g->checks & PR_CHECK_UNWIND)
		judge_unwind(&j);
	if (g->checks & PR_CHECK_RESTART)
		judge_restart(&j);
	if (g->checks & PR_CHECK_MIXED)
		judge_mixed(&j);
	if (g->checks & PR_CHECK_EVENTS)
		judge_events(&j);
	if (g->checks & PR_CHECK_REFUSALS)
		judge_refusals(&j);
	judge_frame(&j);
}
