/* ptrace-interrupt: PTRACE_INTERRUPT at the call's first entry stop
 * (a PTRACE_SEIZE group's).  The read ends with -ERESTARTSYS and, there
 * being no signal to handle, the kernel restarts it.  The trap the request
 * asks for is the read's exit stop when the tracer goes on with
 * PTRACE_SYSCALL (ptrace_stop(): "any trap clears pending STOP trap"), a
 * PTRACE_EVENT_STOP with SIGTRAP in its place when it goes on with
 * PTRACE_CONT (do_jobctl_trap()). */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

static enum pr_exit_plan plan_exit(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	if (d->interrupt.then != PR_INTERRUPT_THEN_CONT)
		return PR_EXIT_PLANNED;
	pr_plan_put(b, PR_STOP_EVENT, (int)i, b->g->calls[i].sys, false, PTRACE_EVENT_STOP, SIGTRAP)
		->interrupt_shows = true;
	return PR_EXIT_REPLACED;
}

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_first_entry(b, i, first);

	ps->tracer |= PR_TRACER_PTRACE_INTERRUPT;
	if (d->interrupt.then == PR_INTERRUPT_THEN_CONT) {
		ps->resume = PR_RESUME_CONT; /* no exit stop in between */
		return;
	}
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].kind == PR_STOP_EXIT && !b->out[k].again) {
			b->out[k].interrupt_shows = true;
			break;
		}
}

const struct pr_action pr_action_ptrace_interrupt = {
	.name = "ptrace-interrupt",
	.checks = PR_CHECK_RESTART,
	.plan_exit = plan_exit,
	.plan_after = pr_plan_interrupt_after,
	.plan_mark = plan_mark,
	.synth = pr_synth_interrupted,
};
