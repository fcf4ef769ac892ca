/* The tamper checks FAIL when a change does not take, SKIP without the request. */
#include <errno.h>
#include <string.h>

#include "plan-run.h"
#include "suites.h"
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
		get_size_wrong_fails, NULL,
	};

	return pr_suite("tamper", "judge", use_tamper, tests);
}
