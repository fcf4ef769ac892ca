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

static int seccomp_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SECCOMP);
}

CALL_CHECK(stop_shape)
{
	CHECK_ARGS_USED;
	expect_stop_kind(j, at, s, info);
	expect_dec(j, "returned size", PR_INFO_SIZE_SECCOMP, s->info_ret);
}

CALL_CHECK(nr)
{
	CHECK_ARGS_USED;
	expect_hex(j, "arch", j->p->audit_arch, info->arch);
	expect_hex(j, "nr", pr_expected_nr(j->p, c->sys), info->nr);
}

CALL_CHECK(args)
{
	CHECK_ARGS_USED;
	expect_call_args(j, c, idx, info);
}

CALL_CHECK(ret_data)
{
	CHECK_ARGS_USED;
	expect_hex(j, "ret_data (the filter's SECCOMP_RET_DATA)", PR_SECCOMP_DATA(c->seccomp), info->ret_data);
}

CALL_CHECK(eventmsg)
{
	CHECK_ARGS_USED;
	expect_eventmsg(j, s, PR_SECCOMP_DATA(c->seccomp));
}

CALL_CHECK(regs)
{
	CHECK_ARGS_USED;
	expect_raw(j, s, info);
}

CALL_CHECK(entry_first)
{
	CHECK_ARGS_USED;
	expect_entry_before(j, at, info);
}

static bool filtered(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_seccomp_traced(c);
}

/* Under PTRACE_CONT there are no syscall stops to come first. */
static bool with_syscall_stops(const struct judge *j, const struct pr_call *c)
{
	(void)c;
	return !j->g->cont;
}

static const struct call_check seccomp_checks[] = {
	{ "seccomp-stop", seccomp_stop, stop_shape, NULL },
	{ "seccomp-nr", seccomp_stop, nr, NULL },
	{ "seccomp-args", seccomp_stop, args, NULL },
	{ "ret_data", seccomp_stop, ret_data, NULL },
	{ "eventmsg", seccomp_stop, eventmsg, NULL },
	{ "seccomp-regs", seccomp_stop, regs, NULL },
	{ "entry-first", seccomp_stop, entry_first, with_syscall_stops },
};

PR_CALL_FAMILY(seccomp, seccomp_checks, filtered)
