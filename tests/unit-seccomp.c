/* The seccomp checks FAIL on broken observations. */
#include "plan-run.h"
#include "suites.h"

START_TEST(correct_run_passes)
{
	fab_expect_all_pass(40);
}
END_TEST

START_TEST(cont_run_passes)
{
	fab_use("x86_64", "seccomp-cont");
	fab_expect_all_pass(20);
}
END_TEST

START_TEST(ret_data_dropped)
{
	FAB_EDIT_INFO(fab_stop_of("lseek", PR_STOP_SECCOMP), info.ret_data = 0);
	fab_expect("lseek.ret_data", PR_FAIL, "expected 0x0000000000001234, seen 0x0000000000000000");
	fab_expect("lseek.eventmsg", PR_PASS, "");
}
END_TEST

START_TEST(eventmsg_disagrees)
{
	fab_stop_of("unknown-nr", PR_STOP_SECCOMP)->eventmsg = 0xfffe;
	fab_expect("unknown-nr.eventmsg", PR_FAIL, "PTRACE_GETEVENTMSG: expected 0x000000000000ffff");
}
END_TEST

START_TEST(seccomp_arg_truncated)
{
	FAB_EDIT_INFO(fab_stop_of("dup", PR_STOP_SECCOMP), info.args[3] &= 0xffffffff);
	fab_expect("dup.seccomp-args", PR_FAIL, "args[3]: expected 0xdad4bef4bad4fed4, seen 0x00000000bad4fed4");
	fab_expect("dup.entry-first", PR_FAIL, "entry args[3] vs seccomp");
}
END_TEST

/* A pre-4.8 kernel: the seccomp stop before the entry stop. */
START_TEST(seccomp_before_entry)
{
	struct pr_stop *sc = fab_stop_of("getppid", PR_STOP_SECCOMP), tmp = *sc;

	*sc = sc[-1];
	sc[-1] = tmp;
	fab_expect("sequence", PR_FAIL, "op expected SECCOMP, seen ENTRY");
	fab_expect("getppid.seccomp-stop", PR_FAIL, "op expected SECCOMP");
}
END_TEST

START_TEST(skip_not_honoured)
{
	FAB_EDIT_INFO(fab_stop_of("skipped", PR_STOP_EXIT), (info.rval = 26, info.is_error = 0));
	fab_expect("skipped.rval", PR_FAIL, "expected -38");
	fab_expect("skipped.is_error", PR_FAIL, "expected 1");
}
END_TEST

/* Under PTRACE_CONT a syscall stop would be one more stop than planned. */
START_TEST(cont_with_syscall_stops)
{
	fab_use("x86_64", "seccomp-cont");
	fab.run.extra_stops = 1;
	fab.run.extra_status = (0x80 | 5) << 8 | 0x7f;
	fab_expect("sequence", PR_FAIL, "1 stops after the expected 6 (the first: wait status 0x857f)");
}
END_TEST

static void use_seccomp(void)
{
	fab_use("x86_64", "seccomp");
}

Suite *seccomp_suite(void)
{
	const TTest *const tests[] = {
		correct_run_passes, cont_run_passes, ret_data_dropped, eventmsg_disagrees,
		seccomp_arg_truncated, seccomp_before_entry, skip_not_honoured, cont_with_syscall_stops,
		NULL,
	};

	return pr_suite("seccomp", "judge", use_seccomp, tests);
}
