/* Entry stops: every field of the info against the scenario and against the
 * raw registers. */
#include <stdio.h>

#include "judge-families.h"

enum field { OP, ARCH, NR, ARGS, REGS, IP, IP_TRAP, SP, NFIELDS };

static const char *const field_names[NFIELDS] = {
	[OP] = "op", [ARCH] = "arch", [NR] = "nr", [ARGS] = "args", [REGS] = "regs",
	[IP] = "ip", [IP_TRAP] = "ip-trap", [SP] = "sp",
};

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
	if (!s->stub_sp_read)
		check_fail(j, "the stack pointer the stub stored at %#llx could not be read",
			   (unsigned long long)j->run->stub_sp_slot);
	else
		expect_hex(j, "stack_pointer vs the sp the stub stored before its trap", s->stub_sp,
			   info->stack_pointer);
}

static void field(struct judge *j, const struct pr_call *c, unsigned idx, enum field f,
		  const struct pr_stop *s, const struct pr_info *info)
{
	bool needs_regs = f == REGS || f == IP || f == SP;

	if (needs_regs && s->regs_err) {
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
		return;
	}
	switch (f) {
	case OP: expect_dec(j, "op", PR_OP_ENTRY, info->op); break;
	case ARCH: expect_hex(j, "arch", j->p->audit_arch, info->arch); break;
	case NR: expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr); break;
	case ARGS: expect_call_args(j, c, idx, info); break;
	case REGS: expect_regs_agree(j, s, info); break;
	case IP: expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info->instruction_pointer); break;
	case IP_TRAP: check_ip_at_trap(j, info); break;
	default: check_sp(j, s, info); break;
	}
}

void judge_entry(struct judge *j)
{
	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];

		if (c->untraced)
			continue; /* made before its thread was traced: no entry stop */
		for (enum field f = 0; f < NFIELDS; f++) {
			const struct pr_stop *s;
			struct pr_info info;

			check_begin(j, c, entry_stop(j, i), "%s.%s", c->name, field_names[f]);
			if (check_stop(j, entry_stop(j, i), &s, &info))
				field(j, c, i, f, s, &info);
			check_end(j);
		}
	}
}
