/* The unwind checks FAIL (with the backtrace) on a wrong unwind, SKIP where
 * the unwinder cannot go. */
#include <string.h>

#include "plan-run.h"
#include "suites.h"
#include "payloads/unwind.h"

START_TEST(correct_run_passes)
{
	fab_expect_all_pass(5);
}
END_TEST

START_TEST(wrong_procedure)
{
	strcpy(pr_unwind_make(fab_stop_of("close", PR_STOP_ENTRY))->unwind_proc, "__libc_close");
	fab_expect("close.unwind-proc", PR_FAIL, "expected pr_stub_syscall, seen __libc_close");
	fab_expect("close.unwind-proc", PR_FAIL, "#1 0x4018f2 main+0x52");
}
END_TEST

START_TEST(ip_beyond_trap_offset)
{
	pr_unwind_make(fab_stop_of("getpid", PR_STOP_ENTRY))->unwind_ip += 2;
	fab_expect("getpid.unwind-ip", PR_FAIL, "expected 0x4000000000000a50, seen 0x4000000000000a52");
	fab_expect("getpid.unwind-ip", PR_FAIL, "backtrace:");
}
END_TEST

START_TEST(sp_mismatch)
{
	pr_unwind_make(fab_stop_of("getpid", PR_STOP_ENTRY))->unwind_sp -= 8;
	fab_expect("getpid.unwind-sp", PR_FAIL, "innermost sp vs stack_pointer");
}
END_TEST

START_TEST(unwinder_failed)
{
	struct pr_stop *s = fab_stop_of("getpid", PR_STOP_ENTRY);

	pr_unwind_make(s)->unwind_status = PR_UNWIND_FAILED;
	pr_unwind_make(s)->unwind_err = -10;
	fab_expect("getpid.unwind-sp", PR_FAIL, "libunwind failed (error -10)");
}
END_TEST

START_TEST(unsupported_skips)
{
	pr_unwind_make(fab_stop_of("getpid", PR_STOP_ENTRY))->unwind_status = PR_UNWIND_UNSUPPORTED;
	strcpy(fab.run.unwind_skip, "libunwind-ptrace built for x86_64 cannot unwind a i386 tracee");
	fab_expect("getpid.unwind-ip", PR_SKIP, "cannot unwind a i386 tracee");
	fab_expect("close.unwind-ip", PR_PASS, "");
}
END_TEST

static void use_unwind(void)
{
	fab_use("x86_64", "unwind");
}

Suite *unwind_suite(void)
{
	const TTest *const tests[] = {
		correct_run_passes, wrong_procedure, ip_beyond_trap_offset, sp_mismatch,
		unwinder_failed, unsupported_skips, NULL,
	};

	return pr_suite("unwind", "judge", use_unwind, tests);
}
