/* tamper: the tracer changes the call at one of its stops (the row's
 * struct pr_tamper: its number, arguments or result, through
 * PTRACE_SET_SYSCALL_INFO or the arch's regset, the group's via), and the
 * tracee's next call reports what it saw (judge-tamper.c). */
#include <string.h>

#include "action.h"
#include "payloads/change.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)i;
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].kind == d->tamper->at && b->out[k].sys != PR_SYS_rt_sigreturn)
			b->out[k].tracer |= PR_TRACER_TAMPER;
}

/* The tamper's effect on the info, as a working kernel reads it back; no
 * change where the tracer makes none (the kernel's table end unknown). */
static void tampered(const struct pr_synth_ctx *x, const struct pr_tamper *t, const struct pr_info *before,
		     struct pr_stop *s)
{
	const struct pr_personality *p = x->p;
	const struct pr_group *g = x->run->group;
	unsigned call = (unsigned)x->plan[x->k].call;
	struct pr_change *ch;
	struct pr_info after = *before;

	if (t->at == PR_STOP_EXIT && !t->identity) {
		bool err;

		pr_expected_readback(p, p, g->via, t, &after.rval, &err);
		after.is_error = err;
	} else if (!pr_expected_after_change(p, x->run->path, g->via, t, &g->calls[call], call, x->run->pid,
					     pr_run_table_end(x->run, NULL, 0), before, &after)) {
		return;
	}
	ch = pr_change_make(s);
	ch->tampered = true;
	ch->after_ret = (int64_t)pr_info_encode(&after, p->big_endian, ch->after);
}

static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	if (!(x->plan[x->k].tracer & PR_TRACER_TAMPER))
		return;
	if (ph == PR_SYNTH_RECORD)
		tampered(x, d->tamper, info, s);
	if (ph == PR_SYNTH_ENCODED && d->tamper->identity && pr_change_of(s)->tampered) {
		struct pr_change *ch = pr_change_make(s); /* the same GET, bug and all */

		ch->after_ret = s->info_ret;
		memcpy(ch->after, s->info, sizeof(ch->after));
	}
}

/* A changed exit_group's status is the tracee's (the row's observe_value). */
static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)p, (void)pid, (void)ppid;
	if (g->calls[i].sys == PR_SYS_exit_group)
		*out = (struct pr_run_end){ PR_END_EXITED, (int)d->tamper->observe_value,
					    "exit_group with the status the tracer set", false };
}

const struct pr_action pr_action_tamper = {
	.name = "tamper",
	.checks = PR_CHECK_TAMPER,
	.plan_mark = plan_mark,
	.synth = synth,
	.run_end = run_end,
};
