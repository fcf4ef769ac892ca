/* Seccomp's other actions (SECCOMP_RET_ERRNO, _TRAP, _KILL_PROCESS): the
 * checks FAIL, naming both reporters, on broken observations. */
#include <signal.h>

#include "plan-run.h"
#include "suites.h"
#include "payloads/sigsys.h"

START_TEST(correct_runs_pass)
{
	static const char *const pers[] = { "x86_64", "aarch64", "arm", "mips-o32", "ppc64le", "s390x", NULL };

	for (const char *const *p = pers; *p; p++) {
		fab_use(*p, "seccomp-trap");
		fab_expect_all_pass(40);
		fab_use(*p, "seccomp-errno");
		fab_expect_all_pass(20);
		fab_use(*p, "seccomp-kill-exit-event");
		fab_expect_all_pass(10);
	}
}
END_TEST

/* The handler's record at the trapped call's rt_sigreturn entry. */
static uint64_t *handler_record(const char *call)
{
	return pr_sigsys_make(fab_stop_of(call, PR_STOP_SIGNAL) + 1)->sigsys;
}

START_TEST(si_arch_wrong)
{
	fab_use("arm", "seccomp-trap");
	handler_record("trapped")[PR_SIGSYS_ARCH] = 0xc00000b7; /* AUDIT_ARCH_AARCH64 for an arm task */
	fab_expect("trapped.si_arch", PR_FAIL,
		   "si_arch: expected 0x40000028; the SIGSYS handler says 0xc00000b7, "
		   "GET at the call's entry stop (arch) 0x40000028");
	fab_expect("trapped.si_syscall", PR_PASS, "");
}
END_TEST

START_TEST(si_call_addr_before_the_trap)
{
	fab_use("x86_64", "seccomp-trap");
	handler_record("trapped-close")[PR_SIGSYS_CALL_ADDR] -= 2;
	fab_expect("trapped-close.si_call_addr", PR_FAIL, "GET at the call's entry stop (instruction_pointer)");
}
END_TEST

START_TEST(uc_arg_not_rolled_back)
{
	/* arm64's first argument register left as the result (no rollback). */
	fab_use("aarch64", "seccomp-trap");
	handler_record("trapped")[PR_SIGSYS_UC_ARGS] = 0;
	fab_expect("trapped.uc-args", PR_FAIL, "the ucontext's args[0] register: expected 0xdad1bef1bad1fed1");
	fab_expect("trapped.uc-nr", PR_PASS, "");
}
END_TEST

START_TEST(handler_never_ran)
{
	fab_use("s390x", "seccomp-trap");
	handler_record("trapped")[PR_SIGSYS_HANDLED] = 0;
	fab_expect("trapped.handled", PR_FAIL, "the SIGSYS handler did not run");
	fab_expect("trapped.si_errno", PR_FAIL, "the SIGSYS handler did not run");
}
END_TEST

START_TEST(si_errno_not_the_data)
{
	fab_use("x86_64", "seccomp-trap");
	handler_record("trapped")[PR_SIGSYS_ERRNO] = 0;
	fab_expect("trapped.si_errno", PR_FAIL, "expected 0x0000000000005157, seen 0x0000000000000000");
}
END_TEST

/* The rolled-back result replaced (7.3 powerpc's system_call_exception()
 * returns syscall_get_error(), 0, for a skipped call): the exit stop and
 * what the tracee then passes on. */
START_TEST(rollback_overwritten)
{
	fab_use("ppc64le", "seccomp-trap");
	FAB_EDIT_INFO(fab_stop_of("trapped", PR_STOP_EXIT), info.rval = 0);
	FAB_EDIT_INFO(fab_stop_of("trapped-report", PR_STOP_ENTRY), info.args[0] = 0);
	fab_expect("trapped.rval", PR_FAIL, "expected -2679150357878014255 (0xdad1bef1bad1fed1), seen 0");
	fab_expect("trapped.tracee-sees", PR_FAIL, "expected 0xdad1bef1bad1fed1, seen 0x0000000000000000");
}
END_TEST

START_TEST(errno_sign_flipped)
{
	fab_use("x86_64", "seccomp-errno");
	FAB_EDIT_INFO(fab_stop_of("errno-getppid", PR_STOP_EXIT), (info.rval = 13, info.is_error = 0));
	fab_expect("errno-getppid.rval", PR_FAIL, "expected -13 (0xfffffffffffffff3), seen 13");
	fab_expect("errno-getppid.is_error", PR_FAIL, "is_error: expected 1 (0x1), seen 0");
}
END_TEST

START_TEST(errno_not_capped)
{
	fab_use("riscv64", "seccomp-errno");
	FAB_EDIT_INFO(fab_stop_of("errno-capped-report", PR_STOP_ENTRY), info.args[0] = (uint64_t)-0xffff);
	fab_expect("errno-capped.tracee-sees", PR_FAIL, "expected 0xfffffffffffff001, seen 0xffffffffffff0001");
}
END_TEST

/* The call made after all: the directory is there to remove. */
START_TEST(errno_call_made)
{
	fab_use("x86_64", "seccomp-errno");
	FAB_EDIT_INFO(fab_stop_of("not-made", PR_STOP_EXIT), (info.rval = 0, info.is_error = 0));
	fab_expect("not-made.rval", PR_FAIL, "expected -2 (0xfffffffffffffffe), seen 0");
}
END_TEST

/* A kernel that made a SIGSYS signal-delivery-stop (no SA_IMMUTABLE): one
 * stop after the plan's last. */
START_TEST(kill_with_signal_stop)
{
	fab_use("x86_64", "seccomp-kill");
	fab.run.extra_stops = 1;
	fab.run.extra_status = SIGSYS << 8 | 0x7f;
	fab_expect("killed.death", PR_FAIL, "1 stops after the plan's last (the first: wait status 0x1f7f)");
}
END_TEST

START_TEST(kill_by_another_signal)
{
	fab_use("mips64el", "seccomp-kill");
	fab.run.end_code = 9;
	fab_expect("killed.death", PR_FAIL, "(signal 12)");
}
END_TEST

static void use_trap(void)
{
	fab_use("x86_64", "seccomp-trap");
}

Suite *sigsys_suite(void)
{
	const TTest *const tests[] = {
		correct_runs_pass, si_arch_wrong, si_call_addr_before_the_trap, uc_arg_not_rolled_back,
		handler_never_ran, si_errno_not_the_data, rollback_overwritten, errno_sign_flipped,
		errno_not_capped, errno_call_made, kill_with_signal_stop, kill_by_another_signal, NULL,
	};

	return pr_suite("sigsys", "judge", use_trap, tests);
}
