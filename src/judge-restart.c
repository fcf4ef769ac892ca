/* Syscall restart: for each call the tracer interrupts with a signal,
 *   interrupted    its exit stop reports the kernel-internal -ERESTART*
 *                  (rval -512 or -516, is_error 1), as the raw registers do;
 *   restart-nr     restarted, the new entry stop's nr is the call's own, or
 *                  the arch's restart_syscall (ERESTART_RESTARTBLOCK);
 *   restart-args   and its six args are the call's, as the raw registers say
 *                  (arm64's x0, riscv's a0, s390's gpr2 and powerpc's r3 come
 *                  back from orig_*); restart_syscall's, which has none, as
 *                  the raw registers say;
 *   result         what the tracee's call finally returns: at the restarted
 *                  exit stop, or (not restarted) as the next call reports it;
 *   restore        a register restore at the signal stop succeeded.
 * The ip and sp of each of these stops are judge-frame.c's (ip-sp). */
#include "judge-families.h"
#include "payloads/change.h"

static int again_stop(const struct judge *j, unsigned call, enum pr_stop_kind k)
{
	for (unsigned s = 0; s < j->nplan; s++)
		if (j->plan[s].call == (int)call && j->plan[s].kind == k && j->plan[s].again)
			return (int)s;
	return -1;
}

static void interrupted(struct judge *j, const struct pr_call *c, const struct pr_stop *s,
			const struct pr_info *info)
{
	int64_t raw_rval;
	bool raw_is_error;

	expect_dec(j, "op", PR_OP_EXIT, info->op);
	expect_dec(j, "rval", -(int64_t)pr_call_interrupt(c)->interrupted, info->rval);
	expect_dec(j, "is_error", 1, info->is_error);
	if (s->regs_err) {
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
		return;
	}
	j->p->decode_result(&s->regs, &raw_rval, &raw_is_error);
	expect_dec(j, "rval vs raw registers", raw_rval, info->rval);
}

static void restart_nr(struct judge *j, const struct pr_call *c, const struct pr_stop *s,
		       const struct pr_info *info)
{
	bool as_restart_syscall = pr_call_interrupt(c)->restart == PR_RESTART_SYSCALL;
	enum pr_sys sys = as_restart_syscall ? PR_SYS_restart_syscall : c->sys;

	expect_dec(j, "op", PR_OP_ENTRY, info->op);
	expect_hex(j, as_restart_syscall ? "nr (the arch's restart_syscall)" : "nr (the call's own)",
		   pr_expected_nr(j->p, sys), info->nr);
	if (!s->regs_err)
		expect_hex(j, "nr vs raw registers", s->regs.nr & j->p->nr_mask, info->nr);
}

static void restart_args(struct judge *j, const struct pr_call *c, unsigned i, const struct pr_stop *s,
			 const struct pr_info *info)
{
	/* restart_syscall takes no arguments: its registers are what the arch
	 * leaves (powerpc's check_syscall_restart() keeps the error in r3). */
	if (pr_call_interrupt(c)->restart == PR_RESTART_SYSCALL)
		check_note(j, "restart_syscall takes no arguments: compared with the raw registers only");
	else
		expect_call_args(j, c, i, info);
	if (s->regs_err)
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
	else
		expect_regs_agree(j, s, info);
}

static void result_at_exit(struct judge *j, const struct pr_call *c, unsigned i, const struct pr_info *info)
{
	int64_t rval;
	bool is_error;

	expected_result(j, c, i, c->expect, c->value, &rval, &is_error);
	expect_dec(j, "op", PR_OP_EXIT, info->op);
	expect_dec(j, "rval", rval, info->rval);
	expect_dec(j, "is_error", is_error, info->is_error);
}

/* Not restarted: the next call (a report, PR_ARG_LAST) carries what the
 * tracee's call returned. */
static void result_reported(struct judge *j, const struct pr_call *c, unsigned i, const struct pr_info *info)
{
	int64_t rval;
	bool is_error;

	expected_result(j, c, i, c->expect, c->value, &rval, &is_error);
	expect_hex(j, "the interrupted call's result, as the tracee saw it", (uint64_t)rval & pr_word_mask(j->p),
		   info->args[0]);
}

static void restore(struct judge *j, const struct pr_stop *s)
{
	const struct pr_change *ch = pr_change_of(s);

	if (!ch->tampered)
		check_fail(j, "the tracer did not restore the registers at this stop");
	else if (ch->tamper_ret != 0)
		check_fail(j, "PTRACE_GETREGSET/SETREGSET NT_PRSTATUS: expected 0, seen %lld", (long long)ch->tamper_ret);
}

static int first_exit(const struct judge *j, unsigned call)
{
	return exit_stop(j, call);
}
static int again_entry(const struct judge *j, unsigned call)
{
	return again_stop(j, call, PR_STOP_ENTRY);
}
static int signal_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SIGNAL);
}

static bool restarted(const struct pr_call *c)
{
	return pr_call_interrupt(c)->restart != PR_NOT_RESTARTED;
}

/* Where the tracee's final result shows: the restarted exit, or the next
 * call, a report of it. */
static bool reported(const struct judge *j, const struct pr_call *c)
{
	unsigned i = (unsigned)(c - j->g->calls);

	return i + 1 < j->g->ncalls && j->g->calls[i + 1].args[0].kind == PR_ARG_LAST;
}
static int result_stop(const struct judge *j, unsigned call)
{
	return restarted(&j->g->calls[call]) ? again_stop(j, call, PR_STOP_EXIT) : entry_stop(j, call + 1);
}

CALL_CHECK(interrupted_exit)
{
	CHECK_ARGS_USED;
	interrupted(j, c, s, info);
}
CALL_CHECK(nr_again)
{
	CHECK_ARGS_USED;
	restart_nr(j, c, s, info);
}
CALL_CHECK(args_again)
{
	CHECK_ARGS_USED;
	restart_args(j, c, idx, s, info);
}
CALL_CHECK(final_result)
{
	CHECK_ARGS_USED;
	if (restarted(c)) {
		result_at_exit(j, c, idx, info);
		return;
	}
	check_about(j, c + 1); /* the report call, whose args[0] it is */
	result_reported(j, c, idx, info);
}
CALL_CHECK(regs_restored)
{
	CHECK_ARGS_USED;
	restore(j, s);
}

/* PTRACE_INTERRUPT under PTRACE_CONT leaves no exit stop to look at. */
static bool has_exit(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_interrupt(c)->then != PR_INTERRUPT_THEN_CONT;
}
static bool has_restart(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return restarted(c);
}
static bool has_result(const struct judge *j, const struct pr_call *c)
{
	return restarted(c) || reported(j, c);
}
static bool has_restore(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_RESTORE_REGS);
}

static bool is_interrupted(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_interrupt(c);
}

static const struct call_check restart_checks[] = {
	{ "interrupted", first_exit, interrupted_exit, has_exit },
	{ "restart-nr", again_entry, nr_again, has_restart },
	{ "restart-args", again_entry, args_again, has_restart },
	{ "result", result_stop, final_result, has_result },
	{ "restore", signal_stop, regs_restored, has_restore },
};

PR_CALL_FAMILY(restart, restart_checks, is_interrupted)
