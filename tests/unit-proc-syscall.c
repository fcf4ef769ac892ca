/* /proc/PID/syscall against GET (judge-proc-syscall.c): each disagreement
 * fails the check of its stop kind, naming both reporters; a run without
 * readings SKIPs saying why. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "payloads/proc-syscall.h"
#include "plan-run.h"
#include "suites.h"

/* Rewrite the line read at stop s through its parsed view. */
#define FAB_EDIT_PROC(s, edit) do { \
		struct pr_proc_syscall *ps_ = pr_proc_syscall_make(s); \
		struct pr_proc_view v; \
		pr_proc_syscall_parse(ps_->line, &v); \
		edit; \
		pr_proc_syscall_format(&v, ps_->line, sizeof(ps_->line)); \
	} while (0)

START_TEST(correct_run_passes)
{
	fab_expect("proc-syscall-entry", PR_PASS, "");
	fab_expect("proc-syscall-seccomp", PR_PASS, "");
	fab_expect("proc-syscall-exit", PR_PASS, "");
}
END_TEST

START_TEST(entry_arg_differs)
{
	FAB_EDIT_PROC(fab_stop_of("dup", PR_STOP_ENTRY), v.args[2] = 0);
	fab_expect("proc-syscall-entry", PR_FAIL,
		   "(entry of dup): args[2]: GET said 0xdad3bef3bad3fed3, /proc/PID/syscall said 0");
	fab_expect("proc-syscall-exit", PR_PASS, "");
}
END_TEST

START_TEST(seccomp_nr_differs)
{
	FAB_EDIT_PROC(fab_stop_of("lseek", PR_STOP_SECCOMP), v.nr = 9);
	fab_expect("proc-syscall-seccomp", PR_FAIL, "(seccomp of lseek): nr: GET said 0x8, /proc/PID/syscall said 0x9");
}
END_TEST

START_TEST(exit_sp_differs)
{
	FAB_EDIT_PROC(fab_stop_of("getppid", PR_STOP_EXIT), v.sp += 16);
	fab_expect("proc-syscall-exit", PR_FAIL, "(exit of getppid): stack_pointer: GET said");
}
END_TEST

/* At the exit of a call skipped at its seccomp stop: nr -1, no args. */
START_TEST(skipped_call_still_named)
{
	FAB_EDIT_PROC(fab_stop_of("skipped", PR_STOP_EXIT), (v.nr = 79, v.form = PR_PROC_SYSCALL));
	fab_expect("proc-syscall-exit", PR_FAIL, "expected \"NR SP PC\" with NR < 0");
}
END_TEST

START_TEST(running_at_a_stop)
{
	snprintf(pr_proc_syscall_make(fab_stop_of("getpid", PR_STOP_ENTRY))->line, PR_PROC_LINE_MAX, "running");
	fab_expect("proc-syscall-entry", PR_FAIL, "(entry of getpid): /proc/PID/syscall said \"running\"");
}
END_TEST

START_TEST(unread_skips)
{
	for (unsigned k = 0; k < fab.run.nstops; k++) {
		memset(pr_proc_syscall_make(&fab.run.stops[k]), 0, sizeof(struct pr_proc_syscall));
		pr_payload_drop_zero(&fab.run.stops[k], &pr_payload_proc_syscall);
	}
	fab_expect("proc-syscall-entry", PR_SKIP, "made before the tracer read it");
}
END_TEST

START_TEST(no_such_file_skips)
{
	for (unsigned k = 0; k < fab.run.nstops; k++) {
		struct pr_proc_syscall *ps = pr_proc_syscall_make(&fab.run.stops[k]);

		ps->line[0] = '\0';
		ps->err = -ENOENT;
	}
	fab_expect("proc-syscall-exit", PR_SKIP, "CONFIG_HAVE_ARCH_TRACEHOOK");
}
END_TEST

/* Without PTRACE_O_TRACESYSGOOD GET says op NONE: the raw registers speak. */
START_TEST(no_sysgood_against_registers)
{
	fab_use("x86_64", "no-sysgood");
	FAB_EDIT_PROC(fab_stop_of("close", PR_STOP_ENTRY), v.args[5] = 1);
	fab_expect("proc-syscall-entry", PR_FAIL, "args[5]: the raw registers said 0xdad6bef6bad6fed6, "
		   "/proc/PID/syscall said 0x1");
}
END_TEST

START_TEST(blocked_passes)
{
	fab_use("x86_64", "proc-syscall-blocked");
	fab_expect("blocked-read.proc-syscall-blocked", PR_PASS, "");
}
END_TEST

START_TEST(blocked_running)
{
	fab_use("aarch64", "proc-syscall-blocked");
	snprintf(pr_proc_syscall_make(fab_stop_of("blocked-read", PR_STOP_EXIT))->blocked, PR_PROC_LINE_MAX,
		 "running");
	fab_expect("blocked-read.proc-syscall-blocked", PR_FAIL, "said \"running\", expected \"NR A0..A5 SP PC\"");
}
END_TEST

START_TEST(blocked_arg_differs)
{
	struct pr_proc_syscall *ps;
	struct pr_proc_view v;

	fab_use("s390x", "proc-syscall-blocked");
	ps = pr_proc_syscall_make(fab_stop_of("blocked-read", PR_STOP_EXIT));
	pr_proc_syscall_parse(ps->blocked, &v);
	v.args[0] = 7;
	pr_proc_syscall_format(&v, ps->blocked, sizeof(ps->blocked));
	fab_expect("blocked-read.proc-syscall-blocked", PR_FAIL, "args[0]: GET said 0x67, /proc/PID/syscall said 0x7");
}
END_TEST

START_TEST(fault_passes)
{
	fab_use("riscv64", "fault-exit-event");
	fab_expect("proc-syscall-fault", PR_PASS, "");
}
END_TEST

/* The last syscall still named at the fault's stops (a stale number). */
START_TEST(fault_names_a_syscall)
{
	fab_use("mips-o32", "fault");
	FAB_EDIT_PROC(fab_stop_of("faults", PR_STOP_SIGNAL), (v.nr = 4125, v.form = PR_PROC_SYSCALL));
	fab_expect("proc-syscall-fault", PR_FAIL, "(signal of mprotect): /proc/PID/syscall said \"4125 0x0 0x0 0x0 0x0 "
		   "0x0 0x0 ");
}
END_TEST

static void use_seccomp(void)
{
	fab_use("x86_64", "seccomp");
}

Suite *proc_syscall_suite(void)
{
	const TTest *const tests[] = {
		correct_run_passes, entry_arg_differs, seccomp_nr_differs, exit_sp_differs, skipped_call_still_named,
		running_at_a_stop, unread_skips, no_such_file_skips, no_sysgood_against_registers, blocked_passes,
		blocked_running, blocked_arg_differs, fault_passes, fault_names_a_syscall, NULL,
	};

	return pr_suite("proc-syscall", "judge", use_seccomp, tests);
}
