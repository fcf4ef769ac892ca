/* group-stop: the call raises SIGSTOP and the tracer delivers it: a
 * group-stop (PTRACE_EVENT_STOP with SIGSTOP), where the tracer does
 * PTRACE_LISTEN and sends SIGCONT; the tracee reports the end of the
 * group-stop (PTRACE_EVENT_STOP with SIGTRAP), then SIGCONT's
 * signal-delivery-stop (ptrace(2) "Group-stop"; kernel/signal.c
 * do_signal_stop(), do_jobctl_trap()).  A PTRACE_SEIZE group's only. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	enum pr_sys sys = b->g->calls[i].sys;

	(void)d;
	pr_plan_put(b, PR_STOP_SIGNAL, (int)i, sys, false, 0, SIGSTOP)->deliver = SIGSTOP;
	pr_plan_put(b, PR_STOP_EVENT, (int)i, sys, false, PTRACE_EVENT_STOP, SIGSTOP)->resume = PR_RESUME_LISTEN;
	pr_plan_put(b, PR_STOP_EVENT, (int)i, sys, false, PTRACE_EVENT_STOP, SIGTRAP);
	pr_plan_put(b, PR_STOP_SIGNAL, (int)i, sys, false, 0, SIGCONT)->deliver = SIGCONT;
}

const struct pr_action pr_action_group_stop = {
	.name = "group-stop",
	.checks = PR_CHECK_EVENTS,
	.plan_after = plan_after,
};
