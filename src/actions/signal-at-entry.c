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

static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	pr_plan_interrupt_after(b, &d->interrupt, i);
}

static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	pr_synth_interrupted(x, &d->interrupt, ph, info, s);
}

const struct pr_action pr_action_signal_at_entry = {
	.name = "signal-at-entry",
	.checks = PR_CHECK_RESTART,
	.plan_after = plan_after,
	.plan_mark = plan_mark,
	.synth = synth,
};
