/* The known-bug rules: each seed bug's failures map to its entry, and a
 * failure of another shape maps to none. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diagnose.h"
#include "unit-replay.h"

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
	if (b && d->want && strcmp(b->commit, d->want) == 0)
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
static void garbage_arg(struct pr_info *i, struct pr_stop *s) { (void)s; i->args[0] |= PR_WIDE_GARBAGE; }
static void i386_restart_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 0; }
static void stale_upper(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval |= INT64_C(0xdead) << 32; }
static void getpid_nr(struct pr_info *i, struct pr_stop *s) { (void)s; i->nr = 39; }
static void nr_as_result(struct pr_info *i, struct pr_stop *s) { (void)s; i->rval = 0xfff0; i->is_error = 0; }
static void fifth_arg(struct pr_info *i, struct pr_stop *s) { (void)s; i->args[4] = 0; }

static void b_0ceb(struct pr_run *r) { edit_info(r, stop_of(r, "close", PR_STOP_ENTRY, false), shift_args); }
static void b_61bf(struct pr_run *r) { edit_info(r, stop_of(r, "EBADF", PR_STOP_EXIT, false), negate_rval); }
static void b_7ad1(struct pr_run *r) { edit_info(r, stop_of(r, "close", PR_STOP_ENTRY, false), other_sp); }
static void b_b358(struct pr_run *r) { edit_info(r, stop_of(r, "EBADF", PR_STOP_EXIT, false), zero_extend_error); }
static void b_85cc(struct pr_run *r) { edit_info(r, stop_of(r, "dup", PR_STOP_ENTRY, false), tracers_nr); }
static void b_d725(struct pr_run *r) { edit_info(r, stop_of(r, "EBADF", PR_STOP_EXIT, false), unflag_error); }
static void b_6111(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "skipped", PR_STOP_EXIT, false);
	struct pr_info i;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &i);
	i.rval = (int64_t)(r->pers->scratch_addr + PR_SCRATCH_BUF); /* getcwd's first argument */
	i.is_error = 0;
	s->info_ret = (int64_t)pr_info_encode(&i, false, s->info);
}
static void b_e057(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "seccomp", PR_STOP_SECCOMP, false);
	struct pr_info before, after;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &before);
	pr_info_decode(s->after, (size_t)s->after_ret, false, &after);
	after.args[0] = before.args[0];
	s->after_ret = (int64_t)pr_info_encode(&after, false, s->after);
}
static void b_ppcsign(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "success-to-error-report", PR_STOP_ENTRY, false);
	struct pr_info i;

	pr_info_decode(s->info, (size_t)s->info_ret, false, &i);
	i.args[0] = EPERM;
	s->info_ret = (int64_t)pr_info_encode(&i, false, s->info);
	s->seen_result = EPERM;
}
static void b_ppctif(struct pr_run *r) { stop_of(r, "success-to-error", PR_STOP_EXIT, false)->after_ret = 0; }
static void b_x86up(struct pr_run *r) { edit_info(r, stop_of(r, "lseek", PR_STOP_ENTRY, false), garbage_arg); }
static void b_0032(struct pr_run *r) { r->stops[2].info[3] = 0x5a; }
static void b_8c15(struct pr_run *r)
{
	edit_info(r, stop_of(r, "nanosleep-regs-restored", PR_STOP_ENTRY, true), i386_restart_nr);
}
static void b_1595(struct pr_run *r) { edit_info(r, stop_of(r, "getpid", PR_STOP_EXIT, false), stale_upper); }
static void b_0033(struct pr_run *r) { edit_info(r, stop_of(r, "unknown-nr", PR_STOP_ENTRY, false), getpid_nr); }
static void b_cd29(struct pr_run *r) { edit_info(r, stop_of(r, "ENOSYS", PR_STOP_EXIT, false), nr_as_result); }
static void b_873e(struct pr_run *r)
{
	struct pr_stop *s = stop_of(r, "nr", PR_STOP_ENTRY, false);

	memcpy(s->after, s->info, sizeof(s->after));
	s->after_ret = s->info_ret;
}
static void b_733a(struct pr_run *r) { edit_info(r, stop_of(r, "close", PR_STOP_ENTRY, false), fifth_arg); }

struct symptom_case {
	const char *commit, *group;
	void (*bend)(struct pr_run *);
};

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
		snprintf(l->first, sizeof(l->first), "%s: %s", r->name, line);
	snprintf(want, sizeof(want), l->generic ? "looks like: %s " : " %s (", l->want);
	l->named += (l->generic || strstr(line, "same symptom as")) && strstr(line, want);
	l->looks_like += !l->generic && strstr(line, "looks like:") != NULL;
}

START_TEST(every_symptom_named_on_x86_64)
{
	static const struct symptom_case cases[] = {
		{ "0ceb1ace4a27", "entry", b_0ceb }, { "61bf318eac2c", "errno", b_61bf },
		{ "7ad1e366167837da", "entry", b_7ad1 }, { "b3583fca5fb6", "errno", b_b358 },
		{ "e30e8d46cf60", "errno", b_b358 }, { "85cc91e2ba42", "entry", b_85cc },
		{ "d72500f99284", "errno", b_d725 }, { "61119394631f", "seccomp", b_6111 },
		{ "e057b9477", "set-regs", b_e057 }, { "posted:ppc-sc-set-error-sign", "set-info", b_ppcsign },
		{ "found-here:ppc-tif-syscall-ret", "set-info", b_ppctif },
		{ "found-here:x86-compat-args-upper", "wide-args", b_x86up }, { "0032ce0f85a2", "stops", b_0032 },
		{ "8c150ba2fb59", "restart", b_8c15 }, { "15956689a0e6", "exit", b_1595 },
		{ "00332c16b160", "entry", b_0033 }, { "cd29fa798001", "errno", b_cd29 },
		{ "873e5a763d60", "set-info", b_873e }, { "733a90561ad0", "entry", b_733a },
	};
	unsigned covered = 0;

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct symptom_lines l = { .want = cases[i].commit };

		for (unsigned b = 0; b < pr_nknown_bugs; b++)
			if (strcmp(pr_known_bugs[b].commit, cases[i].commit) == 0)
				l.generic = strcmp(pr_known_bugs[b].personalities[0], "*") == 0;

		judge_synth(pr_personality_find("x86_64"), "syscall", cases[i].group, NULL, cases[i].bend, &l.run,
			    symptom_each, &l);
		ck_assert_msg(l.failed > 0, "%s: the corruption failed nothing", cases[i].commit);
		ck_assert_msg(l.named > 0, "%s: no failure names it: %s", cases[i].commit, l.first);
		ck_assert_msg(l.looks_like == 0, "%s: a failure says looks like on x86_64: %s", cases[i].commit, l.first);
	}
	/* Every entry of the catalogue has its case. */
	for (unsigned b = 0; b < pr_nknown_bugs; b++)
		for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			if (strcmp(cases[i].commit, pr_known_bugs[b].commit) == 0) {
				covered++;
				break;
			}
	ck_assert_uint_eq(covered, pr_nknown_bugs);
}
END_TEST

Suite *diagnose_suite(void)
{
	const TTest *const tests[] = {
		seed_bugs_diagnosed, unknown_failure_matches_nothing, rules_stay_on_their_arch,
		every_symptom_named_on_x86_64,
		riscv_skip_returning_arg0_diagnosed, riscv_a0_enosys_at_entry_is_correct, NULL
	};

	return pr_suite("diagnose", "rules", NULL, tests);
}
