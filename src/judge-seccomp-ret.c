/* Seccomp's actions other than SECCOMP_RET_TRACE under PTRACE_SYSCALL: for
 * each call the filter fails (RET_ERRNO), traps (RET_TRAP) or kills
 * (RET_KILL_PROCESS),
 *   NAME.filtered-entry  its entry stop came, before the filter ran
 *                      (syscall_trace_enter(): "Do seccomp after ptrace"):
 *                      op ENTRY, the arch, the number and six arguments
 *                      the call was made with, as the raw registers have
 *                      them.  No PTRACE_EVENT_SECCOMP stop follows (only
 *                      RET_TRACE makes one: __seccomp_filter(),
 *                      kernel/seccomp.c), nor, for RET_KILL_PROCESS, a
 *                      signal-delivery-stop (SA_IMMUTABLE,
 *                      src/actions/seccomp-kill.c): the sequence family
 *                      sees any stop the plan does not have;
 *   NAME.tracee-sees   what the call returned to the tracee, which its
 *                      next call (a report, PR_ARG_LAST) passes on: what
 *                      the exit stop must report too (judge-exit.c),
 *                      -errno for RET_ERRNO (syscall_set_return_value(
 *                      -data), "capped at MAX_ERRNO"), what
 *                      syscall_rollback() left for RET_TRAP once the
 *                      handler's rt_sigreturn restored it.
 * That a failed call was not made shows in a later row's result. */
#include <stdio.h>
#include <linux/seccomp.h>

#include "judge-families.h"

CALL_CHECK(filtered_entry)
{
	CHECK_ARGS_USED;
	if (!expect_stop_kind(j, at, s, info))
		return;
	expect_hex(j, "arch", j->p->audit_arch, info->arch);
	expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr);
	expect_call_args(j, c, idx, info);
	if (expect_regs_read(j, s))
		expect_regs_agree(j, s, info);
}

/* The next call's entry stop, where it passes on this call's result. */
static int report_entry(const struct judge *j, unsigned call)
{
	return entry_stop(j, call + 1);
}

CALL_CHECK(tracee_sees)
{
	int64_t rval;
	bool is_error;

	CHECK_ARGS_USED;
	check_about(j, c + 1); /* the report call, whose entry it reads */
	expected_result(j, c, idx, c->expect, c->value, &rval, &is_error);
	expect_hex(j, "what the call returned to the tracee (the next call's args[0])",
		   (uint64_t)rval & pr_word_mask(j->p), info->args[0]);
}

static bool acted_on(const struct judge *j, const struct pr_call *c, unsigned i)
{
	uint32_t a = PR_SECCOMP_ACTION(c->seccomp);

	(void)j, (void)i;
	return c->seccomp && (a == SECCOMP_RET_ERRNO || a == SECCOMP_RET_TRAP || a == SECCOMP_RET_KILL_PROCESS);
}

static bool reported(const struct judge *j, const struct pr_call *c)
{
	unsigned i = (unsigned)(c - j->g->calls);

	return i + 1 < j->g->ncalls && j->g->calls[i + 1].args[0].kind == PR_ARG_LAST;
}

static const struct call_check seccomp_ret_checks[] = {
	{ "filtered-entry", entry_stop, filtered_entry, NULL },
	{ "tracee-sees", report_entry, tracee_sees, reported },
};

PR_CALL_FAMILY(seccomp_ret, seccomp_ret_checks, acted_on)
