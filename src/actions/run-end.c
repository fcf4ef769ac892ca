/* How a run ends, one answer for the synthesiser (tests/synth.c) and the
 * judge (judge-lifecycle.c, the exit event's message in judge-events.c). */
#include "action.h"

void pr_expected_end(const struct pr_personality *p, const struct pr_group *g, int64_t pid, int64_t ppid,
		     struct pr_run_end *out)
{
	*out = (struct pr_run_end){ PR_END_EXITED, 0, "exit_group(0), the tracee's end", false };
	for (unsigned i = 0; i < g->ncalls; i++)
		for (unsigned d = 0; d < PR_DOES_MAX && g->calls[i].does[d].id; d++)
			if (pr_actions[g->calls[i].does[d].id]->run_end)
				pr_actions[g->calls[i].does[d].id]->run_end(p, g, &g->calls[i].does[d], i, pid, ppid, out);
}

/* The rows' last call is exit_group(LAST): the status is what the call
 * before it returned, cut to 8 bits. */
void pr_run_end_last_result(const struct pr_personality *p, const struct pr_group *g, int64_t pid, int64_t ppid,
			    struct pr_run_end *out)
{
	unsigned k = g->ncalls - 2;
	const struct pr_call *before = &g->calls[k];
	uint64_t args[6];
	int64_t rval;
	bool is_error;

	pr_final_args(p, g->via, before, k, pid, args);
	pr_expected_result(p, g->via, before->expect, before->value, args, pid, ppid, &rval, &is_error);
	*out = (struct pr_run_end){ PR_END_EXITED, (int)(rval & 0xff),
				    "exit_group with the call's result, its low 8 bits", false };
}

/* coredump_finish() ors 0x80 into group_exit_code, which do_group_exit()
 * passes to do_exit() and wait_task_zombie() reports (fs/coredump.c,
 * kernel/exit.c): the one code the message and the wait status share. */
uint64_t pr_exit_event_message(const struct pr_run_end *e, bool dumped)
{
	if (e->end != PR_END_SIGNALED)
		return (uint64_t)(e->code & 0xff) << 8;
	return (uint64_t)e->code | (e->dumps && dumped ? 0x80 : 0);
}
