/* The catalogue of known kernel bugs: one record a bug (diagnose.h), with
 * the rule that recognises its whole symptom, where it is fixed and which
 * checks it breaks; `ptrace-regress --list-bugs` prints it.  Adding a bug:
 * one record, and if no rule fits, one rule function over the result and the
 * stop it looked at.  A rule describes the symptom a tracer sees, every part
 * of it, so on another arch it names the same symptom and nothing else. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <errno.h>
#include <string.h>
#include <linux/seccomp.h>

#include "diagnose.h"
#include "info.h"
#include "group-plan.h"
#include "payloads/change.h"
#include "payloads/proc-syscall.h"
#include "payloads/notif.h"
#include "payloads/seen.h"
#include "payloads/refused.h"

/* The stop a result looked at, decoded; false when there is none. */
static bool looked_at(const struct pr_personality *p, const struct pr_run *run,
		      const struct pr_result *r, const struct pr_stop **s, struct pr_info *info)
{
	if (r->stop < 0 || (unsigned)r->stop >= run->nstops)
		return false;
	*s = &run->stops[r->stop];
	if ((*s)->info_ret < 0)
		return false;
	pr_info_decode((*s)->info, (*s)->info_ret < PR_INFO_BUF ? (size_t)(*s)->info_ret : PR_INFO_BUF,
		       p->big_endian, info);
	return true;
}

static unsigned call_index(const struct pr_group *g, const struct pr_result *r)
{
	return (unsigned)(r->call - g->calls);
}

/* Is the result about an interrupted call's first exit stop? */
static bool interrupted_exit(const struct pr_group *g, const struct pr_result *r)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);

	return pr_call_interrupt(r->call) && r->stop >= 0 && (unsigned)r->stop < n &&
	       plan[r->stop].kind == PR_STOP_EXIT && !plan[r->stop].again;
}

/* The -errno the result's call must fail with; false if it must succeed. */
static bool expected_error(const struct pr_personality *p, const struct pr_group *g,
			   const struct pr_run *run, const struct pr_result *r, int64_t *rval)
{
	uint64_t args[6];
	unsigned idx;
	bool is_error;

	if (!r->call)
		return false;
	idx = call_index(g, r);
	if (interrupted_exit(g, r)) { /* the kernel-internal -ERESTART* */
		*rval = -(int64_t)pr_call_interrupt(r->call)->interrupted;
		return true;
	}
	pr_final_args(p, g->via, r->call, idx, run->pid, args);
	pr_expected_result(p, g->via, r->call->expect, r->call->value, args, run->pid, run->ppid, rval, &is_error);
	return is_error;
}

/* An entry (or seccomp) stop where args[0] holds the syscall number and
 * every other argument is the previous one: the frame read from its start
 * (locals) instead of from out0.  An argument the tracee computed at run time
 * (the previous call's result) is not compared. */
static bool args_shifted_by_nr(const struct pr_personality *p, const struct pr_group *g,
			       const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	unsigned idx;

	if (!r->call || !looked_at(p, run, r, &s, &info) ||
	    (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	idx = call_index(g, r);
	if (info.args[0] != pr_expected_nr(p, r->call->sys))
		return false;
	for (unsigned k = 1; k < 6; k++)
		if (r->call->args[k - 1].kind != PR_ARG_LAST &&
		    info.args[k] != pr_arg_value(p, r->call, idx, k - 1, run->pid))
			return false;
	return true;
}

/* A failing call's exit stop says is_error 1 but rval is +errno. */
static bool errno_positive(const struct pr_personality *p, const struct pr_group *g,
			   const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	int64_t rval;

	return expected_error(p, g, run, r, &rval) && looked_at(p, run, r, &s, &info) &&
	       info.op == PR_OP_EXIT && info.is_error && info.rval == -rval;
}

/* Is the check one that reads stack_pointer: the sp itself, the signal
 * frame it locates, the unwinder that starts from it? */
static bool about_stack_pointer(const char *check)
{
	const char *last = strrchr(check, '.');

	last = last ? last + 1 : check;
	size_t n = strlen(last);

	return strcmp(last, "sp") == 0 || (n > 3 && strcmp(last + n - 3, "-sp") == 0) ||
	       strcmp(last, "frame-mask") == 0 || strncmp(last, "unwind-", 7) == 0;
}

/* At the stop the check looked at, stack_pointer differs from the tracee's
 * real stack pointer register (ia64: ar.bspstore reported instead of r12);
 * whatever the check (sp, the signal frame, the unwinder). */
static bool sp_not_stack_register(const struct pr_personality *p, const struct pr_group *g,
				  const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	size_t n = strlen(r->name);
	bool regs_check = n >= 4 && strcmp(r->name + n - 4, "regs") == 0;

	(void)g;
	if (!looked_at(p, run, r, &s, &info) || s->regs_err || info.stack_pointer == s->regs.sp)
		return false;
	if (about_stack_pointer(r->name))
		return true;
	/* A check of the info against the raw registers (seccomp-regs compares
	 * stack_pointer too): the symptom only where nr and args agree. */
	if (!regs_check || info.nr != (s->regs.nr & p->nr_mask))
		return false;
	for (unsigned k = 0; k < 6; k++)
		if (info.args[k] != (s->regs.args[k] & pr_word_mask(p)))
			return false;
	return true;
}

/* A 32-bit failing call reported as a success: -errno zero-extended, not
 * sign-extended, so is_error is 0. */
static bool errno_zero_extended(const struct pr_personality *p, const struct pr_group *g,
				const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	int64_t rval;

	return expected_error(p, g, run, r, &rval) && looked_at(p, run, r, &s, &info) &&
	       info.op == PR_OP_EXIT && !info.is_error && (uint64_t)info.rval == (uint32_t)rval;
}

/* The entry nr is the tracer's own syscall (ptrace), not the tracee's. */
static bool nr_is_tracers(const struct pr_personality *p, const struct pr_group *g,
			  const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	(void)g;
	return r->call && looked_at(p, run, r, &s, &info) && info.op == PR_OP_ENTRY &&
	       info.nr != pr_expected_nr(p, r->call->sys) &&
	       info.nr == pr_expected_nr(p, PR_SYS_ptrace);
}

/* A failing call's exit reported as a success returning -errno: the error
 * flag read the way the other syscall instruction sets it. */
static bool errno_not_flagged(const struct pr_personality *p, const struct pr_group *g,
			      const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	int64_t rval;

	return expected_error(p, g, run, r, &rval) && looked_at(p, run, r, &s, &info) &&
	       info.op == PR_OP_EXIT && !info.is_error && info.rval == rval;
}

static bool skipped_by_tracer(const struct pr_call *c)
{
	return pr_call_tamper(c) && pr_call_tamper(c)->nr_change == PR_TAMPER_NR_SKIP;
}

/* A call the tracer skipped (nr -1) returned its own first argument, not
 * -ENOSYS: the result register doubles as arg0 and the kernel set it only
 * when the number was not -1 (riscv after 52449c17bdd1).  Seen at the
 * skipped call's exit stop, or in what the next call reports it returned.
 * (On a correct riscv kernel a0 reads -ENOSYS at entry: not a symptom.) */
static bool skip_returned_arg0(const struct pr_personality *p, const struct pr_group *g,
			       const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	unsigned idx;

	if (!r->call || !looked_at(p, run, r, &s, &info))
		return false;
	idx = call_index(g, r);
	if (info.op == PR_OP_EXIT && skipped_by_tracer(r->call))
		return ((uint64_t)info.rval & pr_word_mask(p)) == pr_arg_value(p, r->call, idx, 0, run->pid);
	/* A report call: its args[0] is what the previous call returned. */
	return info.op == PR_OP_ENTRY && idx > 0 && r->call->args[0].kind == PR_ARG_LAST &&
	       skipped_by_tracer(r->call - 1) &&
	       info.args[0] == pr_arg_value(p, r->call - 1, idx - 1, 0, run->pid);
}

/* The tracer changed args[0] through the register set at an entry or
 * seccomp stop, and the GET right after it still reads the old args[0]:
 * the kernel reports (and seccomp rechecks) a saved copy of the first
 * argument that a register write does not update (arm64's orig_x0), while
 * the syscall itself runs with the new register. */
static bool arg0_write_not_seen(const struct pr_personality *p, const struct pr_group *g,
				const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_tamper *t = r->call ? pr_call_tamper(r->call) : NULL;
	const struct pr_stop *s;
	const struct pr_change *ch;
	struct pr_info info, after;

	if (!t || !(t->args_mask & 1) || g->via != PR_VIA_REGSET || !looked_at(p, run, r, &s, &info) ||
	    !(ch = pr_change_of(s))->tampered || ch->after_ret < 0 ||
	    (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	pr_change_after(ch, p->big_endian, &after);
	return after.args[0] == info.args[0] &&
	       after.args[0] != pr_arg_eval(p, &t->args[0], call_index(g, r), run->pid);
}

/* The change made at s, where the request succeeded; else NULL. */
static const struct pr_change *change_took(const struct pr_stop *s)
{
	const struct pr_change *ch = pr_change_of(s);

	return ch->tampered && ch->tamper_ret == 0 ? ch : NULL;
}

/* A GET right after a PTRACE_SET_SYSCALL_INFO at an exit stop returned 0,
 * which the request never returns (its smallest answer is 24 bytes): the
 * tracer's own syscall did not run.  powerpc's syscall_set_return_value()
 * marks the result as set with set_thread_flag(TIF_SYSCALL_RET), which flags
 * current: at a ptrace SET that is the tracer, whose next syscall
 * system_call_exception() then skips. */
static bool tracer_syscall_skipped(const struct pr_personality *p, const struct pr_group *g,
				   const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_tamper *t = r->call ? pr_call_tamper(r->call) : NULL;
	const struct pr_stop *s;
	const struct pr_change *ch;
	struct pr_info info;

	if (!r->call && strcmp(r->name, "refuse.unchanged") == 0) {
		/* The refusals' GET after SETs the kernel took at an exit stop. */
		for (unsigned k = 0; k < run->nstops; k++) {
			const struct pr_refused *rf = pr_refused_of(&run->stops[k]);

			if (rf->refused && rf->refusal_after_ret == 0)
				return true;
		}
		return false;
	}
	return t && t->at == PR_STOP_EXIT && g->via == PR_VIA_SET_INFO && looked_at(p, run, r, &s, &info) &&
	       (ch = change_took(s)) && ch->after_ret == 0;
}

/* An error set through PTRACE_SET_SYSCALL_INFO at an exit stop reached the
 * tracee as +errno: the sc ABI wants the positive errno in r3 with CR0.SO
 * set, and syscall_set_return_value() stored the negative one. */
static bool set_error_sign_flipped(const struct pr_personality *p, const struct pr_group *g,
				   const struct pr_run *run, const struct pr_result *r)
{
	/* Seen at the report call after the tampered one: its args[0]. */
	bool report = r->call && r->call > g->calls && r->call->args[0].kind == PR_ARG_LAST;
	const struct pr_tamper *t = report ? pr_call_tamper(&r->call[-1]) : NULL;
	const struct pr_stop *s;
	const struct pr_change *ch;
	struct pr_info info;

	if (!r->call && strcmp(r->name, "refuse.unchanged") == 0) {
		/* An identity SET of a failure at an exit stop that GET then reads
		 * back with the error's sign flipped. */
		for (unsigned k = 0; k < run->nstops; k++) {
			const struct pr_stop *st = &run->stops[k];
			const struct pr_refused *rf = pr_refused_of(st);
			struct pr_info before, after;

			if (!rf->refused || st->info_ret <= 0 || rf->refusal_after_ret <= 0)
				continue;
			pr_info_decode(st->info, (size_t)st->info_ret, p->big_endian, &before);
			pr_info_decode(rf->refusal_after, (size_t)rf->refusal_after_ret, p->big_endian, &after);
			if (before.op == PR_OP_EXIT && before.is_error && after.rval == -before.rval)
				return true;
		}
		return false;
	}
	/* The SET's own stop: the GET right after it reads the error back
	 * as +errno, is_error 1 (r3 read by the sc convention). */
	t = r->call ? pr_call_tamper(r->call) : NULL;
	if (t && t->at == PR_STOP_EXIT && g->via == PR_VIA_SET_INFO && looked_at(p, run, r, &s, &info) &&
	    (ch = change_took(s)) && ch->after_ret > 0) {
		struct pr_info after;
		int64_t set = t->identity ? info.rval : pr_tamper_rval(p, t);

		pr_change_after(ch, p->big_endian, &after);
		return (t->identity ? info.is_error : t->is_error) && set < 0 && after.is_error && after.rval == -set;
	}
	/* What the tracee must have seen is -observe_value: the tampered call
	 * failed (a set error, or an identity SET of the failure there). */
	t = report ? pr_call_tamper(&r->call[-1]) : NULL;
	return t && t->at == PR_STOP_EXIT && t->observe == PR_EXPECT_ERRNO && g->via == PR_VIA_SET_INFO &&
	       looked_at(p, run, r, &s, &info) && info.op == PR_OP_ENTRY &&
	       info.args[0] == ((uint64_t)t->observe_value & pr_word_mask(p));
}

/* A call the tracer skipped (nr -1) at its seccomp stop returned 0, a
 * success, not -ENOSYS: the entry code preset no -ENOSYS in the result
 * register before the tracer saw the call, and the skip returned whatever
 * the registers then decode to. */
static bool seccomp_skip_returned_zero(const struct pr_personality *p, const struct pr_group *g,
				       const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	(void)g;
	return r->call && skipped_by_tracer(r->call) && pr_call_tamper(r->call)->at == PR_STOP_SECCOMP &&
	       looked_at(p, run, r, &s, &info) && info.op == PR_OP_EXIT && !info.is_error && info.rval == 0;
}

/* A call the tracer skipped at its entry stop (nr -1, by SET or through the
 * regset) returned the -1 the tracer wrote, not -ENOSYS: mips's
 * syscall_trace_enter() reads thread_info->syscall before the ptrace stop
 * and presets -ENOSYS only where that was negative, so a call the tracer
 * makes -1 is skipped with v0 as written and a3 as it was or as the
 * tracer wrote it (its fourth argument): -1, or with the error flag set,
 * 1.  Seen in what the tracee stored, at the report call's entry stop, or
 * at the exit stop. */
static bool entry_skip_kept_minus_one(const struct pr_personality *p, const struct pr_group *g,
				      const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_call *c = r->call;
	const struct pr_stop *s;
	struct pr_info info;
	uint64_t mask = pr_word_mask(p), got;

	if (!c || !looked_at(p, run, r, &s, &info))
		return false;
	if (info.op == PR_OP_ENTRY && c > g->calls && c->args[0].kind == PR_ARG_LAST)
		c--, got = pr_seen_of(s)->seen_read ? pr_seen_of(s)->seen_result : info.args[0];
	else if (info.op == PR_OP_EXIT)
		got = (uint64_t)info.rval;
	else
		return false;
	return skipped_by_tracer(c) && pr_call_tamper(c)->at == PR_STOP_ENTRY && ((got & mask) == mask || got == 1);
}

/* A value a seccomp supervisor answered a notified call with
 * (SECCOMP_IOCTL_NOTIF_SEND accepted it, error 0, no CONTINUE) comes back
 * as a success of 0: at the call's exit stop, and to the tracee (the report
 * call after it, whose result this is about: its memory and its args[0]
 * both 0).  powerpc since syscall_set_return_value() sets TIF_SYSCALL_RET:
 * system_call_exception() then returns syscall_get_error() of the
 * registers, which is 0 for a success, in place of the value. */
static bool notif_value_lost(const struct pr_personality *p, const struct pr_group *g,
			     const struct pr_run *run, const struct pr_result *r)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);
	const struct pr_call *c = r->call;
	const struct pr_stop *s;
	const struct pr_notif *nt;
	struct pr_info info;
	bool report;
	int entry, exit;

	if (!c || r->stop < 0 || (unsigned)r->stop >= run->nstops)
		return false;
	/* answer-seen is about the report call (judge-notif.c). */
	report = c > g->calls && c->args[0].kind == PR_ARG_LAST && pr_call_does(c - 1, PR_ACTION_NOTIFY);
	if (report)
		c--;
	if (!pr_call_does(c, PR_ACTION_NOTIFY) || pr_call_does(c, PR_ACTION_NOTIFY)->notify != PR_NOTIFY_VALUE)
		return false;
	entry = pr_plan_find(plan, n, (unsigned)(c - g->calls), PR_STOP_ENTRY);
	exit = pr_plan_find(plan, n, (unsigned)(c - g->calls), PR_STOP_EXIT);
	if (entry < 0 || exit < 0 || (unsigned)exit >= run->nstops)
		return false;
	nt = pr_notif_of(&run->stops[entry]);
	if (!nt->notif_tried || nt->send_ret || nt->resp_error || nt->resp_flags || nt->resp_val == 0)
		return false;
	s = &run->stops[exit];
	if (s->info_ret <= 0)
		return false;
	pr_info_decode(s->info, (size_t)s->info_ret < PR_INFO_BUF ? (size_t)s->info_ret : PR_INFO_BUF, p->big_endian,
		       &info);
	if (info.op != PR_OP_EXIT || info.rval != 0 || info.is_error)
		return false;
	if (!report)
		return true;
	/* The tracee saw the same 0. */
	s = &run->stops[r->stop];
	pr_info_decode(s->info, (size_t)s->info_ret < PR_INFO_BUF ? (size_t)s->info_ret : PR_INFO_BUF, p->big_endian,
		       &info);
	return pr_seen_of(s)->seen_read && !pr_seen_of(s)->seen_err && pr_seen_of(s)->seen_result == 0 &&
	       (info.args[0] & pr_word_mask(p)) == 0;
}

/* A GET whose bytes 1-3 (padding before 6.16, reserved and flags since)
 * are not zero: kernel stack copied out with the info. */
static bool reserved_nonzero(const struct pr_personality *p, const struct pr_group *g,
			     const struct pr_run *run, const struct pr_result *r)
{
	(void)p;
	(void)g;
	if (strcmp(r->name, "reserved") != 0)
		return false;
	for (unsigned k = 0; k < run->nstops; k++)
		if (run->stops[k].info_ret > 3 && (run->stops[k].info[1] || run->stops[k].info[2] || run->stops[k].info[3]))
			return true;
	return false;
}

/* A restarted call's nr is another ABI's restart_syscall, not this one's:
 * the restart chose the number by the wrong ABI (x86's compat tasks once,
 * after a tracer restored their registers). */
static bool restart_nr_of_other_abi(const struct pr_personality *p, const struct pr_group *g,
				    const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	size_t n = strlen(r->name);

	(void)g;
	if (n < 10 || strcmp(r->name + n - 10, "restart-nr") != 0 || !looked_at(p, run, r, &s, &info) ||
	    info.nr == pr_expected_nr(p, PR_SYS_restart_syscall))
		return false;
	for (unsigned i = 0; pr_personalities[i]; i++)
		if (pr_personalities[i] != p && info.nr == pr_expected_nr(pr_personalities[i], PR_SYS_restart_syscall))
			return true;
	return false;
}

/* A success whose low word is the value but whose upper half is neither
 * zero nor its sign: a compat task's result register kept stale upper bits. */
static bool result_upper_half_stale(const struct pr_personality *p, const struct pr_group *g,
				    const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;
	uint64_t args[6];
	int64_t rval;
	bool is_error;
	uint32_t hi;

	if (!r->call || r->call->expect == PR_EXPECT_NOTHING || !looked_at(p, run, r, &s, &info) ||
	    info.op != PR_OP_EXIT || info.is_error)
		return false;
	pr_final_args(p, g->via, r->call, call_index(g, r), run->pid, args);
	pr_expected_result(p, g->via, r->call->expect, r->call->value, args, run->pid, run->ppid, &rval, &is_error);
	hi = (uint32_t)((uint64_t)info.rval >> 32);
	return !is_error && (uint32_t)info.rval == (uint32_t)rval && info.rval != rval && hi != 0 && hi != 0xffffffff;
}

/* At the entry stop of an invalid syscall number the info shows another
 * call's number: the invalid one made no syscall stops at all, and the stop
 * is a later call's. */
static bool invalid_nr_untraced(const struct pr_personality *p, const struct pr_group *g,
				const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	if (!r->call || r->call->sys != PR_SYS_UNKNOWN || !looked_at(p, run, r, &s, &info) || info.op != PR_OP_ENTRY)
		return false;
	for (unsigned i = 0; i < g->ncalls; i++)
		if (g->calls[i].sys != PR_SYS_UNKNOWN && info.nr == pr_expected_nr(p, g->calls[i].sys))
			return true;
	return false;
}

/* An invalid syscall number returned something other than -ENOSYS: the
 * number itself, left in the result register. */
static bool invalid_nr_not_enosys(const struct pr_personality *p, const struct pr_group *g,
				  const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	(void)g;
	return r->call && r->call->sys == PR_SYS_UNKNOWN && looked_at(p, run, r, &s, &info) && info.op == PR_OP_EXIT &&
	       (uint64_t)info.rval == p->nr_unknown;
}

/* A tracer's change of the number at an entry or seccomp stop did not
 * take: GET reads the old number back. */
static bool nr_change_lost(const struct pr_personality *p, const struct pr_group *g,
			   const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_tamper *t = r->call ? pr_call_tamper(r->call) : NULL;
	const struct pr_stop *s;
	const struct pr_change *ch;
	struct pr_info info, after;

	(void)g;
	if (!t || t->nr_change != PR_TAMPER_NR_SET || !looked_at(p, run, r, &s, &info) ||
	    !(ch = pr_change_of(s))->tampered || ch->after_ret <= 0)
		return false;
	pr_change_after(ch, p->big_endian, &after);
	return after.nr == info.nr && after.nr != pr_expected_nr(p, t->nr);
}

/* The low word of v, sign-extended: a 32-bit register of a 64-bit CPU. */
static uint64_t sign_extended32(uint64_t v)
{
	return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

/* At an entry (or seccomp) stop the arguments are read from the wrong
 * places: the first nregs (those in registers) are each right or the whole
 * sign-extended register
 * instead of the 32-bit word, and the rest are not the ones the
 * call was given (read from somewhere else than the first four); at least
 * one of the two shows.  mips o32 under a 64-bit kernel before 733a90561ad0:
 * mips_get_syscall_arg() returned regs[4..7] whole and read arguments 5-6 with
 * get_user() from the tracee's stack address, in the memory of current (the
 * tracer at a ptrace stop). */
static bool args_wrong(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		       const struct pr_result *r, const struct pr_stop *s, const struct pr_info *info, unsigned nregs);
static bool args_wrong_of(const struct pr_info *info, const uint64_t want[6],
			  unsigned nregs, unsigned nknown, bool seen);

/* The same in the GET after a change at an entry or seccomp stop (a
 * readback), held to the arguments the change wrote. */
static bool readback_args_wrong(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
				const struct pr_result *r, unsigned nregs)
{
	const struct pr_tamper *t = r->call ? pr_call_tamper(r->call) : NULL;
	size_t len = strlen(r->name);
	const struct pr_stop *s;
	const struct pr_change *ch;
	struct pr_info info, want;
	unsigned idx;

	if (!t || len < 9 || strcmp(r->name + len - 9, ".readback") != 0 || !looked_at(p, run, r, &s, &info) ||
	    (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP) || !(ch = pr_change_of(s))->tampered ||
	    ch->after_ret <= 0)
		return false;
	idx = call_index(g, r);
	if (!pr_expected_after_made(p, run->path, g->via, t, r->call, idx, run->pid, pr_run_table_end(run, NULL, 0),
				    &want))
		return false;
	pr_change_after(ch, p->big_endian, &info);
	if (info.nr != want.nr)
		return false;
	/* An indirect call, read back as the call it makes: one register
	 * argument fewer (its number takes a0). */
	return args_wrong_of(&info, want.args, nregs - (6 - pr_after_args_known(p, t)), pr_after_args_known(p, t), false);
}

static bool args_past_regs_wrong(const struct pr_personality *p, const struct pr_group *g,
				 const struct pr_run *run, const struct pr_result *r, unsigned nregs)
{
	const struct pr_stop *s;
	struct pr_info info;

	if (!r->call || !looked_at(p, run, r, &s, &info) || (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	return args_wrong(p, g, run, r, s, &info, nregs);
}

/* The same over the args of info, which the stop s's result looked at. */
static bool args_wrong(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		       const struct pr_result *r, const struct pr_stop *s, const struct pr_info *info_, unsigned nregs)
{
	const struct pr_info info = *info_;
	uint64_t want[6];
	unsigned idx;
	bool seen = false, from_regs;

	idx = call_index(g, r);
	/* restart_syscall takes no arguments: what the registers hold is all
	 * there is to compare with (judge-restart.c's restart-args). */
	from_regs = info.nr == pr_expected_nr(p, PR_SYS_restart_syscall);
	if (from_regs && s->regs_err)
		return false;
	for (unsigned k = 0; k < 6; k++)
		want[k] = from_regs ? s->regs.args[k] : pr_arg_value(p, r->call, idx, k, run->pid);
	for (unsigned k = 0; k < nregs; k++)
		if (!from_regs && r->call->args[k].kind == PR_ARG_LAST) {
			/* The previous call's result: right or its register whole
			 * (only a 32-bit word shows so: a 64-bit personality's
			 * negative result has its upper half by right). */
			if (info.args[k] != sign_extended32(info.args[k]))
				return false;
			seen |= p->word_bits == 32 && info.args[k] >> 32 != 0;
			want[k] = info.args[k];
		}
	return args_wrong_of(&info, want, nregs, 6, seen);
}

/* Over want: the first nregs each right or the whole sign-extended
 * register, and (or seen already) at least one of those or of the rest up
 * to nknown wrong. */
static bool args_wrong_of(const struct pr_info *info, const uint64_t want[6],
			  unsigned nregs, unsigned nknown, bool seen)
{
	for (unsigned k = 0; k < nregs && k < nknown; k++) {
		if (info->args[k] == want[k])
			continue;
		if (info->args[k] != sign_extended32(want[k]))
			return false;
		seen = true;
	}
	for (unsigned k = nregs; k < nknown; k++)
		seen |= info->args[k] != want[k];
	return seen;
}

/* /proc/PID/syscall's args at the entry and seccomp stops where
 * judge-proc-syscall.c held them to the raw registers (GET said op NONE:
 * no PTRACE_O_TRACESYSGOOD): wherever they differ, the same shape, nr, sp
 * and pc agreeing (the same syscall_get_arguments() GET reads elsewhere). */
static bool proc_args_wrong(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
			    const struct pr_result *r, unsigned nregs)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);
	bool seen = false;

	if (strcmp(r->name, "proc-syscall-entry") != 0 && strcmp(r->name, "proc-syscall-seccomp") != 0)
		return false;
	for (unsigned k = 0; k < n && k < run->nstops; k++) {
		const struct pr_stop *s = &run->stops[k];
		struct pr_result at = *r;
		struct pr_proc_view v;
		struct pr_info get, proc;

		if ((plan[k].kind != PR_STOP_ENTRY && plan[k].kind != PR_STOP_SECCOMP) || plan[k].call < 0 ||
		    s->info_ret <= 0 || s->regs_err)
			continue;
		pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, &get);
		pr_proc_syscall_parse(pr_proc_syscall_of(s)->line, &v);
		if (get.op != PR_OP_NONE || (v.form == PR_PROC_SYSCALL && !memcmp(v.args, s->regs.args, sizeof(v.args))))
			continue;
		if (v.form != PR_PROC_SYSCALL || (uint32_t)v.nr != (uint32_t)s->regs.nr)
			return false;
		memset(&proc, 0, sizeof(proc));
		memcpy(proc.args, v.args, sizeof(proc.args));
		at.call = &g->calls[plan[k].call];
		at.stop = (int)k;
		if (!args_wrong(p, g, run, &at, s, &proc, nregs))
			return false;
		seen = true;
	}
	return seen;
}

/* o32: four arguments in registers, the fifth and sixth on the stack; on
 * the indirect path, syscall(__NR_syscall, nr, ...), the number takes a0, so
 * three are in registers and the fourth to sixth on the stack (the same
 * function reads them one further on: syscall_get_arguments()). */
static bool o32_args_past_regs_wrong(const struct pr_personality *p, const struct pr_group *g,
				     const struct pr_run *run, const struct pr_result *r)
{
	bool indirect = pr_path_is_indirect(run->path);
	size_t len = strlen(r->name);
	const struct pr_notif *n;
	struct pr_info notif;

	if (!r->call)
		return proc_args_wrong(p, g, run, r, indirect ? 3 : 4);
	if (readback_args_wrong(p, g, run, r, indirect ? 3 : 4))
		return true;
	if (!args_past_regs_wrong(p, g, run, r, indirect ? 3 : 4))
		return false;
	if (len < 11 || strcmp(r->name + len - 11, ".notif-args") != 0)
		return true;
	/* The notification's args (judge-notif.c), beside GET's wrong ones at
	 * the same entry stop: populate_seccomp_data() runs in the tracee, so
	 * the same get_user() read its own stack, and every argument is right
	 * or its sign-extended word (the int get_user() loaded, the whole
	 * register), the fifth and sixth included. */
	n = pr_notif_of(&run->stops[r->stop]);
	if (!n->notif_tried || n->recv_ret)
		return false;
	memset(&notif, 0, sizeof(notif));
	memcpy(notif.args, n->args, sizeof(notif.args));
	return args_wrong(p, g, run, r, &run->stops[r->stop], &notif, 6);
}

/* At the stops after a fault of the tracee's own, in no syscall,
 * /proc/PID/syscall names the syscall the thread made last (the faulting
 * call's number, its full line) where task_current_syscall() documents -1;
 * its sp and pc are still the fault's (GET's there). */
static bool proc_names_last_syscall(const struct pr_personality *p, const struct pr_group *g,
				    const struct pr_run *run, const struct pr_result *r)
{
	const char *tail = strrchr(r->name, '.');
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);
	bool seen = false;

	if (strcmp(tail ? tail + 1 : r->name, "proc-syscall-fault") != 0)
		return false;
	for (unsigned k = 0; k < n && k < run->nstops; k++) {
		const struct pr_stop *s = &run->stops[k];
		struct pr_proc_view v;
		struct pr_info info;

		if (!pr_plan_after_fault(g, &plan[k]) || s->info_ret <= 0)
			continue;
		pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, &info);
		pr_proc_syscall_parse(pr_proc_syscall_of(s)->line, &v);
		if (v.form != PR_PROC_SYSCALL || v.nr != (int32_t)pr_expected_nr(p, g->calls[plan[k].call].sys) ||
		    v.sp != info.stack_pointer || v.pc != info.instruction_pointer)
			return false;
		seen = true;
	}
	return seen;
}

/* Does seccomp skip the call with its registers rolled back
 * (SECCOMP_RET_TRAP, SECCOMP_RET_KILL_PROCESS: syscall_rollback())? */
static bool rolled_back(const struct pr_call *c)
{
	uint32_t action = PR_SECCOMP_ACTION(c->seccomp);

	return c->seccomp && (action == SECCOMP_RET_TRAP || action == SECCOMP_RET_KILL_PROCESS);
}

/* A call seccomp trapped or killed reports -ENOSYS, is_error 1, at its exit
 * stop, where syscall_rollback() had put the first argument back in the
 * result register (which the SIGSYS handler's ucontext and the tracee then
 * see too): about that call, or about its report (the next call). */
static bool rollback_overwritten_by_enosys(const struct pr_personality *p, const struct pr_group *g,
					   const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_call *c = r->call;
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);
	struct pr_info info;
	int k;

	if (c && !rolled_back(c) && c > g->calls && rolled_back(c - 1))
		c--;
	if (!c || !rolled_back(c))
		return false;
	k = pr_plan_find(plan, n, (unsigned)(c - g->calls), PR_STOP_EXIT);
	if (k < 0 || (unsigned)k >= run->nstops || run->stops[k].info_ret <= 0)
		return false;
	pr_info_decode(run->stops[k].info, (size_t)run->stops[k].info_ret, p->big_endian, &info);
	return info.op == PR_OP_EXIT && info.is_error && info.rval == -(int64_t)pr_errno(p, ENOSYS);
}

/* Where each fix (and each bug) landed: read on 2026-12-05 in Debian's
 * linux-source 6.1.192, 6.12.118, 7.2.6, 7.2.13 and 7.3.4 (the code), the
 * Debian changelogs of those lines (each stable update's commit titles) and
 * kernel.org's stable and pull mails; "inferred" where a date or a title
 * decided, not the code.  A line a string does not list is not known either
 * way.  ia64 left mainline in 6.7. */
/* A call the tracer renumbered at its entry or seccomp stop is traced a
 * second time: the stop the plan has as its exit is another entry stop
 * (op ENTRY) of the new number, and the run is one stop behind from there.
 * mips n32 and o32: after syscall_trace_enter() the entry code range-checks
 * the (new) number and passes one outside its ABI's table to the next
 * ABI's handler from its top (scall64-n32.S not_n32_scall: "j
 * handle_sys64"; scall64-o32.S not_o32_scall), which stores and traces it
 * again.  Every failure from that stop on (and the group's own) is it. */
static int retraced_at(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);

	for (unsigned k = 0; k + 1 < n && k + 1 < run->nstops; k++) {
		const struct pr_tamper *t = plan[k].call >= 0 ? pr_call_tamper(&g->calls[plan[k].call]) : NULL;
		const struct pr_change *ch = pr_change_of(&run->stops[k]);
		const struct pr_stop *next = &run->stops[k + 1];
		struct pr_info after, again;

		if (!t || t->at != plan[k].kind || (t->at != PR_STOP_ENTRY && t->at != PR_STOP_SECCOMP) ||
		    t->nr_change == PR_TAMPER_NR_KEEP || !ch->tampered || ch->tamper_ret != 0 || ch->after_ret <= 0 ||
		    plan[k + 1].kind != PR_STOP_EXIT || next->info_ret <= 0)
			continue;
		pr_change_after(ch, p->big_endian, &after);
		pr_info_decode(next->info, (size_t)next->info_ret, p->big_endian, &again);
		if (again.op == PR_OP_ENTRY && again.nr == after.nr)
			return (int)k + 1;
	}
	return -1;
}

static bool renumbered_call_retraced(const struct pr_personality *p, const struct pr_group *g,
				     const struct pr_run *run, const struct pr_result *r)
{
	int at = retraced_at(p, g, run);

	return at >= 0 && (!r->call || r->stop < 0 || r->stop >= at - 1);
}

const struct pr_known_bug pr_known_bugs[] = {
	{ "0ceb1ace4a27", "ia64: fix ia64_syscall_get_set_arguments() for break-based syscalls",
	  { "ia64" }, "break", args_shifted_by_nr, "201766a20e30", .fixed = "5.12; 5.10.y: 5.10.27",
	  .breaks = { "entry.*.args", "seccomp.*.seccomp-args" },
	  .evidence = "5.12 inferred from its 2021-03-12 merge; 5.10.27 from Debian's changelog" },
	{ "61bf318eac2c", "ia64: fix ptrace(PTRACE_SYSCALL_INFO_EXIT) sign",
	  { "ia64" }, NULL, errno_positive, "201766a20e30", .fixed = "5.12; 5.10.y: 5.10.27",
	  .breaks = { "errno.*.rval", "exit.*.rval" },
	  .evidence = "5.12 from its 2021-03 merge; 5.10.27 from Debian's changelog" },
	{ "7ad1e366167837da", "ia64: fix user_stack_pointer() for ptrace()",
	  { "ia64" }, NULL, sp_not_stack_register, "201766a20e30", .fixed = "5.12; 5.10.y: 5.10.30",
	  .breaks = { "*.sp", "*.exit-sp", "*.fault-sp", "sigreturn.*.frame-mask" },
	  .evidence = "5.12 inferred from its 2021-04-02 date; 5.10.30 from Debian's changelog" },
	{ "b3583fca5fb6", "s390: fix syscall_get_error for compat processes",
	  { "s390-31", "s390" }, NULL, errno_zero_extended, .fixed = "5.8",
	  .evidence = "tags/s390-5.8-2 (5.8-rc2); its stable releases not established" },
	{ "85cc91e2ba42", "mips: fix syscall_get_nr",
	  { "mips*" }, NULL, nr_is_tracers, "c2d9f1775731", .fixed = "6.3; 6.1.y: 6.1.16",
	  .evidence = "6.3 inferred from the 6.3 merge window; 6.1.16 inferred from its stable review "
		      "(\"[PATCH 6.1 827/885]\", 2023-03-07); 6.1.192's source has it" },
	{ "d72500f99284", "powerpc/64s/syscall: Fix ptrace syscall info with scv syscalls",
	  { "ppc64*", "powerpc*" }, "scv", errno_not_flagged, .fixed = "5.13; 5.10.y: 5.10.40",
	  .evidence = "tags/powerpc-5.13-4, merged 2021-05-23 (5.13-rc3); 5.10.40 from Debian's changelog" },
	/* 6.1.y has neither: its riscv syscall entry is still entry.S. */
	{ "61119394631f", "riscv: entry: always initialize regs->a0 to -ENOSYS",
	  { "riscv*" }, NULL, skip_returned_arg0, "52449c17bdd1", .introduced_in = "6.5; 6.4.y: 6.4.12; 6.1.y: none",
	  .fixed = "6.11; 6.10.y: 6.10.7",
	  .evidence = "6.11 from the riscv fixes push of 2024-08-14; 6.10.7 and the bug's 6.4.12 from Debian's "
		      "changelogs; 6.1.192's source has the assembly entry, 6.12.118's the fix" },
	/* The orig_x0 split: the call runs with the x0 a tracer wrote at an
	 * entry or seccomp stop, GET and seccomp's recheck read the old
	 * orig_x0.  e057b9477232 ("arm64: syscall: Ensure saved x0 is kept
	 * in-sync with tracer updates") was a first fix of this same symptom,
	 * reverted in mainline (26b483d52417, 7.2-rc) and in stable 6.1.183
	 * and 6.12.101 right after it was applied: no release has it. */
	{ "88b839ce497c", "arm64: ptrace: Keep 'orig_x0' in-sync with x0 on syscall entry",
	  { "aarch64" }, NULL, arg0_write_not_seen, .fixed = "7.3; 7.2.y: 7.2.6; 6.12.y: 6.12.114; 6.1.y: 6.1.191",
	  .breaks = { "set-regs.seccomp.readback", "set-regs-surface.six-args.readback",
		      "set-regs-surface.six-args-seccomp.readback", "set-regs-surface.exit-status.readback",
		      "set-nr-edges-regs.*.readback" },
	  .evidence = "7.3 from the 2026-08-18 merge-window push; 7.2.6 as f433869f2384; 6.12.114 and 6.1.191 "
		      "(CVE-2026-90347) from Debian's changelogs (Debian 12's first with it: 6.1.192-1, "
		      "6.1.0-55); update_syscall_orig_x0_after_ptrace() in 6.1.192's and 7.3.4's source" },
	/* Posted in 2025 (its subject is the title); the sc branch of
	 * syscall_set_return_value() stores the negative error.  A tracer sees
	 * it only through PTRACE_SET_SYSCALL_INFO (6.16+). */
	{ "posted:ppc-sc-set-error-sign", "powerpc: properly negate error in syscall_set_return_value() in sc case",
	  { "ppc64*", "powerpc*" }, "sc", set_error_sign_flipped, "1b1a3702a65c", .fixed = "unfixed",
	  .breaks = { "set-info.success-to-error.observed", "set-info-surface.rval-minus-4095.observed",
		      "set-info-surface.identity-exit.observed", "set-refusals.refuse.unchanged",
		      "set-info.success-to-error.readback", "set-info-surface.rval-minus-4095.readback",
		      "set-info-surface.identity-exit.readback" },
	  .evidence = "posted 2025-01-27 (20250127181322.GA1373@strace.io), pinged 2025-06-02; "
		      "arch/powerpc/include/asm/syscall.h stores regs->gpr[3] = error in 6.1.192, 6.12.118, 7.2.13, 7.3.4",
	  .finding = "ppc-sc-set-error-sign" },
	/* Found by this suite on 7.2.13 and read in 7.3.4's source; not yet
	 * reported.  The line came with 69cb2be898be ("powerpc/syscall: Fix
	 * syscall skip handling for seccomp and ptrace", 7.3; 7.2.6 as
	 * 19b54740e2e1): inferred from its title and the trees that have it. */
	{ "found-here:ppc-tif-syscall-ret",
	  "powerpc: syscall_set_return_value() sets TIF_SYSCALL_RET on the tracer, which loses its next syscall",
	  { "ppc64*", "powerpc*" }, NULL, tracer_syscall_skipped, "69cb2be898be",
	  .introduced_in = "7.3; 7.2.y: 7.2.6; 6.12.y: none; 6.1.y: none", .fixed = "unfixed",
	  .breaks = { "set-info.success-to-error.readback", "set-info.error-to-success.readback",
		      "set-info-surface.rval-*.readback", "set-info-surface.identity-exit.readback" },
	  .evidence = "set_thread_flag(TIF_SYSCALL_RET) in syscall_set_return_value() in 7.2.6's, 7.2.13's and "
		      "7.3.4's source, not in 6.1.192's nor 6.12.118's",
	  .finding = "ppc-tif-syscall-ret" },
	/* Found by this suite on 7.3.4 built from Debian's source (issue 25's
	 * runs; Debian's 7.2.13 passes); not yet reported, no reproducer or fix
	 * yet.  7.3.4's powerpc selects GENERIC_ENTRY (arch/powerpc/Kconfig:209):
	 * system_call_exception() returns syscall_get_error() of the registers
	 * for a skipped call (arch/powerpc/kernel/syscall.c:21-23) and nothing
	 * presets -ENOSYS, where 6.1.192's do_seccomp() loaded -ENOSYS into r3
	 * before seccomp and its skip path did again
	 * (arch/powerpc/kernel/ptrace/ptrace.c:213, 321): the ABI "Enable
	 * seccomp filter" gave SECCOMP_RET_TRACE tracers, "identical to the
	 * behaviour on x86".  The commit that dropped it is not established. */
	{ "found-here:ppc-seccomp-skip-enosys",
	  "powerpc: a syscall a tracer skips at its seccomp stop returns 0, not -ENOSYS (no -ENOSYS preset since the generic entry)",
	  { "ppc64*", "powerpc*" }, NULL, seccomp_skip_returned_zero,
	  .introduced_in = "7.3; 7.2.y: none; 6.1.y: none", .fixed = "unfixed",
	  .breaks = { "seccomp.skipped.rval", "seccomp.skipped.is_error" },
	  .evidence = "seen on 7.3.4 built from linux-source-7.3 (sc and scv); Debian's 7.2.13 passes; 6.1.192's "
		      "source presets -ENOSYS; 7.2.y none inferred (7.2.13 passes, an entry conversion is no stable "
		      "material)" },
	/* Found by this suite (issue 29's set groups on 7.3.4 and 6.1.192
	 * built with ci/kconfig.fragment; Debian 12's 6.1.176 passes).  The
	 * kernel's own selftest expects -ENOSYS for a number set to -1
	 * (tools/testing/selftests/ptrace/set_syscall_info.c: "set scno to -1,
	 * keep error rval"), and so does syscall_trace_enter()'s own comment
	 * ("Negative syscall numbers ... we do so now").  Debian's 6.1.176
	 * binary (the -dbg package's vmlinux) loads thread_info->syscall after
	 * the ptrace stop for that test; 6.1.192's, 6.12.118's, 7.2.13's and
	 * 7.3.4's source load it before ("syscall =
	 * current_thread_info()->syscall;" and "if (syscall < 0)").  The commit
	 * that moved the load is not established: introduced_in lists the first
	 * releases known to have it, not bisected.  A call skipped at its
	 * seccomp stop never reaches the preset on any version (not this bug). */
	{ "found-here:mips-entry-skip-no-enosys",
	  "mips: a call a tracer skips at its entry stop returns the -1 written, not -ENOSYS: syscall_trace_enter() reads the number before the stop",
	  { "mips*" }, NULL, entry_skip_kept_minus_one,
	  .introduced_in = "7.3; 7.2.y: 7.2.13; 6.12.y: 6.12.118; 6.1.y: 6.1.192", .fixed = "unfixed",
	  .breaks = { "set-info.skip.observed", "set-regs.skip.observed", "set-nr-edges.skip-args.observed",
		      "set-nr-edges-regs.skip-args.observed" },
	  .evidence = "seen on 7.3.4 and 6.1.192 built from Debian's sources (n64, n32, o32: the tracee stored -1); "
		      "Debian's 6.1.176 (mips64el 6.1.0-50) returns -ENOSYS, its vmlinux reading the number after "
		      "the stop; the read before it in 6.1.192's, 6.12.118's, 7.2.13's and 7.3.4's "
		      "arch/mips/kernel/ptrace.c" },
	/* Found by this suite (issue 28's proc-syscall-fault): riscv's
	 * syscall_get_nr() returns regs->a7 whatever the trap, mips's
	 * thread_info's syscall, which only syscall entry sets
	 * (arch/{riscv,mips}/include/asm/syscall.h, scall*.S; 6.1.192's and
	 * 7.3.4's alike); so at a fault both name the thread's last syscall
	 * and task_current_syscall() fills in its arguments too.  The
	 * candidate fix returns -1 where the trap that saved the registers
	 * was no syscall (riscv's regs->cause, mips's cp0_cause ExcCode), as
	 * x86 (orig_ax = -1 at exception entry), arm64 (NO_SYSCALL), s390
	 * (PIF_SYSCALL cleared) and powerpc (trap_is_syscall()) do. */
	/* Found by this suite (issue 29's set-nr-edges-regs on Debian 12's
	 * 6.1.0-50, 2026-12-05): a call renumbered past the n32 (o32) table,
	 * 6451 (4451), made two syscall-entry stops before its exit stop. */
	{ "found-here:mips-renumbered-retraced",
	  "mips: a 32-bit ABI's call a tracer renumbers out of its table is traced again as the next ABI's",
	  { "mips-n32", "mips-o32" }, NULL, renumbered_call_retraced, .fixed = "unfixed",
	  .breaks = { "set-nr-edges-regs.past-last.observed", "set-nr-edges-regs.past-last-seccomp.*",
		      "set-nr-edges-regs.sequence" },
	  .evidence = "seen on Debian 12's mips64el 6.1.0-50 (n32 and o32, through the regset); "
		      "not_n32_scall's \"j handle_sys64\" and not_o32_scall's after the trace in "
		      "6.1.192's and 7.3.4's scall64-n32.S and scall64-o32.S",
	  .finding = "mips-renumbered-retraced" },
	{ "found-here:syscall-nr-at-fault",
	  "riscv, mips: syscall_get_nr() keeps the last syscall's number at a fault, so /proc/PID/syscall names it, not -1",
	  { "riscv*", "mips*" }, NULL, proc_names_last_syscall, .fixed = "unfixed",
	  .breaks = { "fault*.proc-syscall-fault" },
	  .evidence = "seen on Debian's riscv64 7.2.13 (\"226 0x11000 0x1000 ...\": mprotect's line at its SIGSEGV) "
		      "and mips64el 6.1.0-50 (n64 5010, n32 6010, o32 4125); return regs->a7 and "
		      "task_thread_info(task)->syscall in 6.1.192's and 7.3.4's syscall_get_nr()",
	  .finding = "syscall-nr-at-fault" },
	/* Found by this suite (issue 28's seccomp-trap and seccomp-kill):
	 * seccomp rolls the registers back for a trapped or killed call ("Show
	 * the handler the original registers", kernel/seccomp.c), and 6.1's
	 * s390 do_syscall() then stores -ENOSYS over the first argument: it
	 * skips that store only with PIF_SYSCALL_RET_SET, which
	 * syscall_set_return_value() sets and syscall_rollback() does not.
	 * 7.3.4's __do_syscall() skips it for any call seccomp refused ("||
	 * !permit) goto out", arch/s390/kernel/syscall.c); the commit between
	 * is not established. */
	{ "found-here:s390-seccomp-rollback-enosys",
	  "s390: a call seccomp traps or kills returns -ENOSYS over the first argument syscall_rollback() restored",
	  { "s390*" }, NULL, rollback_overwritten_by_enosys, .fixed = "7.3; 7.2.y: none; 6.1.y: none",
	  .breaks = { "seccomp-kill*.killed.rval", "seccomp-kill*.killed.is_error", "seccomp-trap.trapped.rval",
		      "seccomp-trap.trapped.is_error", "seccomp-trap.trapped-close.rval",
		      "seccomp-trap.trapped-close.is_error", "seccomp-trap.*.uc-args", "seccomp-trap.*.tracee-sees" },
	  .evidence = "seen on Debian's 6.1.0-50 and 7.2.13 (s390x, s390-31); 6.1.192's do_syscall() stores "
		      "-ENOSYS unless PIF_SYSCALL_RET_SET, 7.3.4's __do_syscall() not for a refused call; 7.3 and "
		      "7.2.y none inferred from those two sources and the 7.2.13 run" },
	/* Found by this suite (the same groups): 6.1's powerpc
	 * system_call_exception() returns the rolled-back gpr[3] for a call
	 * seccomp skipped ("if (unlikely(r0 >= NR_syscalls)) return
	 * regs->gpr[3]"), and Debian's 6.1.0-57 passes; Debian's 7.2.13 puts
	 * -ENOSYS there (sc: r3 38 with SO; scv: -38), at the exit stop and in
	 * the handler's ucontext.  7.3.4's returns syscall_get_error() of the
	 * registers (arch/powerpc/kernel/syscall.c), not run here.  Taken to
	 * have come with the skip handling of 69cb2be898be, as
	 * ppc-notif-value-lost and ppc-tif-syscall-ret are (6.12.118's
	 * system_call_exception() still returns regs->gpr[3]): inferred, not
	 * bisected. */
	{ "found-here:ppc-seccomp-rollback-enosys",
	  "powerpc: a call seccomp traps or kills returns -ENOSYS over the first argument syscall_rollback() restored",
	  { "ppc64*", "powerpc*" }, NULL, rollback_overwritten_by_enosys, "69cb2be898be",
	  .introduced_in = "7.3; 7.2.y: 7.2.6; 6.12.y: none; 6.1.y: none", .fixed = "unfixed",
	  .breaks = { "seccomp-kill*.killed.rval", "seccomp-kill*.killed.is_error", "seccomp-trap.trapped.rval",
		      "seccomp-trap.trapped.is_error", "seccomp-trap.trapped-close.rval",
		      "seccomp-trap.trapped-close.is_error", "seccomp-trap.*.uc-args", "seccomp-trap.*.tracee-sees" },
	  .evidence = "seen on Debian's 7.2.13 (sc and scv), not on 6.1.0-57 (6.1.192's source returns gpr[3]); "
		      "introduced_in inferred as for ppc-tif-syscall-ret, not bisected" },
	/* Found by this suite (issue 28's notif group) on Debian's 7.2.13,
	 * sc and scv; not yet reported, no reproducer or fix yet.  Since
	 * syscall_set_return_value() sets TIF_SYSCALL_RET (the commit of
	 * ppc-tif-syscall-ret), system_call_exception() returns
	 * syscall_get_error() for a call seccomp skipped
	 * (arch/powerpc/kernel/syscall.c: 7.2.13's line 25-26, 7.3.4's 21-26):
	 * the error alone, 0 for a success, so a supervisor's value is lost
	 * (its error is not).  6.12.118's returned regs->gpr[3], the value. */
	{ "found-here:ppc-notif-value-lost",
	  "powerpc: a value a seccomp supervisor answers (SECCOMP_RET_USER_NOTIF) comes back as 0: "
	  "system_call_exception() returns syscall_get_error() for a call seccomp skipped",
	  { "ppc64*", "powerpc*" }, NULL, notif_value_lost, "69cb2be898be",
	  .introduced_in = "7.3; 7.2.y: 7.2.6; 6.12.y: none; 6.1.y: none", .fixed = "unfixed",
	  .breaks = { "notif.notif-value.rval", "notif.notif-value.answer-*", "notif.notif-unknown-nr.rval",
		      "notif.notif-unknown-nr.answer-*" },
	  .evidence = "seen on Debian's 7.2.13 (ppc64le, sc and scv: val 0x5eed and 0x600d returned 0, the error "
		      "answer and CONTINUE right); \"return syscall_get_error(current, regs)\" after "
		      "test_and_clear_thread_flag(TIF_SYSCALL_RET) in 7.2.6's, 7.2.13's and 7.3.4's "
		      "system_call_exception(), \"return regs->gpr[3]\" in 6.12.118's" },
	{ "0032ce0f85a2", "ptrace: Prevent kernel-infoleak in ptrace_get_syscall_info()",
	  { "*" }, NULL, reserved_nonzero, "201766a20e30", .fixed = "5.11; 5.10.y: 5.10.2", .breaks = { "*.reserved" },
	  .evidence = "5.11 from the 2020-12-15 merge-window push; 5.10.2 from Debian's changelog" },
	{ "8c150ba2fb59", "x86: Introduce TS_COMPAT_RESTART to fix get_nr_restart_syscall()",
	  { "i386" }, NULL, restart_nr_of_other_abi, .fixed = "5.12; 5.10.y: 5.10.26",
	  .evidence = "tip x86/urgent 2021-03-16 (5.12-rc); 5.10.26 from Debian's changelog" },
	{ "e30e8d46cf60", "arm64: fix compat syscall return truncation",
	  { "arm" }, NULL, errno_zero_extended, "15956689a0e6", .introduced_in = "5.8; 5.7.y: 5.7.10",
	  .fixed = "5.14", .evidence = "5.14 inferred from 5.14-rc5's pending fixes; its 5.10.y backport's release "
				       "not established" },
	{ "15956689a0e6", "arm64: compat: Ensure upper 32 bits of x0 are zero on syscall return",
	  { "arm" }, NULL, result_upper_half_stale, .fixed = "5.8; 5.7.y: 5.7.10",
	  .evidence = "5.8 inferred from its 2020-07-03 date; 5.7.10 from Debian's changelog" },
	{ "00332c16b160", "s390/ptrace: pass invalid syscall numbers to tracing",
	  { "s390*" }, NULL, invalid_nr_untraced, .fixed = "5.8; 5.7.y: 5.7.7",
	  .evidence = "5.8 inferred; 5.7.7 from Debian's changelog" },
	{ "cd29fa798001", "s390/ptrace: return -ENOSYS when invalid syscall is supplied",
	  { "s390*" }, NULL, invalid_nr_not_enosys, .fixed = "5.8; 5.7.y: 5.7.7",
	  .evidence = "5.8 inferred; 5.7.7 from Debian's changelog" },
	{ "873e5a763d60", "s390/ptrace: fix setting syscall number",
	  { "s390*" }, NULL, nr_change_lost, .fixed = "5.8; 5.7.y: 5.7.7",
	  .evidence = "5.8 inferred; 5.7.7 from Debian's changelog" },
	/* Needs ed975485a13d (same pull).  Under a 32-bit tracer the stack
	 * arguments come from the tracer's own memory, whatever is there: a
	 * check whose expected stack argument is 0 then fails only sometimes. */
	{ "733a90561ad0", "MIPS: fix mips_get_syscall_arg() for o32",
	  { "mips-o32" }, NULL, o32_args_past_regs_wrong, .fixed = "6.14; 6.12.y: none; 6.1.y: none",
	  .breaks = { "entry.*.args", "entry.*.regs", "seccomp*.dup.seccomp-[ar]*", "seccomp*.getppid.seccomp-[ar]*",
		      "seccomp*.lseek.seccomp-[ar]*", "seccomp*.unknown-nr.seccomp-[ar]*", "set-regs-surface.six-args*.readback",
		      "threads.*-close.*gs", "threads.worker-gettid.*gs", /* args and regs */ "mixed-path.*-close.args", "mixed-path.path-getppid.args",
		      "restart.*-eintr.result", "notif.*[.-]args", "notif.notif-*[!t].regs", "no-sysgood.proc-syscall-entry",
		      "set-nr-edges-regs.*.readback" },
	  .evidence = "tags/mips-fixes_6.14_1, merged 2025-02-16; the old get_user() of arguments 5-8 in "
		      "6.1.192's and 6.12.118's source, the fix in 7.2.13's and 7.3.4's" },
};

const unsigned pr_nknown_bugs = sizeof(pr_known_bugs) / sizeof(pr_known_bugs[0]);

/* Behaviours that differ between arches and are documented, not bugs: the
 * suite expects each exactly (the personality row says so) and
 * --list-bugs shows them beside the bugs. */
const struct pr_documented pr_documented[] = {
	{ "i386", "int80",
	  "int $0x80 from 64-bit code: GET and seccomp_data report the whole 64-bit argument registers",
	  "seccomp(2): \"although the kernel will normally not look beyond the 32 lowest bits of the arguments, "
	  "the values of the full 64-bit registers will be present in the seccomp data\"; x86's "
	  "syscall_get_arguments() copies bx..bp whole for a TS_COMPAT task (6.1.192 and 7.3.4 alike). "
	  "powerpc, sparc and mips (since 733a90561ad0) mask a 32-bit task's arguments instead" },
};

const unsigned pr_ndocumented = sizeof(pr_documented) / sizeof(pr_documented[0]);
