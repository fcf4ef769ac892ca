/* Entry stops: every field of the info against the scenario and against the
 * raw registers. */
#include <stdio.h>

#include "judge-families.h"

CALL_CHECK(op) { CHECK_ARGS_USED; expect_dec(j, "op", PR_OP_ENTRY, info->op); }
CALL_CHECK(arch) { CHECK_ARGS_USED; expect_hex(j, "arch", j->p->audit_arch, info->arch); }
CALL_CHECK(nr) { CHECK_ARGS_USED; expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr); }
CALL_CHECK(args) { CHECK_ARGS_USED; expect_call_args(j, c, idx, info); }
CALL_CHECK(regs) { CHECK_ARGS_USED; if (expect_regs_read(j, s)) expect_regs_agree(j, s, info); }
CALL_CHECK(ip) { CHECK_ARGS_USED; expect_raw_ip(j, at, s, info); }
CALL_CHECK(ip_trap) { CHECK_ARGS_USED; expect_ip_at_trap(j, info); }
/* The raw sp, and where the stub stores its sp before the trap, that value:
 * one the kernel did not report. */
CALL_CHECK(sp)
{
	CHECK_ARGS_USED;
	if (expect_regs_read(j, s)) {
		expect_raw_sp(j, at, s, info);
		expect_sp_stored(j, s, info);
	}
}

/* The calls the plan has an entry stop for: not one made before its
 * thread was traced, nor one after the tracer let the tracee go. */
static bool traced(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)c;
	return entry_stop(j, i) >= 0;
}

/* A report call's args[0] is what the call before it returned, as the
 * tracee saw it (PR_ARG_LAST): the family of that call judges it (tamper,
 * restart, notif). */
static bool not_report(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return c->args[0].kind != PR_ARG_LAST;
}

static const struct call_check entry_checks[] = {
	{ "op", entry_stop, op, NULL }, { "arch", entry_stop, arch, NULL }, { "nr", entry_stop, nr, NULL },
	{ "args", entry_stop, args, not_report }, { "regs", entry_stop, regs, NULL }, { "ip", entry_stop, ip, NULL },
	{ "ip-trap", entry_stop, ip_trap, NULL }, { "sp", entry_stop, sp, NULL },
};

PR_CALL_FAMILY(entry, entry_checks, traced)
