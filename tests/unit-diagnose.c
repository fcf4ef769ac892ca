/* The known-bug rules: each seed bug's failures map to its entry, and a
 * failure of another shape maps to none. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diagnose.h"
#include "group-plan.h"
#include "unit-replay.h"
#include "payloads/change.h"
#include "payloads/proc-syscall.h"
#include "payloads/seen.h"

struct diagnosed {
	const struct pr_run *run;
	unsigned failed, matched, unmatched;
	const char *want;
	char first_line[300];  /* the diagnosis line of the first failure */
};

static void diagnose_each(void *ctx, const struct pr_result *r)
{
	struct diagnosed *d = ctx;
	const struct pr_known_bug *b;

	if (r->verdict != PR_FAIL)
		return;
	if (!d->failed++)
		pr_diagnose_line(d->run->pers, d->run->group, d->run, r, d->first_line,
				 sizeof(d->first_line));
	b = pr_diagnose(d->run->pers, d->run->group, d->run, r);
	if (b && d->want && strcmp(b->id, d->want) == 0)
		d->matched++;
	else if (!b)
		d->unmatched++;
}

static struct diagnosed run_rules(const char *personality, const char *path, const char *group,
				  const char *bug, void (*bend)(struct pr_run *))
{
	struct diagnosed d = { .want = bug };

	judge_synth(pr_personality_find(personality), path, group, bug, bend, &d.run, diagnose_each,
		    &d);
	return d;
}

START_TEST(seed_bugs_diagnosed)
{
	static const char *const cases[][3] = {
		{ "break", "entry", "0ceb1ace4a27" },
		{ "epc", "errno", "61bf318eac2c" },
		{ "epc", "exit", "61bf318eac2c" },
		{ "break", "entry", "7ad1e366167837da" },
		{ "epc", "stops", "7ad1e366167837da" },
	};

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct diagnosed d = run_rules("ia64", cases[i][0], cases[i][1], cases[i][2], NULL);

		ck_assert_uint_gt(d.failed, 0);
		ck_assert_msg(d.matched == d.failed, "%s/%s %s: %u of %u failures diagnosed",
			      cases[i][0], cases[i][1], cases[i][2], d.matched, d.failed);
	}
}
END_TEST

/* riscv 61119394631f: a skipped call returns its first argument, at its
 * exit stop (seccomp) and in what the tracee reports (both tamper groups). */
START_TEST(riscv_skip_returning_arg0_diagnosed)
{
	static const char *const groups[] = { "seccomp", "set-info", "set-regs" };

	for (unsigned i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		struct diagnosed d = run_rules("riscv64", "ecall", groups[i], "61119394631f", NULL);

		ck_assert_uint_gt(d.failed, 0);
		ck_assert_msg(d.matched == d.failed, "%s: %u of %u failures diagnosed", groups[i],
			      d.matched, d.failed);
	}
}
END_TEST

/* What the fix does, a0 = -ENOSYS in NT_PRSTATUS at every entry stop, fails
 * nothing: the first argument is orig_a0, which the regs view does not hold. */
static void a0_enosys_at_entry(struct pr_run *run)
{
	for (unsigned i = 0; i < run->nstops; i++)
		if (run->stops[i].info[0] == PR_OP_ENTRY)
			run->stops[i].regs.ret = (uint64_t)-38;
}

START_TEST(riscv_a0_enosys_at_entry_is_correct)
{
	static const char *const groups[] = { "entry", "seccomp", "set-regs" };

	for (unsigned i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		struct diagnosed d = run_rules("riscv64", "ecall", groups[i], NULL, a0_enosys_at_entry);

		ck_assert_msg(d.failed == 0, "%s: %u failures: %s", groups[i], d.failed, d.first_line);
	}
}
END_TEST

/* A wrong arch field is no known bug. */
static void wrong_arch(struct pr_run *run)
{
	run->stops[1].info[4] ^= 0xff;
}

START_TEST(unknown_failure_matches_nothing)
{
	struct diagnosed d = run_rules("ia64", "epc", "entry", NULL, wrong_arch);

	/* The call's own arch check and the group's every-stop one. */
	ck_assert_uint_eq(d.failed, 2);
	ck_assert_uint_eq(d.unmatched, 2);
	ck_assert_msg(strncmp(d.first_line, "matches no known bug", 20) == 0, "%s", d.first_line);
}
END_TEST

/* Rules are limited to their arch: an x86_64 run with ia64's symptom is not
 * ia64's bug, it shows the same symptom. */
START_TEST(rules_stay_on_their_arch)
{
	struct diagnosed d = run_rules("x86_64", "syscall", "errno", "61bf318eac2c", NULL);

	ck_assert_uint_gt(d.failed, 0);
	ck_assert_uint_eq(d.matched, 0);
	ck_assert_uint_eq(d.unmatched, d.failed);
	ck_assert_msg(strstr(d.first_line, "same symptom as 61bf318eac2c (ia64)"), "%s", d.first_line);
}
END_TEST

/* Every catalogued symptom, made on an x86_64 run by corrupting what a
 * correct kernel shows: a failure's line names the entry as the same
 * symptom (x86_64 being none of their arches; a bug of generic code is
 * x86_64's own: it looks like it). */
static struct pr_stop *stop_of(struct pr_run *run, const char *call, enum pr_stop_kind k, bool again)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(run->group, plan);

	for (unsigned i = 0; i < n; i++)
		if (plan[i].kind == k && plan[i].again == again && plan[i].call >= 0 &&
		    strcmp(run->group->calls[plan[i].call].name, call) == 0)
			return &run->stops[i];
	ck_abort_msg("no %s stop of %s in %s", pr_stop_kind_name(k), call, run->group->name);
	return NULL;
}

static void edit_info(struct pr_run *run, struct pr_stop *s, void (*fn)(struct pr_info *, struct pr_stop *))
{
	struct pr_info info;

	pr_info_decode(s->info, (size_t)s->info_ret, run->pers->big_endian, &info);
	fn(&info, s);
	s->info_ret = (int64_t)pr_info_encode(&info, run->pers->big_endian, s->info);
}

static void shift_args(struct pr_info *i, struct pr_stop *s)
{
	(void)s;
	memmove(&i->args[1], &i->args[0], 5 * sizeof(i->args[0]));
	i->args[0] = i->nr;
}
static void negate_rval(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = -i->rval; }
static void other_sp(struct pr_info *i, struct pr_stop *s) { (void)s; i->stack_pointer += 0x1000; }
static void zero_extend_error(struct pr_info *i, struct pr_stop *s)
{
	(void)s;
	i->rval = (int64_t)(uint32_t)i->rval;
	i->is_error = 0;
}
static void tracers_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 101; /* x86_64 ptrace */ }
static void unflag_error(struct pr_info *i, struct pr_stop *s) { (void)s; i->is_error = 0; }
static void i386_restart_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 0; }
static void stale_upper(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval |= INT64_C(0xdead) << 32; }
static void getpid_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 39; }
static void nr_as_result(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = 0xfff0; i->is_error = 0; }
static void fifth_arg(struct pr_info *i, struct pr_stop *s) { (void)s; i->args[4] = 0; }

static void b_6111(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "skipped", PR_STOP_EXIT, false);
	struct pr_info i;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &i);
	i.rval = (int64_t)(r->pers->scratch_addr + PR_SCRATCH_BUF); /* getcwd's first argument */
	i.is_error = 0;
	s->info_ret = (int64_t)pr_info_encode(&i, false, s->info);
}
/* The GET after the set-regs seccomp stop's change reads args[0] as the
 * old value plus delta (0: the old one, arm64's orig_x0 kept). */
static void seccomp_readback_arg0(struct pr_run *r, uint64_t delta)
{
	struct pr_stop *s = stop_of(r, "seccomp", PR_STOP_SECCOMP, false);
	struct pr_change *ch = pr_change_make(s);
	struct pr_info before, after;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &before);
	pr_info_decode(ch->after, (size_t)ch->after_ret, false, &after);
	after.args[0] = before.args[0] + delta;
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
}
static void b_88b8(struct pr_run *r) { seccomp_readback_arg0(r, 0); }
/* The call after success-to-error reports that the tracee saw seen. */
static void report_sees(struct pr_run *r, uint64_t seen)
{
	struct pr_stop *s = stop_of(r, "success-to-error-report", PR_STOP_ENTRY, false);
	struct pr_info i;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &i);
	i.args[0] = seen;
	s->info_ret = (int64_t)pr_info_encode(&i, false, s->info);
	pr_seen_make(s)->seen_result = seen;
}
static void b_ppcsign(struct pr_run *r) { report_sees(r, EPERM); }
/* The GET after success-to-error's SET (-EPERM, is_error 1) reads rval. */
static void readback_rval(struct pr_run *r, int64_t rval)
{
	struct pr_change *ch = pr_change_make(stop_of(r, "success-to-error", PR_STOP_EXIT, false));
	struct pr_info after;

	pr_info_decode(ch->after, (size_t)ch->after_ret, false, &after);
	after.rval = rval;
	after.is_error = 1;
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
}
static void b_ppcsign_readback(struct pr_run *r) { readback_rval(r, EPERM); }
/* The call returns rval, is_error at its exit stop. */
static void call_returns(struct pr_run *r, const char *call, int64_t rval, bool is_error)
{
	struct pr_stop *s = stop_of(r, call, PR_STOP_EXIT, false);
	struct pr_info i;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &i);
	i.rval = rval;
	i.is_error = is_error;
	s->info_ret = (int64_t)pr_info_encode(&i, false, s->info);
}
/* The call skipped at its seccomp stop returns rval, is_error. */
static void skipped_returns(struct pr_run *r, int64_t rval, bool is_error)
{
	call_returns(r, "skipped", rval, is_error);
}
/* The call skipped at its entry stop returns v: at its exit stop and as the
 * tracee stored it (at its report call's entry stop). */
static void entry_skip_returns(struct pr_run *r, int64_t v)
{
	call_returns(r, "skip", v, false);
	pr_seen_make(stop_of(r, "skip-report", PR_STOP_ENTRY, false))->seen_result = (uint64_t)v;
}
static void b_mipsskip(struct pr_run *r) { entry_skip_returns(r, -1); }
static void n_mipsskip(struct pr_run *r) { entry_skip_returns(r, -2); }
static void b_ppcskip(struct pr_run *r) { skipped_returns(r, 0, false); }
static void n_ppcskip(struct pr_run *r) { skipped_returns(r, 1, false); }
static void n_ppcsign_readback(struct pr_run *r) { readback_rval(r, EPERM + 1); }
static void b_ppctif(struct pr_run *r) { pr_change_make(stop_of(r, "success-to-error", PR_STOP_EXIT, false))->after_ret = 0; }
static void b_0032(struct pr_run *r) { r->stops[2].info[3] = 0x5a; }
static void b_873e(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "nr", PR_STOP_ENTRY, false);
	struct pr_change *ch = pr_change_make(s);

	memcpy(ch->after, s->info, sizeof(ch->after));
	ch->after_ret = s->info_ret;
}

/* A supervisor's value answer (notif-value's 0x5eed) seen as v at the
 * exit stop and by the tracee (its memory, the report's args[0]). */
static uint64_t notif_seen;
static void rval_notif_seen(struct pr_info *i, struct pr_stop *s)
{
	(void)s;
	i->rval = (int64_t)notif_seen;
	i->is_error = 0;
}
static void report_args0_notif_seen(struct pr_info *i, struct pr_stop *s)
{
	i->args[0] = notif_seen;
	pr_seen_make(s)->seen_result = notif_seen;
}
static void notif_value_seen(struct pr_run *r, uint64_t v)
{
	notif_seen = v;
	edit_info(r, stop_of(r, "notif-value", PR_STOP_EXIT, false), rval_notif_seen);
	edit_info(r, stop_of(r, "notif-value-report", PR_STOP_ENTRY, false), report_args0_notif_seen);
}
static void b_notifval(struct pr_run *r) { notif_value_seen(r, 0); }
static void n_notifval(struct pr_run *r) { notif_value_seen(r, 1); }

/* Near misses: a corruption that shares part of a bug's symptom but not
 * all of it.  The bug's rule must match none of the failures it makes
 * (and the corruption must fail something). */
static void nr_in_arg0_only(struct pr_info *i, struct pr_stop *s) { (void)s; i->args[0] = i->nr; }
static void rval_positive_off_by_one(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = -i->rval + 1; }
static void sp_both_moved(struct pr_info *i, struct pr_stop *s) { i->stack_pointer += 0x1000; s->regs.sp += 0x1000; }
static void zero_extended_off_by_one(struct pr_info *i, struct pr_stop *s)
{
	(void)s;
	i->rval = (int64_t)(uint32_t)i->rval + 1;
	i->is_error = 0;
}
static void getpid_nr_not_ptrace(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 39; }
static void unflagged_other_value(struct pr_info *i, struct pr_stop *s) { (void)s; i->is_error = 0; i->rval -= 1; }
static void other_nr_at_restart(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 12345; }
static void upper_half_is_sign(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval |= INT64_C(-1) * (INT64_C(1) << 32); }
static void foreign_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 12345; }
static void unknown_rval_other(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = 0xfff1; i->is_error = 0; }
static void arg0_zero_extended_garbage(struct pr_info *i, struct pr_stop *s) { (void)s; i->args[0] |= UINT64_C(0xdead) << 32; }

static void n_6111(struct pr_run *r)
{
	b_6111(r);
	edit_info(r, stop_of(r, "skipped", PR_STOP_EXIT, false), zero_extended_off_by_one);
}
static void n_88b8(struct pr_run *r) { seccomp_readback_arg0(r, 1); /* neither the old x0 nor the new */ }
/* The stop after past-last's entry stop, its exit in the plan, is another
 * entry stop: of the number the tracer set (the symptom), or of another
 * (the near miss). */
static void past_last_entered_again(struct pr_run *r, uint64_t nr_delta)
{
	struct pr_stop *s = stop_of(r, "past-last", PR_STOP_ENTRY, false);
	struct pr_info after, again;

	pr_change_after(pr_change_of(s), false, &after);
	pr_info_decode(s->info, (size_t)s->info_ret, false, &again);
	again.nr = after.nr + nr_delta;
	s[1].info_ret = (int64_t)pr_info_encode(&again, false, s[1].info);
}
/* The GET after last's change (six patterns) at its entry stop: o32's
 * shape before 733a90561ad0, the registers' words sign-extended and the
 * stack's arguments not the ones written (the symptom), or a register's
 * word off by one (the near miss). */
static void last_readback_o32_shape(struct pr_run *r, uint64_t off)
{
	struct pr_change *ch = pr_change_make(stop_of(r, "last", PR_STOP_ENTRY, false));
	struct pr_info after;

	pr_change_after(ch, false, &after);
	for (unsigned a = 0; a < 4; a++)
		after.args[a] = (uint64_t)(int64_t)(int32_t)(uint32_t)after.args[a] + (a == 1 ? off : 0);
	after.args[4] = after.args[5] = 0;
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
}
static void b_733a_readback(struct pr_run *r) { last_readback_o32_shape(r, 0); }
static void n_733a_readback(struct pr_run *r) { last_readback_o32_shape(r, 1); }
static void b_retraced(struct pr_run *r) { past_last_entered_again(r, 0); }
static void n_retraced(struct pr_run *r) { past_last_entered_again(r, 1); }
static void n_ppcsign(struct pr_run *r) { report_sees(r, EPERM + 1); }
static void n_ppctif(struct pr_run *r) { pr_change_make(stop_of(r, "success-to-error", PR_STOP_EXIT, false))->after_ret = -5; }
static void n_0032(struct pr_run *r) { r->stops[2].info[4] ^= 0xff; /* the arch, not bytes 1-3 */ }
static void n_873e(struct pr_run *r)
{
	struct pr_change *ch = pr_change_make(stop_of(r, "nr", PR_STOP_ENTRY, false));
	struct pr_info after;

	pr_info_decode(ch->after, (size_t)ch->after_ret, false, &after);
	after.nr = 12345; /* neither the old number nor the one set */
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
}

/* /proc/PID/syscall at the stops after the fault names mprotect, the last
 * syscall, at the fault's sp and pc (plus sp_off). */
static void proc_fault_line(struct pr_run *r, uint64_t sp_off)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(r->group, plan);

	for (unsigned k = 0; k < n && k < r->nstops; k++) {
		struct pr_proc_view v = { PR_PROC_SYSCALL, 0, { 0x11000, 0x1000 }, 0, 0 };
		struct pr_info info;

		if (!pr_plan_after_fault(r->group, &plan[k]))
			continue;
		pr_info_decode(r->stops[k].info, (size_t)r->stops[k].info_ret, false, &info);
		v.nr = (int32_t)pr_expected_nr(r->pers, PR_SYS_mprotect);
		v.sp = info.stack_pointer + sp_off;
		v.pc = info.instruction_pointer;
		pr_proc_syscall_format(&v, pr_proc_syscall_make(&r->stops[k])->line, PR_PROC_LINE_MAX);
	}
}
static void b_procfault(struct pr_run *r) { proc_fault_line(r, 0); }
static void n_procfault(struct pr_run *r) { proc_fault_line(r, 16); /* not the fault's sp */ }

/* A trapped call's exit stop: -ENOSYS, or another error. */
static void enosys_result(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = -ENOSYS; i->is_error = 1; }
static void eperm_result(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = -EPERM; i->is_error = 1; }

/* Each catalogued bug's symptom, and a near miss that shares part of it but
 * not all, made on an x86_64 run by corrupting what a correct kernel
 * shows: the info of one stop (call, kind, again) edited by symptom or
 * near, or where the bug shows elsewhere the run bent by bend or
 * near_bend. */
struct fault {
	const char *id, *group;
	const char *call;
	enum pr_stop_kind kind;
	bool again;
	void (*symptom)(struct pr_info *, struct pr_stop *), (*near)(struct pr_info *, struct pr_stop *);
	void (*bend)(struct pr_run *), (*near_bend)(struct pr_run *);
};

#define EDIT(call, kind, again, symptom, near) call, kind, again, symptom, near, NULL, NULL
#define BEND(bend, near_bend) NULL, PR_STOP_ENTRY, false, NULL, NULL, bend, near_bend

static const struct fault faults[] = {
	{ "0ceb1ace4a27", "entry", EDIT("close", PR_STOP_ENTRY, false, shift_args, nr_in_arg0_only) },
	{ "61bf318eac2c", "errno", EDIT("EBADF", PR_STOP_EXIT, false, negate_rval, rval_positive_off_by_one) },
	{ "7ad1e366167837da", "entry", EDIT("close", PR_STOP_ENTRY, false, other_sp, sp_both_moved) },
	{ "b3583fca5fb6", "errno", EDIT("EBADF", PR_STOP_EXIT, false, zero_extend_error, zero_extended_off_by_one) },
	{ "e30e8d46cf60", "errno", EDIT("EBADF", PR_STOP_EXIT, false, zero_extend_error, zero_extended_off_by_one) },
	{ "85cc91e2ba42", "entry", EDIT("dup", PR_STOP_ENTRY, false, tracers_nr, getpid_nr_not_ptrace) },
	{ "d72500f99284", "errno", EDIT("EBADF", PR_STOP_EXIT, false, unflag_error, unflagged_other_value) },
	{ "61119394631f", "seccomp", BEND(b_6111, n_6111) },
	{ "88b839ce497c", "set-regs", BEND(b_88b8, n_88b8) },
	{ "posted:ppc-sc-set-error-sign", "set-info", BEND(b_ppcsign, n_ppcsign) },
	{ "posted:ppc-sc-set-error-sign", "set-info", BEND(b_ppcsign_readback, n_ppcsign_readback) },
	{ "found-here:ppc-tif-syscall-ret", "set-info", BEND(b_ppctif, n_ppctif) },
	{ "found-here:ppc-seccomp-skip-enosys", "seccomp", BEND(b_ppcskip, n_ppcskip) },
	{ "found-here:syscall-nr-at-fault", "fault-exit-event", BEND(b_procfault, n_procfault) },
	{ "found-here:mips-renumbered-retraced", "set-nr-edges-regs", BEND(b_retraced, n_retraced) },
	{ "found-here:mips-entry-skip-no-enosys", "set-info", BEND(b_mipsskip, n_mipsskip) },
	{ "found-here:s390-seccomp-rollback-enosys", "seccomp-trap",
	  EDIT("trapped", PR_STOP_EXIT, false, enosys_result, eperm_result) },
	{ "found-here:ppc-seccomp-rollback-enosys", "seccomp-kill",
	  EDIT("killed", PR_STOP_EXIT, false, enosys_result, eperm_result) },
	{ "0032ce0f85a2", "stops", BEND(b_0032, n_0032) },
	{ "8c150ba2fb59", "restart",
	  EDIT("nanosleep-regs-restored", PR_STOP_ENTRY, true, i386_restart_nr, other_nr_at_restart) },
	{ "15956689a0e6", "exit", EDIT("getpid", PR_STOP_EXIT, false, stale_upper, upper_half_is_sign) },
	{ "00332c16b160", "entry", EDIT("unknown-nr", PR_STOP_ENTRY, false, getpid_nr, foreign_nr) },
	{ "cd29fa798001", "errno", EDIT("ENOSYS", PR_STOP_EXIT, false, nr_as_result, unknown_rval_other) },
	{ "873e5a763d60", "set-info", BEND(b_873e, n_873e) },
	{ "found-here:ppc-notif-value-lost", "notif", BEND(b_notifval, n_notifval) },
	{ "733a90561ad0", "entry", EDIT("close", PR_STOP_ENTRY, false, fifth_arg, arg0_zero_extended_garbage) },
	{ "733a90561ad0", "set-nr-edges-regs", BEND(b_733a_readback, n_733a_readback) },
};
#define NFAULTS (sizeof(faults) / sizeof(faults[0]))

/* judge_synth's bend for the fault being made (its near miss if near). */
static const struct fault *fault_now;
static bool fault_near;

static void make_fault(struct pr_run *r)
{
	const struct fault *f = fault_now;

	if (f->call)
		edit_info(r, stop_of(r, f->call, f->kind, f->again), fault_near ? f->near : f->symptom);
	else
		(fault_near ? f->near_bend : f->bend)(r);
}

/* Every entry of the catalogue has its fault. */
static void assert_every_bug_has_a_fault(void)
{
	for (unsigned b = 0; b < pr_nknown_bugs; b++) {
		bool found = false;

		for (unsigned i = 0; i < NFAULTS; i++)
			found |= strcmp(faults[i].id, pr_known_bugs[b].id) == 0;
		ck_assert_msg(found, "%s has no fault in tests/unit-diagnose.c", pr_known_bugs[b].id);
	}
}

struct symptom_lines {
	const struct pr_run *run;
	const char *want;
	bool generic;          /* a bug of generic code: its own on x86_64 too */
	unsigned failed, named, looks_like;
	char first[PR_DIAG_MAX];
};

static void symptom_each(void *ctx, const struct pr_result *r)
{
	struct symptom_lines *l = ctx;
	char want[64], line[PR_DIAG_MAX];

	if (r->verdict != PR_FAIL)
		return;
	pr_diagnose_line(l->run->pers, l->run->group, l->run, r, line, sizeof(line));
	if (!l->failed++)
		snprintf(l->first, sizeof(l->first), "%.90s: %.1900s", r->name, line);
	snprintf(want, sizeof(want), l->generic ? "looks like: %s " : " %s (", l->want);
	l->named += (l->generic || strstr(line, "same symptom as")) && strstr(line, want);
	l->looks_like += !l->generic && strstr(line, "looks like:") != NULL;
}

START_TEST(every_symptom_named_on_x86_64)
{
	for (unsigned i = 0; i < NFAULTS; i++) {
		struct symptom_lines l = { .want = faults[i].id };

		for (unsigned b = 0; b < pr_nknown_bugs; b++)
			if (strcmp(pr_known_bugs[b].id, faults[i].id) == 0)
				l.generic = strcmp(pr_known_bugs[b].personalities[0], "*") == 0;
		fault_now = &faults[i];
		fault_near = false;
		judge_synth(pr_personality_find("x86_64"), "syscall", faults[i].group, NULL, make_fault, &l.run,
			    symptom_each, &l);
		ck_assert_msg(l.failed > 0, "%s: the corruption failed nothing", faults[i].id);
		ck_assert_msg(l.named > 0, "%s: no failure names it: %s", faults[i].id, l.first);
		ck_assert_msg(l.looks_like == 0, "%s: a failure says looks like on x86_64: %s", faults[i].id, l.first);
	}
	assert_every_bug_has_a_fault();
}
END_TEST

struct near_miss {
	const char *id;
	unsigned failed, matched;
	const struct pr_run *run;
	char first[PR_NAME_MAX];
};

static void near_each(void *ctx, const struct pr_result *r)
{
	struct near_miss *m = ctx;

	if (r->verdict != PR_FAIL)
		return;
	m->failed++;
	for (unsigned b = 0; b < pr_nknown_bugs; b++)
		if (strcmp(pr_known_bugs[b].id, m->id) == 0 &&
		    pr_known_bugs[b].matches(m->run->pers, m->run->group, m->run, r) && !m->matched++)
			snprintf(m->first, sizeof(m->first), "%s", r->name);
}

START_TEST(near_misses_match_nothing)
{
	for (unsigned i = 0; i < NFAULTS; i++) {
		struct near_miss m = { .id = faults[i].id };

		fault_now = &faults[i];
		fault_near = true;
		judge_synth(pr_personality_find("x86_64"), "syscall", faults[i].group, NULL, make_fault, &m.run,
			    near_each, &m);
		ck_assert_msg(m.failed > 0, "%s: the near miss failed nothing", faults[i].id);
		ck_assert_msg(m.matched == 0, "%s: its rule took a near miss for its symptom (%s)", faults[i].id,
			      m.first);
	}
	assert_every_bug_has_a_fault();
}
END_TEST

/* A bug's symptom is named on personalities other than its own: the GET
 * after an exit-stop SET that did not run (the powerpc TIF bug) on every
 * personality that has the group, and a 32-bit personality's register
 * arguments sign-extended with its stack arguments wrong (mips o32's). */
static void sign_extended_regs(struct pr_info *i, struct pr_stop *s)
{
	(void)s;
	for (unsigned k = 0; k < 4; k++)
		i->args[k] = (uint64_t)(int64_t)(int32_t)(uint32_t)i->args[k];
}
static void o32_shape(struct pr_info *i, struct pr_stop *s)
{
	sign_extended_regs(i, s);
	i->args[4] = i->args[5] = 0;
}
static void b_o32(struct pr_run *r) { edit_info(r, stop_of(r, "close", PR_STOP_ENTRY, false), o32_shape); }
static void b_sext(struct pr_run *r) { edit_info(r, stop_of(r, "close", PR_STOP_ENTRY, false), sign_extended_regs); }
/* /proc/PID/syscall's line in that shape, where GET says op NONE (no-sysgood). */
static void b_proc_o32(struct pr_run *r)
{
	struct pr_proc_syscall *ps = pr_proc_syscall_make(stop_of(r, "close", PR_STOP_ENTRY, false));
	struct pr_proc_view v;
	struct pr_info i;

	pr_proc_syscall_parse(ps->line, &v);
	memcpy(i.args, v.args, sizeof(i.args));
	o32_shape(&i, NULL);
	memcpy(v.args, i.args, sizeof(v.args));
	pr_proc_syscall_format(&v, ps->line, sizeof(ps->line));
}

START_TEST(symptoms_named_on_every_personality)
{
	static const struct {
		const char *pers, *path, *id, *group;
		void (*bend)(struct pr_run *);
	} cases[] = {
		{ "aarch64", "svc", "found-here:ppc-tif-syscall-ret", "set-info", b_ppctif },
		{ "riscv64", "ecall", "found-here:ppc-tif-syscall-ret", "set-info", b_ppctif },
		{ "s390x", "svc", "found-here:ppc-tif-syscall-ret", "set-info", b_ppctif },
		{ "i386", "int80", "found-here:ppc-tif-syscall-ret", "set-info", b_ppctif },
		{ "aarch64", "svc", "posted:ppc-sc-set-error-sign", "set-info", b_ppcsign },
		{ "arm", "arm", "733a90561ad0", "entry", b_o32 },
		{ "i386", "int80", "733a90561ad0", "entry", b_o32 },
		{ "s390-31", "svc", "733a90561ad0", "entry", b_o32 },
		{ "arm", "arm", "733a90561ad0", "entry", b_sext }, /* the registers alone */
		{ "i386", "int80", "733a90561ad0", "entry", b_sext },
		{ "arm", "arm", "733a90561ad0", "no-sysgood", b_proc_o32 }, /* /proc/PID/syscall's */
	};

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct symptom_lines l = { .want = cases[i].id };

		judge_synth(pr_personality_find(cases[i].pers), cases[i].path, cases[i].group, NULL, cases[i].bend,
			    &l.run, symptom_each, &l);
		ck_assert_msg(l.failed > 0, "%s %s: the corruption failed nothing", cases[i].pers, cases[i].id);
		ck_assert_msg(l.named > 0, "%s %s: no failure names it: %s", cases[i].pers, cases[i].id, l.first);
	}
}
END_TEST

Suite *diagnose_suite(void)
{
	const TTest *const tests[] = {
		seed_bugs_diagnosed, unknown_failure_matches_nothing, rules_stay_on_their_arch,
		every_symptom_named_on_x86_64, near_misses_match_nothing, symptoms_named_on_every_personality,
		riscv_skip_returning_arg0_diagnosed, riscv_a0_enosys_at_entry_is_correct, NULL
	};

	return pr_suite("diagnose", "rules", NULL, tests);
}
