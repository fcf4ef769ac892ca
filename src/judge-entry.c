/* Entry stops: every field of the info against the scenario and against the
 * raw registers. */
#include <stdio.h>

#include "judge-families.h"
#include "payloads/stored-sp.h"

/* Exactly the address after the stub's trap instruction, as the tracee names
 * it; where it names none (the stops are in the vDSO), inside the range. */
static void check_ip_at_trap(struct judge *j, const struct pr_info *info)
{
	const struct pr_run *run = j->run;

	if (run->stub_trap)
		expect_hex(j, "instruction_pointer vs the address after the stub's trap", run->stub_trap,
			   info->instruction_pointer);
	else if (info->instruction_pointer < run->stub_begin || info->instruction_pointer > run->stub_end)
		check_fail(j, "instruction_pointer %#llx is outside the %s stub [%#llx, %#llx]",
			   (unsigned long long)info->instruction_pointer, run->path,
			   (unsigned long long)run->stub_begin, (unsigned long long)run->stub_end);
}

/* The raw sp, and where the stub stores its sp before the trap, that value:
 * one the kernel did not report. */
static void check_sp(struct judge *j, const struct pr_stop *s, const struct pr_info *info)
{
	expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info->stack_pointer);
	if (!j->run->stub_sp_slot)
		return;
	if (!pr_stored_sp_of(s)->stub_sp_read)
		check_fail(j, "the stack pointer the stub stored at %#llx could not be read",
			   (unsigned long long)j->run->stub_sp_slot);
	else
		expect_hex(j, "stack_pointer vs the sp the stub stored before its trap", pr_stored_sp_of(s)->stub_sp,
			   info->stack_pointer);
}

/* The checks of the raw registers fail when they cannot be read. */
static bool regs_readable(struct judge *j, const struct pr_stop *s)
{
	if (s->regs_err)
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
	return !s->regs_err;
}

CALL_CHECK(op) { CHECK_ARGS_USED; expect_dec(j, "op", PR_OP_ENTRY, info->op); }
CALL_CHECK(arch) { CHECK_ARGS_USED; expect_hex(j, "arch", j->p->audit_arch, info->arch); }
CALL_CHECK(nr) { CHECK_ARGS_USED; expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr); }
CALL_CHECK(args) { CHECK_ARGS_USED; expect_call_args(j, c, idx, info); }
CALL_CHECK(regs) { CHECK_ARGS_USED; if (regs_readable(j, s)) expect_regs_agree(j, s, info); }
CALL_CHECK(ip)
{
	CHECK_ARGS_USED;
	if (regs_readable(j, s))
		expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info->instruction_pointer);
}
CALL_CHECK(ip_trap) { CHECK_ARGS_USED; check_ip_at_trap(j, info); }
CALL_CHECK(sp) { CHECK_ARGS_USED; if (regs_readable(j, s)) check_sp(j, s, info); }

/* The calls the plan has an entry stop for: not one made before its
 * thread was traced, nor one after the tracer let the tracee go. */
static bool traced(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)c;
	return entry_stop(j, i) >= 0;
}

static const struct call_check entry_checks[] = {
	{ "op", entry_stop, op, NULL }, { "arch", entry_stop, arch, NULL }, { "nr", entry_stop, nr, NULL },
	{ "args", entry_stop, args, NULL }, { "regs", entry_stop, regs, NULL }, { "ip", entry_stop, ip, NULL },
	{ "ip-trap", entry_stop, ip_trap, NULL }, { "sp", entry_stop, sp, NULL },
};

PR_CALL_FAMILY(entry, entry_checks, traced)
