/* events: the PTRACE_EVENT_* stops a call makes between its entry and exit
 * stops, in order (the group traces with PTRACE_O_TRACEFORK, VFORK, CLONE,
 * VFORKDONE, EXIT).  A fork, vfork or clone's child, auto-attached, first
 * stops with SIGSTOP; the tracer detaches it there (it _exits; the tracee
 * reaps it with a later wait4).  PTRACE_EVENT_EXIT ends the call: no exit
 * stop.  judge-events.c judges them. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"
#include "payloads/child.h"

static void plan_during(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	for (unsigned e = 0; e < 2 && d->events[e]; e++)
		pr_plan_put(b, PR_STOP_EVENT, (int)i, b->g->calls[i].sys, false, d->events[e], SIGTRAP)->tracer =
			pr_event_makes_child(d->events[e]) ? PR_TRACER_LET_CHILD_GO : 0;
}

static enum pr_exit_plan plan_exit(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	(void)b, (void)i;
	return d->events[0] == PTRACE_EVENT_EXIT ? PR_EXIT_NONE : PR_EXIT_PLANNED;
}

const struct pr_plan_stop *pr_synth_event_at(const struct pr_synth_ctx *x, enum pr_synth_phase ph)
{
	return ph == PR_SYNTH_INFO && x->plan[x->k].kind == PR_STOP_EVENT ? &x->plan[x->k] : NULL;
}

/* The message names the child of this call (vfork-done's too), which
 * stopped first with SIGSTOP. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	const struct pr_plan_stop *ps = pr_synth_event_at(x, ph);

	(void)d, (void)info;
	if (!ps)
		return;
	if (pr_event_makes_child(ps->event) || ps->event == PTRACE_EVENT_VFORK_DONE) {
		s->eventmsg = (uint64_t)(x->first_child + ps->call);
		if (ps->event != PTRACE_EVENT_VFORK_DONE)
			pr_child_make(s)->child_status = pr_stopped(x->p, SIGSTOP);
	}
}

const struct pr_action pr_action_events = {
	.name = "events",
	.checks = PR_CHECK_EVENTS,
	.plan_during = plan_during,
	.plan_exit = plan_exit,
	.synth = synth,
};
