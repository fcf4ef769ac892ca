/* in-worker: the call is made by the tracee's second thread (a threads
 * group's), which the tracer attaches with PTRACE_SEIZE at the leader's
 * SIGSTOP (plan.c); the rows of both threads run in the table's order, the
 * tracer holding the other thread stopped meanwhile (tracer.c). */
#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)d, (void)i;
	for (unsigned k = first; k < b->n; k++)
		b->out[k].thread = 1;
}

const struct pr_action pr_action_in_worker = {
	.name = "in-worker",
	.checks = PR_CHECK_ENTRY | PR_CHECK_SEQUENCE,
	.plan_mark = plan_mark,
};
