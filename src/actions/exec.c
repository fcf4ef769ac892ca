/* exec: the worker thread (a threads group's, in-worker) calls execve while
 * traced with PTRACE_O_TRACEEXEC and PTRACE_O_TRACEEXIT, the leader held
 * at its last stop (ptrace(2), "execve(2) under ptrace"; fs/exec.c and
 * kernel/, the same in 6.1 and 7.3):
 * - The leader is not resumed by the tracer: de_thread() has
 *   zap_other_threads() queue SIGKILL to it, whose signal_wake_up(t, 1)
 *   wakes it from its ptrace stop.  get_signal() sees group_exec_task, takes
 *   SIGKILL off its pending set and calls do_group_exit(), which gives
 *   exit code 0 for a thread an exec zaps; do_exit()'s
 *   ptrace_event(PTRACE_EVENT_EXIT, 0) stops (ptrace_stop() returns at once
 *   only while a fatal signal is pending): a PTRACE_EVENT_EXIT stop of the
 *   leader, message 0 ("all other threads stop in PTRACE_EVENT_EXIT stop").
 * - de_thread() waits for the leader's exit_state, so the exec goes on only
 *   once the tracer resumes the leader; the zombie leader is never reported
 *   to waitpid (delay_group_leader() while the worker lives), and
 *   de_thread() swaps the two pids (exchange_tids()) and releases it.
 * - exec_binprm() took old_vpid before the swap: the PTRACE_EVENT_EXEC stop
 *   is reported for the leader's pid, its message the worker's former tid;
 *   op NONE at the new image's entry (judge-events.c's exec checks).
 * - Resumed with PTRACE_CONT from there (no execve exit stop, no startup
 *   calls), the new image (the tracee program with PR_EXEC_ARG) exits with
 *   PR_EXEC_STATUS: its PTRACE_EVENT_EXIT stop, then the exit.
 * The worker is not reaped: after the swap its former tid is no one's
 * (waitpid(2) says ECHILD at the exec's stop). */
#include <errno.h>
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"
#include "payloads/exec.h"

/* What the leader is in when the exec zaps it: its last call's stops. */
static enum pr_sys leader_sys(const struct pr_group *g, unsigned i)
{
	while (i-- > 0)
		if (!pr_call_does(&g->calls[i], PR_ACTION_WORKER))
			return g->calls[i].sys;
	return PR_SYS_tgkill; /* its SIGSTOP */
}

/* The leader's exit event (about its own call: its arch is that path's),
 * then the exec's (the program's, PR_SYS_execve). */
static void plan_during(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	(void)d;
	pr_plan_put(b, PR_STOP_EVENT, (int)i, leader_sys(b->g, i), false, PTRACE_EVENT_EXIT, SIGTRAP);
	pr_plan_put(b, PR_STOP_EVENT, (int)i, PR_SYS_execve, false, PTRACE_EVENT_EXEC, SIGTRAP)->resume =
		PR_RESUME_CONT;
}

/* No execve exit stop (PTRACE_CONT from the exec's): the new image's exit. */
static enum pr_exit_plan plan_exit(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	(void)d;
	pr_plan_put(b, PR_STOP_EVENT, (int)i, PR_SYS_execve, false, PTRACE_EVENT_EXIT, SIGTRAP);
	return PR_EXIT_REPLACED;
}

/* The events are the leader's pid's (thread 0); the leader's last stop
 * before the call is left to the kernel's SIGKILL. */
static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)d, (void)i;
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].kind == PR_STOP_EVENT)
			b->out[k].thread = 0;
	for (unsigned k = first; k-- > 0;)
		if (b->out[k].thread == 0) {
			b->out[k].resume = PR_RESUME_NONE;
			break;
		}
}

/* The leader's exit event says 0, the exec's the worker's tid. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	const struct pr_plan_stop *ps = pr_synth_event_at(x, ph);

	(void)d, (void)info;
	if (ps && ps->event == PTRACE_EVENT_EXEC) {
		s->eventmsg = (uint64_t)x->run->worker_tid;
		pr_exec_make(s)->former_wait = -ECHILD;
	}
	else if (ps && pr_plan_zapped_by_exec(x->plan, x->run->nstops, x->k))
		s->eventmsg = 0;
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)p, (void)g, (void)d, (void)i, (void)pid, (void)ppid;
	*out = (struct pr_run_end){ PR_END_EXITED, PR_EXEC_STATUS, "the exec'd image's exit status (PR_EXEC_STATUS)", false };
}

const struct pr_action pr_action_exec = {
	.name = "exec",
	.checks = PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE,
	.plan_during = plan_during,
	.plan_exit = plan_exit,
	.plan_mark = plan_mark,
	.synth = synth,
	.run_end = run_end,
};
