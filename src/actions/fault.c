/* fault: the tracee kills itself with a fault of its own.  Its call takes
 * the pages its path's stops are in away, mprotect(PR_ARG_STOP_PAGES,
 * PROT_NONE), and returns 0 to an instruction it can no longer fetch: the
 * one right after its trap, where its entry and exit stops are.  The fetch
 * faults (SIGSEGV, SEGV_ACCERR) with every register as the exit stop left
 * it, so the fault's ip and sp are the call's entry stop's, and nothing the
 * tracee does after the call can move them.  No handler: SIG_DFL.
 * - The signal-delivery-stop for SIGSEGV (ptrace_signal(), kernel/signal.c),
 *   op NONE: no syscall stop's si_code (ptrace_get_syscall_info_op()), at
 *   the faulting instruction with the faulting sp: the trap's (the stub's
 *   marked address, the sp it stored).  The tracer delivers it.
 * - get_signal() finds it fatal (SIG_DFL, sig_kernel_coredump()): vfs_coredump()
 *   (6.1: do_coredump()) may dump core; coredump_wait()'s zap_process() sets
 *   SIGNAL_GROUP_EXIT and group_exit_code = SIGSEGV, and coredump_finish()
 *   adds 0x80 when a core was dumped, as the host's core_pattern and limits
 *   decide: a file needs RLIMIT_CORE, a pipe dumps whatever it says but 1
 *   (coredump_pipe()), 7.x's socket whatever it says.  Only an undumpable
 *   task dumps nothing anywhere (coredump_skip(); 6.1: __get_dumpable()),
 *   and PR_SET_DUMPABLE 0 would cost a tracer without CAP_SYS_PTRACE its
 *   PTRACE_PEEKDATA (ptrace_access_vm()): so the judge takes the dump as it
 *   comes and wants the two reports of it to agree.  Then
 *   do_group_exit(SIGSEGV) calls do_exit() with group_exit_code
 *   (fs/coredump.c, kernel/exit.c, 6.1 and 7.3).
 * - With PTRACE_O_TRACEEXIT, do_exit()'s ptrace_event(PTRACE_EVENT_EXIT, code)
 *   stops: ptrace_stop() returns at once only "if (!current->ptrace ||
 *   __fatal_signal_pending(current))", and no SIGKILL is pending here
 *   (zap_process() and zap_other_threads() send it to the other threads
 *   only).  Its message is that code, SIGSEGV with 0x80 where dumped.  No
 *   signal frame was built and nothing returned to user mode since the
 *   fault: task_pt_regs() still holds the user state the fault saved, so
 *   GET's ip and sp (instruction_pointer(), user_stack_pointer()) are the
 *   fault's, and the registers read.
 * - Then waitpid says WIFSIGNALED with SIGSEGV, WCOREDUMP the same 0x80
 *   (wait_task_zombie(): group_exit_code), and nothing more.
 * judge-lifecycle.c judges the fault's stop and the end, judge-events.c the
 * exit event. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

/* The plan ends with the death: the delivery stop, the exit event under
 * PTRACE_O_TRACEEXIT; no later call is made (a faulting call is its
 * group's last, tests/unit-actions.c). */
static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	enum pr_sys sys = b->g->calls[i].sys;

	(void)d;
	pr_plan_put(b, PR_STOP_SIGNAL, (int)i, sys, false, 0, SIGSEGV)->deliver = SIGSEGV;
	pr_plan_death(b, i);
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)g, (void)d, (void)i, (void)pid, (void)ppid;
	*out = (struct pr_run_end){ PR_END_SIGNALED, pr_signal(p, SIGSEGV),
				    "death by SIGSEGV, its default action", true };
}

const struct pr_action pr_action_fault = {
	.name = "fault",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_after = plan_after,
	.run_end = run_end,
};
