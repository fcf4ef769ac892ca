/* Seccomp stops: for each call the filter traces, the PTRACE_EVENT_SECCOMP
 * stop's fields against the scenario, the filter's data and the raw
 * registers, and (under PTRACE_SYSCALL) the entry stop that precedes it:
 * since Linux 4.8 (93e35efb8de4 and its siblings) seccomp runs after the
 * syscall-entry-stop, so that it sees what the tracer changed there. */
#include <stdio.h>

#include "judge-families.h"

static void expect_raw(struct judge *j, const struct pr_stop *s, const struct pr_info *info)
{
	if (s->regs_err) {
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
		return;
	}
	expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info->instruction_pointer);
	expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info->stack_pointer);
	expect_regs_agree(j, s, info);
}

static void expect_eventmsg(struct judge *j, const struct pr_stop *s, uint32_t data)
{
	if (s->eventmsg_err)
		check_fail(j, "PTRACE_GETEVENTMSG failed: error %d", -s->eventmsg_err);
	else
		expect_hex(j, "PTRACE_GETEVENTMSG", data, s->eventmsg);
}

/* Under PTRACE_SYSCALL the entry stop came just before, same nr and args. */
static void expect_entry_before(struct judge *j, int sc, const struct pr_info *seccomp)
{
	const struct pr_stop *s;
	struct pr_info info;
	char what[40];

	if (sc < 1 || j->plan[sc - 1].kind != PR_STOP_ENTRY) {
		check_fail(j, "the plan has no entry stop before seccomp stop %d", sc);
		return;
	}
	if (!check_stop(j, sc - 1, &s, &info) || !expect_stop_kind(j, sc - 1, s, &info))
		return;
	expect_hex(j, "entry nr vs seccomp nr", seccomp->nr, info.nr);
	for (unsigned a = 0; a < 6; a++) {
		snprintf(what, sizeof(what), "entry args[%u] vs seccomp", a);
		expect_hex(j, what, seccomp->args[a], info.args[a]);
	}
}

enum field { STOP, NR, ARGS, RET_DATA, EVENTMSG, REGS, ENTRY_FIRST, NFIELDS };

static const char *const field_names[NFIELDS] = {
	[STOP] = "seccomp-stop", [NR] = "seccomp-nr", [ARGS] = "seccomp-args",
	[RET_DATA] = "ret_data", [EVENTMSG] = "eventmsg", [REGS] = "seccomp-regs",
	[ENTRY_FIRST] = "entry-first",
};

static void field(struct judge *j, const struct pr_call *c, unsigned idx, enum field f, int sc,
		  const struct pr_stop *s, const struct pr_info *info)
{
	uint32_t data = PR_SECCOMP_DATA(c->seccomp);

	switch (f) {
	case STOP:
		expect_stop_kind(j, sc, s, info);
		expect_dec(j, "returned size", PR_INFO_SIZE_SECCOMP, s->info_ret);
		break;
	case NR:
		expect_hex(j, "arch", j->p->audit_arch, info->arch);
		expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr);
		break;
	case ARGS: expect_call_args(j, c, idx, info); break;
	case RET_DATA: expect_hex(j, "ret_data (the filter's SECCOMP_RET_DATA)", data, info->ret_data); break;
	case EVENTMSG: expect_eventmsg(j, s, data); break;
	case REGS: expect_raw(j, s, info); break;
	default: expect_entry_before(j, sc, info); break;
	}
}

void judge_seccomp(struct judge *j)
{
	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];
		int sc = plan_stop(j, i, PR_STOP_SECCOMP);

		if (!c->seccomp)
			continue;
		for (enum field f = 0; f < NFIELDS; f++) {
			const struct pr_stop *s;
			struct pr_info info;

			if (f == ENTRY_FIRST && j->g->cont)
				continue;
			check_begin(j, c, sc, "%s.%s", c->name, field_names[f]);
			if (check_stop(j, sc, &s, &info))
				field(j, c, i, f, sc, s, &info);
			check_end(j);
		}
	}
}
