/* raise: the call sends a signal to the tracee itself (kill, tgkill,
 * rt_sigqueueinfo).  Its signal-delivery-stop follows the call's exit; the
 * tracer delivers the signal unless the row has no handler for it, and a
 * handler (on the sigaltstack with PR_RAISE_ALTSTACK) returns through
 * rt_sigreturn, whose stops judge-sigreturn.c reads. */
#include "action.h"

static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	const struct pr_raise *r = &d->raise;
	struct pr_plan_stop *ps = pr_plan_put(b, PR_STOP_SIGNAL, (int)i, b->g->calls[i].sys, false, 0, r->sig);

	if (r->how == PR_RAISE_UNHANDLED)
		return;
	ps->deliver = (unsigned char)r->sig;
	pr_plan_sigreturn(b, i);
}

static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	if (x->plan[x->k].sys != PR_SYS_rt_sigreturn)
		return;
	if (ph == PR_SYNTH_FRAME && d->raise.how == PR_RAISE_ALTSTACK)
		s->regs.sp = info->stack_pointer = x->p->scratch_addr + PR_SCRATCH_ALTSTACK + 0x800;
	if (ph == PR_SYNTH_RECORD)
		pr_synth_sigreturn(x, d->raise.sig, info, s);
}

const struct pr_action pr_action_raise = {
	.name = "raise",
	.checks = PR_CHECK_SIGRETURN | PR_CHECK_SEQUENCE,
	.plan_after = plan_after,
	.synth = synth,
};
