/* signal-at-entry: at the call's first entry stop the tracer sends it a
 * signal, so the call starts with it pending and returns -ERESTART* at once
 * (kernel/signal.c; the arch's arch_do_signal_or_restart() restarts it or
 * not, by the handler's SA_RESTART and the error).  interrupt.c has the
 * stops after the exit. */
#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_first_entry(b, i, first);

	ps->tracer |= PR_TRACER_SEND_SIGNAL;
	ps->send = (unsigned char)d->interrupt.sig;
}

const struct pr_action pr_action_signal_at_entry = {
	.name = "signal-at-entry",
	.checks = PR_CHECK_RESTART,
	.plan_after = pr_plan_interrupt_after,
	.plan_mark = plan_mark,
	.synth = pr_synth_interrupted,
};
