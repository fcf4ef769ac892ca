/* kill: at the call's first stop of the row's kind (entry, exit, seccomp,
 * signal-delivery, event: the first of the call's other actions' PTRACE_EVENT
 * stops, a group-stop included) the tracer sends SIGKILL and does not resume
 * the tracee: it dies from there.
 * - No syscall-exit-stop after an entry stop (ptrace(2), "Death under
 *   ptrace": "SIGKILL kills even within system calls"): the woken tracee's
 *   ptrace_report_syscall() says a fatal signal is pending and the entry code
 *   skips the call (include/linux/ptrace.h, 6.1 and 7.3).
 * - With PTRACE_O_TRACEEXIT one PTRACE_EVENT_EXIT stop ("signal death",
 *   ptrace(2)): get_signal() takes SIGKILL off the pending set before
 *   do_group_exit(), so do_exit()'s ptrace_event(PTRACE_EVENT_EXIT, code) does
 *   stop (ptrace_stop() returns at once only while a fatal signal is
 *   pending); its message is the exit code, the signal (group_exit_code,
 *   complete_signal()).  The tracer lets it go on from there.
 * - Then waitpid says WIFSIGNALED with SIGKILL, and nothing more.
 * judge-lifecycle.c judges the end. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

/* The plan ends at the kill: the call's stops after its first stop of the
 * row's kind are not made (nor any later call's: a killed call is its
 * group's last, tests/unit-actions.c), but for the exit event a
 * PTRACE_O_TRACEEXIT group's killed tracee stops at. */
static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_end_at(b, i, first, d->kill_at);

	ps->tracer |= PR_TRACER_KILL;
	if (b->g->events)
		pr_plan_put(b, PR_STOP_EVENT, (int)i, b->g->calls[i].sys, false, PTRACE_EVENT_EXIT, SIGTRAP);
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)g, (void)d, (void)i, (void)pid, (void)ppid;
	*out = (struct pr_run_end){ PR_END_SIGNALED, pr_signal(p, SIGKILL), "death by SIGKILL", false };
}

const struct pr_action pr_action_kill = {
	.name = "kill",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_mark = plan_mark,
	.run_end = run_end,
};
