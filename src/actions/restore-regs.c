/* restore-regs: where the interrupt shows, the tracer reads the registers
 * and writes them back (NT_PRSTATUS), as a debugger does around an inferior
 * call: the setting of 8c150ba2fb59 (a 64-bit tracer and a 32-bit tracee,
 * the restart then ran the 64-bit restart_syscall number). */
#include "action.h"
#include "payloads/change.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)d, (void)i;
	pr_plan_interrupt_shows(b, first)->tracer |= PR_TRACER_RESTORE_REGS;
}

/* The write succeeded and GET says what it said before. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	struct pr_change *ch;

	(void)d;
	if (ph != PR_SYNTH_RECORD || !(x->plan[x->k].tracer & PR_TRACER_RESTORE_REGS))
		return;
	ch = pr_change_make(s);
	ch->tampered = true;
	ch->after_ret = (int64_t)pr_info_encode(info, x->p->big_endian, ch->after);
}

const struct pr_action pr_action_restore_regs = {
	.name = "restore-regs",
	.checks = PR_CHECK_RESTART,
	.plan_mark = plan_mark,
	.synth = synth,
};
