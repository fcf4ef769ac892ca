/* What the tracer records and does at a planned stop. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host.h"
#include "infosize.h"
#include "observe.h"
#include "tamper.h"
#include "tracer-parts.h"
#include "unwind.h"
#include "wait.h"

void pr_record_stop(const struct pr_run *run, pid_t pid, int status, struct pr_stop *s,
			bool probe_sizes)
{
	long r;

	s->status = status;
	memset(s->info, 0, sizeof(s->info));
	errno = 0;
	r = ptrace((enum __ptrace_request)PR_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(s->info), s->info);
	s->info_ret = r < 0 ? -errno : r;
	s->regs_err = pr_read_regs(pid, run->pers, &s->regs);
	if (probe_sizes && r >= 0)
		pr_probe_info_sizes(pid, s);
	pr_observe_sigmask(pid, s);
	if (status >> 16) /* a PTRACE_EVENT stop */
		pr_observe_eventmsg(pid, s);
}

/* A fork, vfork or clone event: the child, auto-attached, first stops with
 * SIGSTOP; it is let go from there (it _exits; the tracee reaps it). */
static void let_child_go(struct pr_run *run, struct pr_stop *s, double deadline)
{
	pid_t child = (pid_t)s->eventmsg;
	int status;

	if (s->eventmsg_err || child <= 0) {
		pr_run_set_end(run, PR_END_TRACER, -s->eventmsg_err, "PTRACE_GETEVENTMSG gave no child pid");
		return;
	}
	if (pr_wait_until(child, &status, deadline) != child) {
		pr_run_set_end(run, PR_END_TRACER, errno, "the new child %d made no stop", child);
		pr_kill_and_reap(child);
		return;
	}
	s->child_status = status;
	if (WIFSTOPPED(status) && ptrace(PTRACE_DETACH, child, NULL, NULL) != 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_DETACH of the child: %s", strerror(errno));
		pr_kill_and_reap(child);
	}
}

/* At an interrupted call's entry stop: the signal, or PTRACE_INTERRUPT,
 * is pending when the call starts, so it returns -ERESTART* at once. */
static void interrupt(struct pr_run *run, pid_t pid, const struct pr_call *c)
{
	if (c->interrupt && kill(pid, c->interrupt) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "kill(%d, %d): %s", pid, c->interrupt, strerror(errno));
	if (c->ptrace_interrupt && ptrace(PTRACE_INTERRUPT, pid, NULL, NULL) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_INTERRUPT: %s", strerror(errno));
}

/* What the plan asks for at this stop beyond the common record: the signal
 * frame at rt_sigreturn, the unwinder at entry stops, the call's tamper. */
void pr_act(const struct pr_launch *l, struct pr_run *run, pid_t pid, int feed, double deadline,
		const struct pr_plan_stop *plan, unsigned k, struct pr_stop *s)
{
	const struct pr_group *g = l->group;
	const struct pr_plan_stop *ps = &plan[k];
	const struct pr_call *c = ps->call >= 0 ? &g->calls[ps->call] : NULL;

	if (ps->kind == PR_STOP_ENTRY && run->stub_sp_slot)
		pr_observe_stub_sp(pid, run, s);
	if (pr_plan_refuses(g, ps))
		pr_try_refusals(pid, s);
	if (ps->kind == PR_STOP_ENTRY && (g->checks & PR_CHECK_TAMPER))
		pr_observe_seen(pid, run->pers, s);
	if (ps->kind == PR_STOP_ENTRY && ps->sys == PR_SYS_rt_sigreturn)
		pr_observe_frame(pid, run->pers, s);
	if (ps->kind == PR_STOP_ENTRY && (g->checks & PR_CHECK_UNWIND))
		pr_unwind(pid, run, s);
	if (ps->kind == PR_STOP_ENTRY && (g->checks & PR_CHECK_TAMPER) && g->via == PR_VIA_SET_INFO &&
	    !run->set_probed && s->info_ret >= 0) {
		run->set_probed = true;
		run->set_probe_ret = pr_set_info_probe(pid, s);
	}
	if (c && c->tamper && c->tamper->at == ps->kind && ps->sys != PR_SYS_rt_sigreturn)
		pr_tamper(pid, run->pers, g->via, c, (unsigned)ps->call, s);
	if (c && ps->kind == PR_STOP_ENTRY && ps->sys == c->sys && !ps->again)
		interrupt(run, pid, c);
	/* A threads group's worker, blocked in its read of PR_FD_GO_R until
	 * the leader's go row: attached here, before that. */
	if (ps->kind == PR_STOP_SIGSTOP && run->worker_tid &&
	    ptrace(PTRACE_SEIZE, (pid_t)run->worker_tid, NULL, (void *)pr_trace_options(g)) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_SEIZE of the worker thread: %s", strerror(errno));
	if (ps->kind == PR_STOP_EVENT && pr_event_makes_child(ps->event))
		let_child_go(run, s, deadline);
	if (pr_plan_after_interrupt(g, plan, k) ||
	    (c && c->ptrace_interrupt == PR_INTERRUPT_THEN_SYSCALL && ps->kind == PR_STOP_EXIT && !ps->again)) {
		if (c->feed && write(feed, "x", 1) != 1)
			pr_run_set_end(run, PR_END_TRACER, errno, "write to the feed pipe: %s", strerror(errno));
		if (c->restore_regs)
			pr_restore_regs(pid, s);
	}
}

