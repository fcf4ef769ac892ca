/* How a run ends, one answer for the synthesiser (tests/synth.c) and the
 * judge (judge-lifecycle.c, the exit event's message in judge-events.c). */
#include "action.h"

void pr_expected_end(const struct pr_personality *p, const struct pr_group *g, int64_t pid, int64_t ppid,
		     struct pr_run_end *out)
{
	*out = (struct pr_run_end){ PR_END_EXITED, 0, "exit_group(0), the tracee's end" };
	for (unsigned i = 0; i < g->ncalls; i++)
		for (unsigned d = 0; d < PR_DOES_MAX && g->calls[i].does[d].id; d++)
			if (pr_actions[g->calls[i].does[d].id]->run_end)
				pr_actions[g->calls[i].does[d].id]->run_end(p, g, &g->calls[i].does[d], i, pid, ppid, out);
}

uint64_t pr_exit_event_message(const struct pr_run_end *e)
{
	return e->end == PR_END_SIGNALED ? (uint64_t)e->code : (uint64_t)(e->code & 0xff) << 8;
}
