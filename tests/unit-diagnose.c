/* The known-bug rules: each seed bug's failures map to its entry, and a
 * failure of another shape maps to none. */
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
 * ia64's bug. */
START_TEST(rules_stay_on_their_arch)
{
	struct diagnosed d = run_rules("x86_64", "syscall", "errno", "61bf318eac2c", NULL);

	ck_assert_uint_gt(d.failed, 0);
	ck_assert_uint_eq(d.matched, 0);
	ck_assert_uint_eq(d.unmatched, d.failed);
}
END_TEST

Suite *diagnose_suite(void)
{
	const TTest *const tests[] = {
		seed_bugs_diagnosed, unknown_failure_matches_nothing, rules_stay_on_their_arch,
		riscv_skip_returning_arg0_diagnosed, riscv_a0_enosys_at_entry_is_correct, NULL
	};

	return pr_suite("diagnose", "rules", NULL, tests);
}
