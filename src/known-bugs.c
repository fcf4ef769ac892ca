/* The catalogue of known kernel bugs (doc: ../shared/reference PLATFORMS.md
 * table).  Adding a bug: one row, and if no rule fits, one rule function over
 * the result and the stop it looked at.  A rule describes the symptom a
 * tracer sees, so on another arch it names the same symptom. */
/* Rows give introduced_by only where it is known. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <string.h>

#include "diagnose.h"
#include "info.h"

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

	return pr_call_interrupted(r->call) && r->stop >= 0 && (unsigned)r->stop < n &&
	       plan[r->stop].kind == PR_STOP_EXIT && !plan[r->stop].again;
}

/* The -errno the result's call must fail with; false if it must succeed. */
static bool expected_error(const struct pr_personality *p, const struct pr_group *g,
			   const struct pr_run *run, const struct pr_result *r, int64_t *rval)
{
	unsigned idx;
	bool is_error;

	if (!r->call)
		return false;
	idx = call_index(g, r);
	if (interrupted_exit(g, r)) { /* the kernel-internal -ERESTART* */
		*rval = -(int64_t)r->call->interrupted;
		return true;
	}
	pr_expected_result(p, g->via, r->call->expect, r->call->value, pr_arg_value(p, r->call, idx, 0, run->pid),
			   run->pid, run->ppid, rval, &is_error);
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

/* At the stop the check looked at, stack_pointer differs from the tracee's
 * real stack pointer register (ia64: ar.bspstore reported instead of r12);
 * whatever the check (sp, the signal frame, the unwinder). */
static bool sp_not_stack_register(const struct pr_personality *p, const struct pr_group *g,
				  const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	(void)g;
	return looked_at(p, run, r, &s, &info) && !s->regs_err && info.stack_pointer != s->regs.sp;
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
	return c->tamper && c->tamper->nr_change == PR_TAMPER_NR_SKIP;
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
	const struct pr_tamper *t = r->call ? r->call->tamper : NULL;
	const struct pr_stop *s;
	struct pr_info info, after;

	if (!t || !(t->args_mask & 1) || g->via != PR_VIA_REGSET || !looked_at(p, run, r, &s, &info) ||
	    !s->tampered || s->after_ret < 0 || (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	pr_info_decode(s->after, (size_t)s->after_ret < PR_INFO_BUF ? (size_t)s->after_ret : PR_INFO_BUF,
		       p->big_endian, &after);
	return after.args[0] == info.args[0] &&
	       after.args[0] != pr_arg_eval(p, &t->args[0], call_index(g, r), run->pid);
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
	const struct pr_tamper *t = r->call ? r->call->tamper : NULL;
	const struct pr_stop *s;
	struct pr_info info;

	if (!r->call && strcmp(r->name, "refuse.unchanged") == 0) {
		/* The refusals' GET after SETs the kernel took at an exit stop. */
		for (unsigned k = 0; k < run->nstops; k++)
			if (run->stops[k].refused && run->stops[k].refusal_after_ret == 0)
				return true;
		return false;
	}
	return t && t->at == PR_STOP_EXIT && g->via == PR_VIA_SET_INFO && looked_at(p, run, r, &s, &info) &&
	       s->tampered && s->tamper_ret == 0 && s->after_ret == 0;
}

/* An error set through PTRACE_SET_SYSCALL_INFO at an exit stop reached the
 * tracee as +errno: the sc ABI wants the positive errno in r3 with CR0.SO
 * set, and syscall_set_return_value() stored the negative one. */
static bool set_error_sign_flipped(const struct pr_personality *p, const struct pr_group *g,
				   const struct pr_run *run, const struct pr_result *r)
{
	/* Seen at the report call after the tampered one: its args[0]. */
	bool report = r->call && r->call > g->calls && r->call->args[0].kind == PR_ARG_LAST;
	const struct pr_tamper *t = report ? r->call[-1].tamper : NULL;
	const struct pr_stop *s;
	struct pr_info info;

	if (!r->call && strcmp(r->name, "refuse.unchanged") == 0) {
		/* An identity SET of a failure at an exit stop that GET then reads
		 * back with the error's sign flipped. */
		for (unsigned k = 0; k < run->nstops; k++) {
			const struct pr_stop *st = &run->stops[k];
			struct pr_info before, after;

			if (!st->refused || st->info_ret <= 0 || st->refusal_after_ret <= 0)
				continue;
			pr_info_decode(st->info, (size_t)st->info_ret, p->big_endian, &before);
			pr_info_decode(st->refusal_after, (size_t)st->refusal_after_ret, p->big_endian, &after);
			if (before.op == PR_OP_EXIT && before.is_error && after.rval == -before.rval)
				return true;
		}
		return false;
	}
	/* What the tracee must have seen is -observe_value: the tampered call
	 * failed (a set error, or an identity SET of the failure there). */
	return t && t->at == PR_STOP_EXIT && t->observe == PR_EXPECT_ERRNO && g->via == PR_VIA_SET_INFO &&
	       looked_at(p, run, r, &s, &info) && info.op == PR_OP_ENTRY &&
	       info.args[0] == ((uint64_t)t->observe_value & pr_word_mask(p));
}

/* An argument the program passed in a register wider than the ABI's word
 * is reported with the register's upper half (PR_WIDE_GARBAGE), not as the
 * word the call used. */
static bool args_keep_upper_half(const struct pr_personality *p, const struct pr_group *g,
				 const struct pr_run *run, const struct pr_result *r)
{
	const struct pr_stop *s;
	struct pr_info info;

	if (!r->call || !looked_at(p, run, r, &s, &info) || (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	for (unsigned k = 0; k < 6; k++)
		if (r->call->args[k].kind == PR_ARG_WIDE &&
		    info.args[k] == (pr_arg_value(p, r->call, call_index(g, r), k, run->pid) | PR_WIDE_GARBAGE))
			return true;
	return false;
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
	int64_t rval;
	bool is_error;
	uint32_t hi;

	if (!r->call || r->call->expect == PR_EXPECT_NOTHING || !looked_at(p, run, r, &s, &info) ||
	    info.op != PR_OP_EXIT || info.is_error)
		return false;
	pr_expected_result(p, g->via, r->call->expect, r->call->value,
			   pr_arg_value(p, r->call, call_index(g, r), 0, run->pid), run->pid, run->ppid, &rval, &is_error);
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
	const struct pr_tamper *t = r->call ? r->call->tamper : NULL;
	const struct pr_stop *s;
	struct pr_info info, after;

	(void)g;
	if (!t || t->nr_change != PR_TAMPER_NR_SET || !looked_at(p, run, r, &s, &info) || !s->tampered ||
	    s->after_ret <= 0)
		return false;
	pr_info_decode(s->after, (size_t)s->after_ret < PR_INFO_BUF ? (size_t)s->after_ret : PR_INFO_BUF,
		       p->big_endian, &after);
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
static bool args_past_regs_wrong(const struct pr_personality *p, const struct pr_group *g,
				 const struct pr_run *run, const struct pr_result *r, unsigned nregs)
{
	const struct pr_stop *s;
	struct pr_info info;
	uint64_t want[6];
	unsigned idx;
	bool seen = false, from_regs;

	if (!r->call || !looked_at(p, run, r, &s, &info) || (info.op != PR_OP_ENTRY && info.op != PR_OP_SECCOMP))
		return false;
	idx = call_index(g, r);
	/* restart_syscall takes no arguments: what the registers hold is all
	 * there is to compare with (judge-restart.c's restart-args). */
	from_regs = info.nr == pr_expected_nr(p, PR_SYS_restart_syscall);
	if (from_regs && s->regs_err)
		return false;
	for (unsigned k = 0; k < 6; k++)
		want[k] = from_regs ? s->regs.args[k] : pr_arg_value(p, r->call, idx, k, run->pid);
	for (unsigned k = 0; k < nregs; k++) {
		if (!from_regs && r->call->args[k].kind == PR_ARG_LAST) {
			/* The previous call's result: right or its register whole
			 * (only a 32-bit word shows so: a 64-bit personality's
			 * negative result has its upper half by right). */
			if (info.args[k] != sign_extended32(info.args[k]))
				return false;
			seen |= p->word_bits == 32 && info.args[k] >> 32 != 0;
			continue;
		}
		if (info.args[k] == want[k])
			continue;
		if (info.args[k] != sign_extended32(want[k]))
			return false;
		seen = true;
	}
	for (unsigned k = nregs; k < 6; k++)
		seen |= info.args[k] != want[k];
	return seen;
}

/* Four arguments in registers, the fifth and sixth on the stack. */
static bool args_five_six_wrong(const struct pr_personality *p, const struct pr_group *g,
				const struct pr_run *run, const struct pr_result *r)
{
	return args_past_regs_wrong(p, g, run, r, 4);
}

/* syscall(__NR_syscall, nr, ...): the number takes a0, so three arguments
 * are in registers and the fourth to sixth on the stack (the same function
 * reads them one further on: syscall_get_arguments()). */
static bool args_four_to_six_wrong(const struct pr_personality *p, const struct pr_group *g,
				   const struct pr_run *run, const struct pr_result *r)
{
	return args_past_regs_wrong(p, g, run, r, 3);
}

const struct pr_known_bug pr_known_bugs[] = {
	{ "0ceb1ace4a27", "ia64: fix ia64_syscall_get_set_arguments() for break-based syscalls",
	  { "ia64" }, NULL, args_shifted_by_nr },
	{ "61bf318eac2c", "ia64: fix ptrace(PTRACE_SYSCALL_INFO_EXIT) sign",
	  { "ia64" }, NULL, errno_positive },
	{ "7ad1e366167837da", "ia64: fix user_stack_pointer() for ptrace()",
	  { "ia64" }, NULL, sp_not_stack_register },
	{ "b3583fca5fb6", "s390: fix syscall_get_error for compat processes",
	  { "s390-31", "s390" }, NULL, errno_zero_extended },
	{ "85cc91e2ba42", "mips: fix syscall_get_nr",
	  { "mips*" }, NULL, nr_is_tracers },
	{ "d72500f99284", "powerpc/64s/syscall: Fix ptrace syscall info with scv syscalls",
	  { "ppc64*", "powerpc*" }, "scv", errno_not_flagged },
	/* 52449c17bdd1 ("riscv: entry: set a0 = -ENOSYS only when syscall !=
	 * -1") brought it; the hashes as strace's and the kernel's review threads
	 * give them. */
	{ "61119394631f", "riscv: entry: always initialize regs->a0 to -ENOSYS",
	  { "riscv*" }, NULL, skip_returned_arg0, "52449c17bdd1" },
	/* The title as Debian's linux 6.1.191 changelog gives it (the fix of
	 * update_syscall_orig_x0_after_ptrace(), in 6.1.192's source, not in
	 * 6.1.176); the hash as a public review thread abbreviates it, not
	 * checked against the kernel's git history. */
	{ "e057b9477", "arm64: ptrace: Keep 'orig_x0' in-sync with x0 on syscall entry",
	  { "aarch64" }, NULL, arg0_write_not_seen },
	/* Posted in 2025 (its subject is the title), not in Debian's 7.2.13 nor
	 * in 7.3.4's source (arch/powerpc/include/asm/syscall.h stores error). */
	{ "posted:ppc-sc-set-error-sign", "powerpc: properly negate error in syscall_set_return_value() in sc case",
	  { "ppc64*", "powerpc*" }, "sc", set_error_sign_flipped },
	/* Found by this suite on 7.2.13 and read in 7.3.4's source; not yet reported. */
	{ "found-here:ppc-tif-syscall-ret",
	  "powerpc: syscall_set_return_value() sets TIF_SYSCALL_RET on the tracer, which loses its next syscall",
	  { "ppc64*", "powerpc*" }, NULL, tracer_syscall_skipped },
	/* Found by this suite (issue 13) and read in 7.3.4's source; not yet
	 * reported.  x86's syscall_get_arguments() (arch/x86/include/asm/syscall.h)
	 * returns a TS_COMPAT task's bx..bp whole, and do_int80_emulation() cuts
	 * only orig_ax to 32 bits; the i386 syscall itself reads (unsigned int)
	 * of each (__SC_COMPAT_CAST).  So int $0x80 from 64-bit code shows GET
	 * and seccomp_data an i386 argument the ABI cannot carry and the call did
	 * not use; powerpc's syscall_get_arguments() masks a 32-bit task's. */
	{ "found-here:x86-compat-args-upper",
	  "x86: syscall_get_arguments() keeps the upper halves of an int $0x80 call's argument registers",
	  { "i386" }, "int80", args_keep_upper_half },
	/* The entries below carry the titles and abbreviated hashes the issue
	 * tracker gives; none was checked against the kernel's git history,
	 * which this machine cannot reach. */
	{ "0032ce0f85a2", "ptrace: Prevent kernel-infoleak in ptrace_get_syscall_info()",
	  { "*" }, NULL, reserved_nonzero },
	{ "8c150ba2fb59", "x86: Introduce TS_COMPAT_RESTART to fix get_nr_restart_syscall()",
	  { "i386" }, NULL, restart_nr_of_other_abi },
	{ "e30e8d46cf60", "arm64: fix compat syscall return truncation",
	  { "arm" }, NULL, errno_zero_extended },
	{ "15956689a0e6", "arm64: compat: Ensure upper 32 bits of x0 are zero on syscall return",
	  { "arm" }, NULL, result_upper_half_stale },
	{ "00332c16b160", "s390/ptrace: pass invalid syscall numbers to tracing",
	  { "s390*" }, NULL, invalid_nr_untraced },
	{ "cd29fa798001", "s390/ptrace: return -ENOSYS when invalid syscall is supplied",
	  { "s390*" }, NULL, invalid_nr_not_enosys },
	{ "873e5a763d60", "s390/ptrace: fix setting syscall number",
	  { "s390*" }, NULL, nr_change_lost },
	{ "733a90561ad0", "MIPS: fix mips_get_syscall_arg() for o32",
	  { "mips-o32" }, NULL, args_five_six_wrong },
	{ "733a90561ad0", "MIPS: fix mips_get_syscall_arg() for o32",
	  { "mips-o32" }, "indirect", args_four_to_six_wrong },
};

const unsigned pr_nknown_bugs = sizeof(pr_known_bugs) / sizeof(pr_known_bugs[0]);
