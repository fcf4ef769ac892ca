/* seccomp-kill: the call's filter returns SECCOMP_RET_KILL_PROCESS (its
 * row's seccomp).  What a kernel shows under PTRACE_SYSCALL, 6.1 and 7.3:
 * - The entry stop: ptrace's entry report comes before seccomp ("Do
 *   seccomp after ptrace": syscall_trace_enter(), include/linux/
 *   entry-common.h 7.3, kernel/entry/common.c 6.1; arm64's and arm's
 *   syscall_trace_enter(), mips's, powerpc's do_syscall_trace_enter()).
 * - __seccomp_filter() (kernel/seccomp.c): SECCOMP_MODE_DEAD,
 *   syscall_rollback() ("Show the original registers in the dump"),
 *   force_sig_seccomp(nr, data, true), the call skipped.  No
 *   PTRACE_EVENT_SECCOMP stop: only SECCOMP_RET_TRACE makes one.
 * - force_sig_seccomp(..., true) is force_sig_info_to_task(HANDLER_EXIT):
 *   SIGSYS becomes SIG_DFL and SA_IMMUTABLE (kernel/signal.c).
 *   complete_signal() makes no group SIGKILL of it (a core-dumping signal,
 *   and a traced task), so no fatal signal is pending.
 * - So the exit stop IS made: the skipped call goes through the exit work
 *   (syscall_exit_work(): ptrace_report_syscall_exit(); arm64's
 *   el0_svc_common() "goto trace_exit"; arm's __sys_trace_return_nosave;
 *   mips's "j syscall_exit"; powerpc's syscall_exit_prepare()), and
 *   ptrace_stop() returns at once only "if (!current->ptrace ||
 *   __fatal_signal_pending(current))", SIGKILL pending.  It reports what
 *   syscall_rollback() left (the row's PR_EXPECT_ROLLED_BACK).
 * - get_signal() dequeues SIGSYS and, its action SA_IMMUTABLE, does not
 *   call ptrace_signal(): no signal-delivery-stop.  SIG_DFL dumps core
 *   (sig_kernel_coredump(SIGSYS)): vfs_coredump() (6.1: do_coredump()),
 *   then do_group_exit(SIGSYS), whose do_exit() stops at
 *   PTRACE_EVENT_EXIT under PTRACE_O_TRACEEXIT, message SIGSYS with 0x80
 *   where a core was dumped (fault.c says when), then WIFSIGNALED SIGSYS.
 * judge-lifecycle.c judges the death, judge-events.c the exit event,
 * judge-exit.c the exit stop, judge-seccomp-ret.c the rest. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

/* The plan ends with the death: after the exit stop, the exit event where
 * asked; no later call is made (a killed call is its group's last,
 * tests/unit-actions.c). */
static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	(void)d;
	pr_plan_death(b, i);
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)g, (void)d, (void)i, (void)pid, (void)ppid;
	*out = (struct pr_run_end){ PR_END_SIGNALED, pr_signal(p, SIGSYS),
				    "death by SIGSYS, SECCOMP_RET_KILL_PROCESS's (force_sig_seccomp())", true };
}

const struct pr_action pr_action_seccomp_kill = {
	.name = "seccomp-kill",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_after = plan_after,
	.run_end = run_end,
};
