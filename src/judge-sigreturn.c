/* rt_sigreturn: for each call that raises a signal at the tracee, the
 * signal-delivery stop, then at the handler's rt_sigreturn entry stop the nr,
 * the stack pointer, and the signal frame where the arch says it is (its
 * uc_sigmask must be the mask blocked before the signal: the check that
 * catches a stack_pointer taken from the wrong stack, ia64 7ad1e366), and at
 * the exit stop the restored mask. */
#include "judge-families.h"
#include "payloads/frame.h"

/* The raised signal's bit as the traced arch numbers it (numbering.h). */
static uint64_t handler_mask(const struct pr_personality *p, const struct pr_call *c)
{
	return PR_SIGRETURN_BLOCKED | PR_SIGRETURN_SA_MASK | PR_SIGBIT(pr_signal(p, pr_call_raise(c)->sig));
}

static void expect_mask(struct judge *j, const char *what, const struct pr_stop *s, uint64_t want)
{
	if (s->sigmask_err)
		check_fail(j, "PTRACE_GETSIGMASK failed: error %d", -s->sigmask_err);
	else
		expect_hex(j, what, want, s->sigmask);
}

static void expect_sp(struct judge *j, const struct pr_call *c, const struct pr_stop *s,
		      const struct pr_info *info)
{
	uint64_t lo = j->p->scratch_addr + PR_SCRATCH_ALTSTACK, hi = lo + PR_SCRATCH_ALTSTACK_SIZE;
	bool on_alt = info->stack_pointer >= lo && info->stack_pointer < hi;
	bool altstack = pr_call_raise(c)->how == PR_RAISE_ALTSTACK;

	if (s->regs_err)
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
	else
		expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info->stack_pointer);
	if (altstack != on_alt)
		check_fail(j, "stack_pointer %#llx is %s the sigaltstack [%#llx, %#llx), expected %s it",
			   (unsigned long long)info->stack_pointer, on_alt ? "on" : "off",
			   (unsigned long long)lo, (unsigned long long)hi, altstack ? "on" : "off");
}

static void expect_frame(struct judge *j, const struct pr_stop *stop)
{
	const struct pr_frame *s = pr_frame_of(stop);

	if (!s->framed) {
		check_fail(j, "the tracer did not read the signal frame at this stop");
		return;
	}
	if (s->frame_err) {
		check_fail(j, "uc_sigmask at stack_pointer + %lld (%#llx) unreadable: error %d",
			   (long long)j->p->sigframe_mask_offset, (unsigned long long)s->frame_addr,
			   -s->frame_err);
		return;
	}
	if (pr_sigset_decode(j->p, s->frame_mask) != PR_SIGRETURN_BLOCKED)
		check_fail(j, "uc_sigmask at stack_pointer + %lld (%#llx): expected %#018llx (the mask "
			   "blocked before the signal), seen %#018llx: the frame is not where "
			   "stack_pointer says", (long long)j->p->sigframe_mask_offset,
			   (unsigned long long)s->frame_addr, (unsigned long long)PR_SIGRETURN_BLOCKED,
			   (unsigned long long)pr_sigset_decode(j->p, s->frame_mask));
}

/* The stops a raised signal makes: its delivery stop, then the handler's
 * rt_sigreturn entry and exit. */
static int signal_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SIGNAL);
}
static int sigreturn_entry(const struct judge *j, unsigned call)
{
	return signal_stop(j, call) + 1;
}
static int sigreturn_exit(const struct judge *j, unsigned call)
{
	return signal_stop(j, call) + 2;
}

CALL_CHECK(delivered)
{
	CHECK_ARGS_USED;
	expect_stop_kind(j, at, s, info);
}

CALL_CHECK(sigreturn_nr)
{
	CHECK_ARGS_USED;
	if (!expect_stop_kind(j, at, s, info))
		return;
	expect_hex(j, "arch", j->p->audit_arch, info->arch);
	expect_hex(j, "nr (rt_sigreturn)", pr_expected_nr(j->p, PR_SYS_rt_sigreturn), info->nr);
}

CALL_CHECK(sigreturn_sp)
{
	CHECK_ARGS_USED;
	expect_sp(j, c, s, info);
}

CALL_CHECK(frame_mask)
{
	CHECK_ARGS_USED;
	expect_frame(j, s);
}

CALL_CHECK(in_handler)
{
	CHECK_ARGS_USED;
	expect_mask(j, "blocked in the handler (PTRACE_GETSIGMASK)", s, handler_mask(j->p, c));
}

CALL_CHECK(restored)
{
	CHECK_ARGS_USED;
	if (expect_stop_kind(j, at, s, info))
		expect_mask(j, "blocked after rt_sigreturn (PTRACE_GETSIGMASK)", s, PR_SIGRETURN_BLOCKED);
}

static bool raises(const struct judge *j, const struct pr_call *c, unsigned i)
{
	return pr_call_raise(c) && signal_stop(j, i) >= 0;
}

static const struct call_check sigreturn_checks[] = {
	{ "signal-stop", signal_stop, delivered, NULL },
	{ "sigreturn-nr", sigreturn_entry, sigreturn_nr, NULL },
	{ "sigreturn-sp", sigreturn_entry, sigreturn_sp, NULL },
	{ "frame-mask", sigreturn_entry, frame_mask, NULL },
	{ "handler-mask", sigreturn_entry, in_handler, NULL },
	{ "restored-mask", sigreturn_exit, restored, NULL },
};

PR_CALL_FAMILY(sigreturn, sigreturn_checks, raises)
