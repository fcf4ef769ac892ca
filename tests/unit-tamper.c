/* The tamper checks FAIL when a change does not take, SKIP without the request. */
#include <errno.h>
#include <string.h>

#include "plan-run.h"
#include "suites.h"
#include "synth.h"
#include "payloads/change.h"
#include "payloads/refused.h"
#include "payloads/seen.h"

START_TEST(correct_runs_pass)
{
	fab_expect_all_pass(15);
	fab_use("x86_64", "set-regs");
	fab_expect_all_pass(15);
}
END_TEST

/* A SET that returns 0 and does nothing: the info reads back unchanged and
 * the tracee sees the untouched result. */
START_TEST(set_silently_does_nothing)
{
	struct pr_stop *s = fab_stop_of("args", PR_STOP_ENTRY);
	struct pr_stop *report = fab_stop_of("args-report", PR_STOP_ENTRY);
	struct pr_change *ch = pr_change_make(s);

	memcpy(ch->after, s->info, sizeof(ch->after));
	ch->after_ret = s->info_ret;
	pr_seen_make(report)->seen_result = 0; /* what the tracee stored: the unchanged call's */
	fab_expect("args.set", PR_PASS, "");
	fab_expect("args.readback", PR_FAIL, "args[1] read back: expected 0x00005a5a5a5a5a5a, seen 0x0000000000000000");
	fab_expect("args.observed", PR_FAIL, "as the tracee stored it: expected 0x00005a5a5a5a5a5a, seen 0x0000000000000000");
}
END_TEST

START_TEST(rval_change_lost)
{
	pr_seen_make(fab_stop_of("success-to-error-report", PR_STOP_ENTRY))->seen_result = (uint64_t)fab.run.pid;
	fab_expect("success-to-error.observed", PR_FAIL, "expected 0xffffffffffffffff");
}
END_TEST

START_TEST(set_refused)
{
	pr_change_make(fab_stop_of("nr", PR_STOP_ENTRY))->tamper_ret = -EINVAL;
	fab_expect("nr.set", PR_FAIL, "PTRACE_SET_SYSCALL_INFO: expected 0, seen error 22");
}
END_TEST

START_TEST(skip_reads_back_old_nr)
{
	struct pr_stop *s = fab_stop_of("skip", PR_STOP_ENTRY);

	memcpy(pr_change_make(s)->after, s->info, PR_INFO_BUF);
	fab_expect("skip.readback", PR_FAIL, "nr read back (skipped: -1): expected 0xffffffffffffffff");
}
END_TEST

START_TEST(no_set_info_skips_all)
{
	fab.run.set_probe_ret = -EIO;
	fab_judge(fab.p, fab.g, &fab.run, &fab.res);
	for (unsigned i = 0; i < fab.res.n; i++)
		if (fab.res.r[i].verdict != PR_PASS)
			ck_assert_int_eq(fab.res.r[i].verdict, PR_SKIP);
	ck_assert_uint_eq(fab_count(&fab.res, PR_SKIP), 18); /* set, readback, observed of six changes */
	fab_expect("seccomp.observed", PR_SKIP, "lacks PTRACE_SET_SYSCALL_INFO (Linux 6.16+)");
}
END_TEST

/* SETREGSET has no probe: EIO there is a failure, not a reason to skip. */
START_TEST(regset_eio_fails)
{
	fab_use("x86_64", "set-regs");
	fab.run.set_probe_ret = -EIO;
	pr_change_make(fab_stop_of("nr", PR_STOP_ENTRY))->tamper_ret = -EIO;
	fab_expect("nr.set", PR_FAIL, "PTRACE_SETREGSET NT_PRSTATUS: expected 0, seen error 5");
}
END_TEST

/* The surface: a kernel that drops an argument (the destination count),
 * takes a SET it must refuse, or misjudges is_error's boundary fails the
 * check that names it. */
START_TEST(dropped_argument_fails_six_args)
{
	struct pr_stop *report;

	fab_use("x86_64", "set-info-surface");
	report = fab_stop_of("six-args-report", PR_STOP_ENTRY);
	pr_seen_make(report)->seen_result = 3;             /* riovcnt 2: "a", "bc" */
	memset(pr_seen_make(report)->seen_dest + 8, 0, 3); /* no "def" */
	fab_expect("six-args.observed", PR_FAIL, "as the tracee stored it: expected 0x0000000000000006, seen 0x0000000000000003");
	fab_expect("six-args.observed", PR_FAIL, "destination 0: expected");
}
END_TEST

/* Issue 29: a SET that takes effect but does not return 0 (tracers test
 * for 0, the kernel's own selftest with ASSERT_EQ(0, ...)), and a GET that
 * does not return its op's size, fail naming the request, stop and value. */
START_TEST(set_returning_one_fails)
{
	pr_change_make(fab_stop_of("nr", PR_STOP_ENTRY))->tamper_ret = 1;
	fab_expect("nr.set", PR_FAIL, "PTRACE_SET_SYSCALL_INFO: expected 0, seen it return 1");
}
END_TEST

START_TEST(accepted_set_returning_one_fails)
{
	fab_use("x86_64", "set-refusals");
	pr_refused_make(fab_stop_of("getppid", PR_STOP_ENTRY))->refusal_ret[1] = 1; /* size-89: taken at an entry stop */
	fab_expect("refuse.size-89", PR_FAIL, "SET size-89: expected 0, seen it return 1 (a success is 0)");
}
END_TEST

START_TEST(get_size_wrong_fails)
{
	struct pr_stop *s = fab_stop_of("nr", PR_STOP_ENTRY);

	s->info_ret = 81;
	fab_expect("get-size", PR_FAIL, "(entry of getppid): GET returned 81, op ENTRY's size is 80");
	pr_change_make(s)->after_ret = 88;
	fab_expect("get-size", PR_FAIL, "after the change, GET returned 88, op ENTRY's size is 80");
}
END_TEST

START_TEST(accepted_refusal_fails)
{
	fab_use("x86_64", "set-refusals");
	pr_refused_make(fab_stop_of("getppid", PR_STOP_ENTRY))->refusal_ret[3] = 0; /* flags = 1 taken */
	fab_expect("refuse.flags", PR_FAIL, "SET flags: expected Invalid argument, seen success");
}
END_TEST

START_TEST(boundary_misjudged_fails)
{
	struct pr_change *ch;

	fab_use("x86_64", "set-info-surface");
	ch = pr_change_make(fab_stop_of("rval-minus-4096", PR_STOP_EXIT));
	{
		struct pr_info after;

		pr_info_decode(ch->after, (size_t)ch->after_ret, false, &after);
		after.rval = -4096;
		after.is_error = 1; /* -4096 taken for an error */
		ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
	}
	fab_expect("rval-minus-4096.readback", PR_FAIL, "is_error read back: expected 0 (0), seen 1 (0x1)");
}
END_TEST

/* set-nr-edges on every personality and every kernel line the table
 * knows: a correct kernel passes (the regset's first-argument changes SKIP
 * where no regset holds it). */
START_TEST(nr_edges_pass_on_known_lines)
{
	static const char *const lines[] = {
		"#1 SMP Debian 6.1.192-1", "#1 SMP Debian 6.12.117-1", "#1 SMP Debian 6.18.44-1",
		"#1 SMP Debian 6.19.2-1", "#1 SMP Debian 7.2.13-1", "#1 SMP Debian 7.3.4-1",
	};

	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		for (unsigned v = 0; v < sizeof(lines) / sizeof(lines[0]); v++)
			for (unsigned via = 0; via < 2; via++) {
				fab_use_on((*p)->name, via ? "set-nr-edges-regs" : "set-nr-edges", lines[v]);
				fab_judge(fab.p, fab.g, &fab.run, &fab.res);
				for (unsigned i = 0; i < fab.res.n; i++)
					ck_assert_msg(fab.res.r[i].verdict == PR_PASS ||
						      (fab.res.r[i].verdict == PR_SKIP && (*p)->regs_arg0_missing && via),
						      "%s %s %s %s: %s", (*p)->name, fab.g->name, lines[v],
						      fab.res.r[i].name, fab.res.r[i].diag);
			}
}
END_TEST

/* Where the version does not say where the table ends, the changes to its
 * end SKIP, saying why; the rest pass. */
START_TEST(nr_edges_unknown_version_skips_the_end)
{
	fab_use("x86_64", "set-nr-edges");
	fab_expect("last.readback", PR_SKIP, "the kernel's version is unknown");
	fab_expect("past-last-seccomp.observed", PR_SKIP, "names no version");
	fab_expect("first.observed", PR_PASS, "");
	fab_use_on("x86_64", "set-nr-edges", "#1 SMP Debian 7.4.1-1");
	fab_expect("last.set", PR_SKIP, "kernel 7.4 is newer than the syscall tables this suite knows (up to 7.3");
	fab_use_on("x86_64", "set-nr-edges", "#1 SMP Debian 5.10.200-1");
	fab_expect("past-last.observed", PR_SKIP, "kernel 5.10 is older than");
}
END_TEST

/* A kernel whose SET writes a skipped call's arguments: GET shows them,
 * and on arm64, whose x0 is the result's register, the call returns the
 * new first argument instead of -ENOSYS. */
START_TEST(nr_edges_skip_writing_args_fails)
{
	struct pr_stop *s;
	struct pr_change *ch;
	struct pr_info after;

	fab_use_on("aarch64", "set-nr-edges", "#1 SMP Debian 7.3.4-1");
	s = fab_stop_of("skip-args", PR_STOP_ENTRY);
	ch = pr_change_make(s);
	pr_change_after(ch, false, &after);
	for (unsigned a = 0; a < 6; a++)
		after.args[a] = pr_pattern(a + 1);
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
	pr_seen_make(fab_stop_of("skip-args-report", PR_STOP_ENTRY))->seen_result = pr_pattern(1);
	fab_expect("skip-args.readback", PR_FAIL,
		   "args[0] read back (a skipped call's, not written): expected 0x0000000000000000, seen 0xdad1bef1bad1fed1");
	fab_expect("skip-args.observed", PR_FAIL, "expected 0xffffffffffffffda, seen 0xdad1bef1bad1fed1");
}
END_TEST

/* A kernel that takes a change to 0 for "no change" (a guard of nr > 0):
 * GET reads back the old number and the call runs as it was. */
START_TEST(nr_edges_first_not_taken_fails)
{
	struct pr_stop *s;

	fab_use_on("x86_64", "set-nr-edges", "#1 SMP Debian 7.3.4-1");
	s = fab_stop_of("first", PR_STOP_ENTRY);
	memcpy(pr_change_make(s)->after, s->info, PR_INFO_BUF);
	pr_seen_make(fab_stop_of("first-report", PR_STOP_ENTRY))->seen_result = (uint64_t)fab.run.ppid;
	fab_expect("first.readback", PR_FAIL, "nr read back (the table's first): expected 0x0000000000000000, seen 0x000000000000006e");
	fab_expect("first.observed", PR_FAIL, "expected 0xfffffffffffffff5");
}
END_TEST

/* o32's indirect call skipped through SET is no longer indirect
 * (syscall_set_nr()): GET reads its unwritten arguments from a0, the call's
 * number first.  A kernel that still read them one register down, as
 * before the change, fails the readback, naming the number it expected. */
START_TEST(nr_edges_indirect_skip_reads_from_a0)
{
	struct pr_stop *s;
	struct pr_change *ch;
	struct pr_info before, after;

	fab_free(&fab.run);
	fab.p = pr_personality_find("mips-o32");
	fab.g = pr_group_find("set-nr-edges");
	pr_synth_run_of(fab.p, "indirect", fab.g, NULL, "#1 SMP Debian 7.3.4-1", &fab.run);
	fab_expect("skip-args.readback", PR_PASS, "");
	s = fab_stop_of("skip-args", PR_STOP_ENTRY);
	ch = pr_change_make(s); /* the one the synthesiser made */
	pr_info_decode(s->info, (size_t)s->info_ret, false, &before);
	pr_change_after(ch, false, &after);
	ck_assert_uint_eq(after.args[0], before.nr);
	memcpy(after.args, before.args, sizeof(after.args));
	ch->after_ret = (int64_t)pr_info_encode(&after, false, ch->after);
	fab_expect("skip-args.readback", PR_FAIL, "args[0] read back (a skipped call's, not written): expected 0x0000000000000fe0");
}
END_TEST

/* The table's end, and the call past it, by version. */
START_TEST(table_end_by_version)
{
	static const struct { const char *release; unsigned last; } rows[] = {
		{ "6.1.0-57-amd64", 450 }, { "6.12.117+deb13-riscv64", 462 }, { "6.18.44-fc-v1272", 469 },
		{ "6.19.1", 470 }, { "7.0-rc3", 471 }, { "7.2.13+deb14-powerpc64le", 471 }, { "7.3.4+deb13-amd64", 472 },
	};
	char why[200];

	for (unsigned k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
		const struct pr_table_end *end = pr_table_end_for(rows[k].release, NULL, NULL, why, sizeof(why));

		ck_assert_msg(end && end->last == rows[k].last, "%s: %u", rows[k].release, end ? end->last : 0);
	}
	ck_assert_ptr_null(pr_table_end_for("7.4.0", NULL, NULL, why, sizeof(why)));
	ck_assert_ptr_null(pr_table_end_for("6.0.9", NULL, NULL, why, sizeof(why)));
}
END_TEST

static void use_tamper(void)
{
	fab_use("x86_64", "set-info");
}

Suite *tamper_suite(void)
{
	const TTest *const tests[] = {
		correct_runs_pass, set_silently_does_nothing, rval_change_lost, set_refused,
		skip_reads_back_old_nr, no_set_info_skips_all, regset_eio_fails, dropped_argument_fails_six_args,
		accepted_refusal_fails, boundary_misjudged_fails, set_returning_one_fails, accepted_set_returning_one_fails,
		get_size_wrong_fails, nr_edges_pass_on_known_lines, nr_edges_unknown_version_skips_the_end,
		nr_edges_skip_writing_args_fails, nr_edges_first_not_taken_fails, nr_edges_indirect_skip_reads_from_a0,
		table_end_by_version, NULL,
	};

	return pr_suite("tamper", "judge", use_tamper, tests);
}
