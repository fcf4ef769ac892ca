/* What both interrupts share (signal-at-entry.c, ptrace-interrupt.c): the
 * tracer interrupts the call at its first entry stop, so the call, which
 * would block, ends with the kernel-internal -ERESTART* at its exit stop;
 * then the signal's delivery stop (a signal's), the handler's rt_sigreturn
 * (with a handler), and the restarted call's entry and exit (restart).
 * judge-restart.c judges them. */
#include "action.h"

void pr_plan_interrupt_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	const struct pr_interrupt *in = &d->interrupt;
	const struct pr_call *c = &b->g->calls[i];

	if (in->sig) {
		struct pr_plan_stop *ps = pr_plan_put(b, PR_STOP_SIGNAL, (int)i, c->sys, false, 0, in->sig);

		ps->interrupt_shows = true;
		if (in->handler != PR_SUPPRESSED) {
			ps->deliver = (unsigned char)in->sig;
			pr_plan_sigreturn(b, i);
		}
	}
	if (in->restart != PR_NOT_RESTARTED) {
		enum pr_sys again = in->restart == PR_RESTART_SYSCALL ? PR_SYS_restart_syscall : c->sys;

		pr_plan_put(b, PR_STOP_ENTRY, (int)i, again, true, 0, 0);
		pr_plan_put(b, PR_STOP_EXIT, (int)i, again, true, 0, 0);
	}
}

struct pr_plan_stop *pr_plan_first_entry(struct pr_planner *b, unsigned i, unsigned first)
{
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].kind == PR_STOP_ENTRY && !b->out[k].again && b->out[k].sys == b->g->calls[i].sys)
			return &b->out[k];
	return NULL;
}

void pr_synth_rewound(const struct pr_synth_ctx *x, struct pr_info *info, struct pr_stop *s)
{
	if (pr_plan_after_interrupt(x->plan, x->k))
		info->instruction_pointer = s->regs.pc -= x->p->signal_rewind[pr_personality_path(x->p, x->run->path)];
}

void pr_synth_interrupted(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
			  struct pr_info *info, struct pr_stop *s)
{
	const struct pr_interrupt *in = &d->interrupt;
	const struct pr_plan_stop *ps = &x->plan[x->k];

	if (ph == PR_SYNTH_INFO && ps->kind == PR_STOP_EXIT && !ps->again && ps->sys != PR_SYS_rt_sigreturn) {
		info->rval = -(int64_t)in->interrupted; /* the kernel-internal -ERESTART* */
		info->is_error = true;
		x->p->encode_result(info->rval, true, &s->regs);
	}
	if (ph == PR_SYNTH_INFO)
		pr_synth_rewound(x, info, s);
	/* The handler's mask as the sigreturn rows have it (sig 0: none raised). */
	if (ph == PR_SYNTH_RECORD && ps->sys == PR_SYS_rt_sigreturn)
		pr_synth_sigreturn(x, 0, info, s);
}

struct pr_plan_stop *pr_plan_interrupt_shows(struct pr_planner *b, unsigned first)
{
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].interrupt_shows)
			return &b->out[k];
	return NULL;
}
