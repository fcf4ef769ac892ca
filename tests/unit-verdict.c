/* The verdict rule: kernel versions read from what kernels say of
 * themselves, where-fixed strings, and the XFAIL / XPASS / regression /
 * --strict decisions they make of a judged result. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "diagnose.h"
#include "group-plan.h"
#include "kversion.h"
#include "report.h"
#include "unit-replay.h"
#include "verdict.h"
#include "payloads/change.h"

/* Release strings (with uname -v and the version signature where they
 * matter) and the version each gives. */
START_TEST(versions_parsed)
{
	static const struct {
		const char *release, *uts, *sig, *want;
	} cases[] = {
		{ "6.18.44-fc-v1272", "#1 SMP PREEMPT_DYNAMIC @0", NULL, "6.18.44" },  /* kernel.org-style */
		{ "6.18.44-fc-v769", NULL, NULL, "6.18.44" },
		{ "7.2.13+deb14-powerpc64le", NULL, NULL, "7.2.13" },              /* Debian 13+: it shows */
		{ "6.12.107+deb13-riscv64", NULL, NULL, "6.12.107" },
		{ "6.1.0-50-amd64", NULL, NULL, "6.1.y (sublevel unknown)" },         /* Debian 12: hidden */
		{ "6.1.0-50-5kc-malta", NULL, NULL, "6.1.y (sublevel unknown)" },
		{ "6.1.0-50-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-07-02)", NULL, "6.1.176" },
		{ "6.1.0-57-arm64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)", NULL, "6.1.192" },
		{ "7.3.0-rc7-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 7.3~rc7-1~exp1 (2026-11-20)", NULL, "7.3-rc7" },
		{ "6.8.0-49-generic", "#49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC Wed Nov  6 17:42:15 UTC 2",
		  "Ubuntu 6.8.0-49.49~22.04.1-generic 6.8.12", "6.8.12" },             /* Ubuntu-style */
		{ "6.8.0-49-generic", "#49~22.04.1-Ubuntu SMP", NULL, "6.8.y (sublevel unknown)" },
		{ "6.15.0-rc3", NULL, NULL, "6.15-rc3" },                                /* -rc */
		{ "6.15.0-rc3+", NULL, NULL, "6.15-rc3+" },                              /* + */
		{ "6.14.0+", NULL, NULL, "6.14.0+" },
		{ "6.14.0-rc3-00012-gabcdef123456", NULL, NULL, "6.14-rc3+" },         /* LOCALVERSION_AUTO */
		{ "6.14.0-00012-gabcdef123456", NULL, NULL, "6.14.0+" },
		{ "6.14.2-custom", NULL, NULL, "6.14.2" },
		{ "5.10", NULL, NULL, "5.10.0" },
		{ "garbage", NULL, NULL, "unknown" },
		{ "", NULL, NULL, "unknown" },
	};

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct pr_kversion v;
		char got[64];

		pr_kversion_of(cases[i].release, cases[i].uts, cases[i].sig, &v);
		pr_kversion_format(&v, got, sizeof(got));
		ck_assert_msg(strcmp(got, cases[i].want) == 0, "%s / %s / %s: expected %s, seen %s (from %s)",
			      cases[i].release, cases[i].uts ? cases[i].uts : "-", cases[i].sig ? cases[i].sig : "-",
			      cases[i].want, got, v.from);
		ck_assert_msg(strlen(v.from) > 0, "%s: no source said", cases[i].release);
	}
}
END_TEST

/* Which versions have a fix, by the where-fixed string. */
START_TEST(fix_states)
{
	static const char *const fixed = "6.14; 6.13.y: 6.13.3; 6.12.y: 6.12.21; 6.1.y: none";
	static const struct {
		const char *release, *fixed, *introduced;
		enum pr_fix_state want;
	} cases[] = {
		{ "6.18.44-fc-v1272", fixed, NULL, PR_FIX_PRESENT },     /* a later release */
		{ "6.14.0", fixed, NULL, PR_FIX_PRESENT },                /* the release itself */
		{ "6.14.9", fixed, NULL, PR_FIX_PRESENT },
		{ "6.14.0-rc3", fixed, NULL, PR_FIX_UNKNOWN },            /* which rc is not said */
		{ "6.14.0-rc3", "6.14-rc4", NULL, PR_FIX_ABSENT },
		{ "6.14.0-rc3+", "6.14-rc4", NULL, PR_FIX_UNKNOWN },      /* past rc3: maybe rc4's */
		{ "6.14.0-rc4", "6.14-rc4", NULL, PR_FIX_PRESENT },
		{ "6.15.0-rc1", fixed, NULL, PR_FIX_PRESENT },
		{ "6.13.3", fixed, NULL, PR_FIX_PRESENT },                /* a stable backport */
		{ "6.13.2", fixed, NULL, PR_FIX_ABSENT },
		{ "6.13.2+", fixed, NULL, PR_FIX_UNKNOWN },               /* on its way to 6.13.3 */
		{ "6.13.0+", fixed, NULL, PR_FIX_UNKNOWN },               /* the merge window of 6.14 */
		{ "6.12.20", fixed, NULL, PR_FIX_ABSENT },
		{ "6.12.21", fixed, NULL, PR_FIX_PRESENT },
		{ "6.1.192", fixed, NULL, PR_FIX_ABSENT },                /* "none" */
		{ "6.1.0-50-amd64", fixed, NULL, PR_FIX_ABSENT },         /* a none line needs no sublevel */
		{ "6.12.0-50-amd64", fixed, NULL, PR_FIX_UNKNOWN },       /* a backport line does */
		{ "6.6.80", fixed, NULL, PR_FIX_UNKNOWN },                /* a line the string does not list */
		{ "garbage", fixed, NULL, PR_FIX_UNKNOWN },
		{ "7.3.4+deb13-arm64", "unfixed", NULL, PR_FIX_ABSENT },
		{ "6.1.176", "unfixed", "6.16; 6.1.y: none", PR_FIX_BEFORE_BUG }, /* predates the bug */
		{ "6.16.0", "unfixed", "6.16", PR_FIX_ABSENT },
		{ "6.18.1", "6.14", "6.16", PR_FIX_PRESENT },
		{ "6.18.1", "FIXME", NULL, PR_FIX_UNKNOWN },              /* malformed: never a verdict */
		/* Brought into a stable line by a backport (7.2.6), and into mainline. */
		{ "7.2.13", "unfixed", "7.3; 7.2.y: 7.2.6; 6.1.y: none", PR_FIX_ABSENT },
		{ "7.2.5", "unfixed", "7.3; 7.2.y: 7.2.6; 6.1.y: none", PR_FIX_BEFORE_BUG },
		{ "6.1.192", "unfixed", "7.3; 7.2.y: 7.2.6; 6.1.y: none", PR_FIX_BEFORE_BUG },
		{ "7.3.4", "unfixed", "7.3; 7.2.y: 7.2.6; 6.1.y: none", PR_FIX_ABSENT },
	};

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct pr_kversion v;
		char why[300];
		enum pr_fix_state got;

		pr_kversion_of(cases[i].release, NULL, NULL, &v);
		got = pr_bug_state(&v, cases[i].fixed, cases[i].introduced, why, sizeof(why));
		ck_assert_msg(got == cases[i].want, "%s against '%s': expected %d, seen %d (%s)", cases[i].release,
			      cases[i].fixed, cases[i].want, got, why);
		ck_assert_msg(*why, "%s: no reason given", cases[i].release);
	}
}
END_TEST

/* Every record of the catalogue is whole: an id, a title, a where-fixed
 * string that parses, a rule; every check glob it breaks names checks of
 * the group it names on one of its personalities. */
static void count_name(void *ctx, const char *name)
{
	const void **c = ctx;
	const struct pr_known_bug *b = c[0];
	const struct pr_group *g = c[1];

	if (pr_bug_breaks(b, g->name, name))
		(*(unsigned *)c[2])++;
}

START_TEST(catalogue_records_whole)
{
	unsigned findings = 0;

	for (unsigned i = 0; i < pr_nknown_bugs; i++)
		findings += pr_known_bugs[i].finding != NULL;
	ck_assert_msg(findings <= PR_FINDINGS_MAX, "%u findings, the runner lists %u", findings, PR_FINDINGS_MAX);
	ck_assert_uint_eq(pr_findings_selected(NULL, NULL), findings);
	for (unsigned i = 0; i < pr_nknown_bugs; i++) {
		const struct pr_known_bug *b = &pr_known_bugs[i];
		char why[300];

		ck_assert_msg(b->id && *b->id && b->title && *b->title && b->matches, "record %u", i);
		ck_assert_msg(pr_fix_string_valid(b->fixed, why, sizeof(why)), "%s: %s", b->id, why);
		ck_assert_msg(!b->introduced_in || pr_fix_string_valid(b->introduced_in, why, sizeof(why)), "%s: %s",
			      b->id, why);
		ck_assert_msg(b->evidence && *b->evidence, "%s: no evidence for where it is fixed", b->id);
		for (unsigned k = 0; k < sizeof(b->breaks) / sizeof(b->breaks[0]) && b->breaks[k]; k++) {
			unsigned matched = 0;

			for (unsigned pi = 0; pr_personalities[pi]; pi++) {
				if (!pr_bug_applies(b, pr_personalities[pi], NULL))
					continue;
				for (unsigned g = 0; g < pr_ngroups; g++) {
					const struct pr_known_bug *one = &(struct pr_known_bug){ .breaks = { b->breaks[k] } };
					const void *ctx[3] = { one, &pr_groups[g], &matched };

					pr_judge_names(pr_personalities[pi], &pr_groups[g], count_name, ctx);
				}
			}
			ck_assert_msg(matched > 0, "%s: '%s' names no check of its personalities", b->id, b->breaks[k]);
		}
	}
}
END_TEST

/* The verdicts of one failed (or passed) result of a synthesised run,
 * judged as on a kernel with the given release and uname -v. */
struct verdicts {
	const char *release, *uts;
	bool strict;
	const char *check;            /* the result to look at */
	struct pr_final final;
	bool seen;
};

static void final_of(void *ctx, const struct pr_result *r);

static const struct pr_run *verdict_run;

static void final_of(void *ctx, const struct pr_result *r)
{
	struct verdicts *v = ctx;
	struct pr_run run = *verdict_run;

	if (strcmp(r->name, v->check) != 0)
		return;
	snprintf(run.release, sizeof(run.release), "%s", v->release);
	snprintf(run.uts_version, sizeof(run.uts_version), "%s", v->uts ? v->uts : "");
	pr_final_verdict(run.pers, run.group, &run, r, v->strict, &v->final);
	v->seen = true;
}

/* arm64's orig_x0 symptom at the set-regs seccomp stop (88b839ce497c). */
static void orig_x0_kept(struct pr_run *r)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(r->group, plan);

	for (unsigned i = 0; i < n; i++) {
		struct pr_stop *s = &r->stops[i];
		struct pr_info before, after;
		struct pr_change *ch;

		if (plan[i].kind != PR_STOP_SECCOMP || !pr_change_of(s)->tampered || pr_change_of(s)->after_ret <= 0)
			continue;
		ch = pr_change_make(s);
		pr_info_decode(s->info, (size_t)s->info_ret, false, &before);
		pr_info_decode(ch->after, (size_t)ch->after_ret, false, &after);
		after.args[0] = before.args[0];
		ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
	}
}

/* Kernels, as uname -r and uname -v give them (Debian 12's arm64 images). */
struct kernel {
	const char *release, *uts;
};
static const struct kernel deb_6_1_176[1] = { { "6.1.0-50-arm64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-07-02)" } };
static const struct kernel deb_6_1_192[1] = { { "6.1.0-57-arm64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)" } };
static const struct kernel own_6_1_176[1] = { { "6.1.176-my-own-build", "#3 SMP PREEMPT" } };

static struct verdicts verdict_of(const struct kernel *k, bool strict, bool bug, const char *check)
{
	struct verdicts v = { .release = k->release, .uts = k->uts, .strict = strict, .check = check };

	judge_synth(pr_personality_find("aarch64"), "svc", "set-regs", NULL, bug ? orig_x0_kept : NULL,
		    &verdict_run, final_of, &v);
	ck_assert_msg(v.seen, "no result %s", check);
	return v;
}

START_TEST(xfail_on_a_kernel_without_the_fix)
{
	struct verdicts v = verdict_of(deb_6_1_176, false, true,
				       "seccomp.readback");

	ck_assert_int_eq(v.final.verdict, PR_XFAIL);
	ck_assert_msg(strncmp(v.final.reason, "88b839ce497c ", 13) == 0, "%s", v.final.reason);
	ck_assert_msg(strstr(v.final.lines, "looks like: 88b839ce497c"), "%s", v.final.lines);
	ck_assert_msg(strstr(v.final.lines, "6.1.176 lacks it"), "%s", v.final.lines);
}
END_TEST

START_TEST(regression_on_a_kernel_with_the_fix)
{
	struct verdicts v = verdict_of(deb_6_1_192, false, true,
				       "seccomp.readback");

	ck_assert_int_eq(v.final.verdict, PR_FAIL);
	ck_assert_msg(strstr(v.final.lines, "regression: 88b839ce497c (fixed in "), "%s", v.final.lines);
	ck_assert_msg(strstr(v.final.lines, ") is back"), "%s", v.final.lines);
}
END_TEST

/* A kernel whose release string the project has never seen gets the
 * verdict of Debian's kernel of the same version. */
START_TEST(unseen_release_same_verdict)
{
	struct verdicts deb = verdict_of(deb_6_1_176, false, true,
					 "seccomp.readback");
	struct verdicts own = verdict_of(own_6_1_176, false, true, "seccomp.readback");

	ck_assert_int_eq(own.final.verdict, deb.final.verdict);
	ck_assert_str_eq(own.final.reason, deb.final.reason);
}
END_TEST

START_TEST(strict_fails_a_known_bug)
{
	struct verdicts v = verdict_of(deb_6_1_176, true, true,
				       "seccomp.readback");

	ck_assert_int_eq(v.final.verdict, PR_FAIL);
	ck_assert_msg(strstr(v.final.lines, "looks like: 88b839ce497c"), "%s", v.final.lines);
	ck_assert_msg(strstr(v.final.lines, "--strict"), "%s", v.final.lines);
}
END_TEST

/* The check passes on a kernel whose version lacks the fix: a note, the
 * verdict a pass. */
START_TEST(xpass_noted)
{
	struct verdicts v = verdict_of(deb_6_1_176, false, false,
				       "seccomp.readback");
	struct verdicts fixed = verdict_of(deb_6_1_192, false, false,
					   "seccomp.readback");
	struct verdicts other = verdict_of(deb_6_1_176, false, false,
					   "seccomp.set");

	ck_assert_int_eq(v.final.verdict, PR_PASS);
	ck_assert(v.final.xpass);
	ck_assert_msg(strncmp(v.final.lines, "XPASS 88b839ce497c ", 19) == 0, "%s", v.final.lines);
	ck_assert_int_eq(fixed.final.verdict, PR_PASS);
	ck_assert_msg(!fixed.final.xpass && !*fixed.final.lines, "%s", fixed.final.lines);
	ck_assert_msg(!other.final.xpass, "a check the bug does not break: %s", other.final.lines);
}
END_TEST

/* A failure no rule names stays a failure whatever the kernel. */
START_TEST(unknown_failure_fails)
{
	struct verdicts v = verdict_of(deb_6_1_176, false, true,
				       "seccomp.observed");

	ck_assert_msg(v.final.verdict == PR_PASS || v.final.verdict == PR_FAIL, "%d", v.final.verdict);
	if (v.final.verdict == PR_FAIL)
		ck_assert_msg(strstr(v.final.lines, "matches no known bug"), "%s", v.final.lines);
}
END_TEST

/* A finding's reproducer: its exit status and line, on a runner of some
 * personality and a kernel of some version. */
static struct pr_final repro_verdict(const char *pers, const char *uts, int status, const char *said,
				     bool strict)
{
	struct pr_run run = { .pers = pr_personality_find(pers) };
	struct pr_final f;

	snprintf(run.release, sizeof(run.release), "some-release");
	snprintf(run.uts_version, sizeof(run.uts_version), "%s", uts);
	pr_final_repro(pr_finding_bug("ppc-tif-syscall-ret"), &run, status, said, strict, &f);
	return f;
}

START_TEST(reproducer_verdicts)
{
	static const char *const deb7213 = "#1 SMP Debian 7.2.13-1 (2026-11-01)";
	static const char *const deb61 = "#1 SMP Debian 6.1.192-3 (2026-11-26)";
	struct pr_final f;

	ck_assert_ptr_nonnull(pr_finding_bug("ppc-tif-syscall-ret"));
	f = repro_verdict("ppc64le", deb7213, 1 << 8, "BUG: getppid() returned 0", false);
	ck_assert_int_eq(f.verdict, PR_XFAIL);
	ck_assert_msg(strstr(f.lines, "BUG: getppid() returned 0") && strstr(f.lines, "looks like: found-here:"),
		      "%s", f.lines);
	f = repro_verdict("ppc64le", deb7213, 1 << 8, "BUG: getppid() returned 0", true);
	ck_assert_int_eq(f.verdict, PR_FAIL);
	f = repro_verdict("ppc64le", deb61, 1 << 8, "BUG: getppid() returned 0", false);
	ck_assert_int_eq(f.verdict, PR_FAIL); /* 6.1 predates the line that brings it */
	ck_assert_msg(strstr(f.lines, "predates the bug"), "%s", f.lines);
	f = repro_verdict("x86_64", "#1 SMP PREEMPT_DYNAMIC @0", 1 << 8, "BUG: getppid() returned 0", false);
	ck_assert_int_eq(f.verdict, PR_FAIL); /* another arch's bug: the same symptom */
	ck_assert_msg(strstr(f.lines, "same symptom as found-here:ppc-tif-syscall-ret"), "%s", f.lines);
	f = repro_verdict("ppc64le", deb7213, 0, "OK: getppid() ran", false);
	ck_assert_int_eq(f.verdict, PR_PASS);
	ck_assert_msg(f.xpass && strstr(f.lines, "XPASS found-here:ppc-tif-syscall-ret"), "%s", f.lines);
	f = repro_verdict("x86_64", deb7213, 0, "OK: getppid() ran", false);
	ck_assert_msg(f.verdict == PR_PASS && !f.xpass, "%s", f.lines);
	f = repro_verdict("ppc64le", deb61, 4 << 8, "SKIP: no PTRACE_SET_SYSCALL_INFO (EIO)", false);
	ck_assert_int_eq(f.verdict, PR_SKIP);
	ck_assert_str_eq(f.reason, "no PTRACE_SET_SYSCALL_INFO (EIO)");
	f = repro_verdict("ppc64le", deb7213, SIGKILL, "made no result within 10 seconds", false);
	ck_assert_int_eq(f.verdict, PR_FAIL);
	ck_assert_msg(strstr(f.lines, "killed by signal 9") && strstr(f.lines, "matches no known bug"), "%s",
		      f.lines);
}
END_TEST

Suite *verdict_suite(void)
{
	const TTest *const tests[] = {
		versions_parsed, fix_states, catalogue_records_whole, xfail_on_a_kernel_without_the_fix,
		regression_on_a_kernel_with_the_fix, unseen_release_same_verdict, strict_fails_a_known_bug,
		xpass_noted, unknown_failure_fails, reproducer_verdicts, NULL
	};

	return pr_suite("verdict", "versions", NULL, tests);
}
