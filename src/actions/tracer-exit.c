/* tracer-exit: the tracer is a process of its own (src/tracer.c forks it
 * beside the tracee, and it PTRACE_SEIZEs its sibling), and at the call's
 * first stop of the row's kind it records the stop, hands its recording back
 * and _exit()s, the tracee left stopped.  The tracee's parent, the runner,
 * then waits for the tracee: its wait status is the run's end.
 * exit_ptrace() (kernel/ptrace.c, called from exit_notify()'s
 * forget_original_parent(), kernel/exit.c; 6.1 and 7.3 alike) detaches every
 * tracee of the exiting tracer with __ptrace_detach() -> __ptrace_unlink(),
 * which clears SYSCALL_TRACE and wakes a TASK_TRACED tracee
 * (ptrace_signal_wake_up()); before that it sends SIGKILL to those that set
 * PTRACE_O_EXITKILL:
 *	if (unlikely(p->ptrace & PT_EXITKILL))
 *		send_sig_info(SIGKILL, SEND_SIG_PRIV, p);
 * Nobody resumed the tracee, and the tracer's waitpid() took the stop's
 * exit_code (wait_task_stopped(), kernel/exit.c: *p_code = 0 without
 * WNOWAIT; only ptrace_resume() and ptrace_detach() give it one back), so
 * ptrace_stop() (kernel/signal.c) returns 0, as after a PTRACE_DETACH with 0
 * (detach.c):
 * - at a syscall-entry stop ptrace_report_syscall() (include/linux/ptrace.h)
 *   sends no signal and says whether a fatal signal is pending (6.1's
 *   ptrace_report_syscall_entry(), nonzero: skip the call; 7.3's
 *   ptrace_report_syscall_permit_entry(), its negation: the same rule
 *   renamed).  With EXITKILL the call is skipped and SIGKILL kills the
 *   tracee (WIFSIGNALED, SIGKILL); without, the call is made and the tracee
 *   runs untraced to exit_group(LAST): it exits with the call's result.
 * - at a signal-delivery-stop ptrace_signal() takes 0 as "the debugger
 *   cancelled the signal": it is discarded, the tracee goes on to
 *   exit_group(LAST) (kill() returned 0); with SIGKILL pending get_signal()
 *   takes SIGKILL next: death by SIGKILL.
 * judge-lifecycle.c judges the end. */
#include <signal.h>

#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	pr_plan_end_at(b, i, first, d->tracer_exit.at)->resume = PR_RESUME_EXIT;
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)i;
	if (d->tracer_exit.exitkill)
		*out = (struct pr_run_end){ PR_END_SIGNALED, pr_signal(p, SIGKILL),
					    "death by the SIGKILL exit_ptrace() sends for PTRACE_O_EXITKILL", false };
	else
		pr_run_end_last_result(p, g, pid, ppid, out);
}

const struct pr_action pr_action_tracer_exit = {
	.name = "tracer-exit",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_mark = plan_mark,
	.run_end = run_end,
};
