/* What the tracer records and does at a planned stop. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host.h"
#include "infosize.h"
#include "notify.h"
#include "observe.h"
#include "payloads/child.h"
#include "payloads/proc-syscall.h"
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
	pr_child_make(s)->child_status = status;
	if (WIFSTOPPED(status) && ptrace(PTRACE_DETACH, child, NULL, NULL) != 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_DETACH of the child: %s", strerror(errno));
		pr_kill_and_reap(child);
	}
}

/* The children the tracee forked and the tracer let go end with the group:
 * a tracee killed before it reaped one (kill-at-fork-event) leaves it to the
 * tracer's process, the subreaper of its tracees (pr_trace_group()), instead
 * of to init, where it stayed a zombie after the runner; one the tracee
 * reaped is not ours (ECHILD). */
void pr_reap_let_go(const struct pr_run *run, double deadline)
{
	for (unsigned k = 0; k < run->nstops; k++) {
		const struct pr_stop *s = &run->stops[k];
		pid_t child = (pid_t)s->eventmsg;
		int status;

		if (pr_child_of(s)->child_status && child > 0 && pr_wait_until(child, &status, deadline) == 0)
			pr_kill_and_reap(child);
	}
}

/* What the tracer records at a stop for the checks the group asks for,
 * beyond the common record: one row each. */
struct observation {
	const char *what;
	bool (*at)(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps);
	void (*record)(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s);
};

static bool at_stub_entry(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)l;
	return ps->kind == PR_STOP_ENTRY && run->stub_sp_slot;
}
static void stub_sp(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	pr_observe_stub_sp(pid, run, s);
}
static bool at_refusal_stop(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return pr_plan_refuses(l->group, ps);
}
static void refusals(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	(void)run;
	pr_try_refusals(pid, s);
}
static bool at_tamper_entry(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return ps->kind == PR_STOP_ENTRY && (l->group->checks & PR_CHECK_TAMPER);
}
static void seen(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	pr_observe_seen(pid, run->pers, s);
}
static bool at_sigreturn(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)l, (void)run;
	return ps->kind == PR_STOP_ENTRY && ps->sys == PR_SYS_rt_sigreturn;
}
static void frame(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	pr_observe_frame(pid, run->pers, s);
}
static bool at_unwind_entry(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return ps->kind == PR_STOP_ENTRY && (l->group->checks & PR_CHECK_UNWIND);
}
static void unwind(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	pr_unwind(pid, run, s);
}
/* Once per run, at the first entry stop of a group that SETs: whether the
 * kernel has the request at all. */
static bool at_first_set(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	return at_tamper_entry(l, run, ps) && l->group->via == PR_VIA_SET_INFO && !run->set_probed;
}
static void set_probe(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	if (s->info_ret < 0)
		return;
	run->set_probed = true;
	run->set_probe_ret = pr_set_info_probe(pid, s);
}

/* The exec's PTRACE_EVENT_EXEC stop: where the new image starts. */
static bool at_exec(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)l, (void)run;
	return ps->kind == PR_STOP_EVENT && ps->event == PTRACE_EVENT_EXEC;
}
static void exec_start(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)run;
	pr_observe_exec(pid, l->tracee, s);
}

/* A worker's exec's (exec.c): what waitpid says of its former tid. */
static bool at_worker_exec(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	return at_exec(l, run, ps) && ps->call >= 0 && pr_call_does(&l->group->calls[ps->call], PR_ACTION_WORKER);
}
static void former(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l, (void)pid;
	pr_observe_former((pid_t)run->worker_tid, s);
}

static bool at_proc_syscall_stop(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return pr_plan_reads_proc_syscall(l->group, ps);
}
static void proc_syscall(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	struct pr_proc_syscall *ps = pr_proc_syscall_make(s);

	(void)l, (void)run;
	ps->err = pr_observe_proc_syscall(pid, ps->line, sizeof(ps->line));
}
/* A trapped call's SIGSYS handler's rt_sigreturn entry (seccomp-trap.c):
 * what the handler stored. */
static bool at_sigsys_return(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return at_sigreturn(l, run, ps) && ps->call >= 0 &&
	       pr_call_does(&l->group->calls[ps->call], PR_ACTION_SECCOMP_TRAP);
}
static void sigsys(const struct pr_launch *l, pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)l;
	pr_observe_sigsys(pid, run->pers, s);
}
/* A notifying group's entry stops: what the tracee stored of its last
 * call's result (a notified call's answer, as it saw it). */
static bool at_notif_entry(const struct pr_launch *l, const struct pr_run *run, const struct pr_plan_stop *ps)
{
	(void)run;
	return ps->kind == PR_STOP_ENTRY && (l->group->checks & PR_CHECK_NOTIF);
}

static const struct observation observations[] = {
	{ "the stub's stored sp", at_stub_entry, stub_sp },
	{ "the SETs the kernel must refuse", at_refusal_stop, refusals },
	{ "the tracee's memory: its last result, the destinations", at_tamper_entry, seen },
	{ "the signal frame's mask", at_sigreturn, frame },
	{ "libunwind's backtrace", at_unwind_entry, unwind },
	{ "PTRACE_SET_SYSCALL_INFO's presence", at_first_set, set_probe },
	{ "the new image's entry point and start_stack", at_exec, exec_start },
	{ "waitpid of the exec'ing worker's former tid", at_worker_exec, former },
	{ "/proc/PID/syscall", at_proc_syscall_stop, proc_syscall },
	{ "what the SIGSYS handler stored", at_sigsys_return, sigsys },
	{ "the tracee's memory: its last result (a notified call's answer)", at_notif_entry, seen },
};

void pr_observe_at(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps,
		   struct pr_stop *s)
{
	for (unsigned o = 0; o < sizeof(observations) / sizeof(observations[0]); o++)
		if (observations[o].at(l, run, ps))
			observations[o].record(l, pid, run, s);
}

static void send_signal(struct pr_run *run, pid_t pid, int sig)
{
	if (kill(pid, sig) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "kill(%d, %d): %s", pid, sig, strerror(errno));
}

static void ptrace_interrupt(struct pr_run *run, pid_t pid)
{
	if (ptrace(PTRACE_INTERRUPT, pid, NULL, NULL) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_INTERRUPT: %s", strerror(errno));
}

static void feed_byte(struct pr_run *run, int feed)
{
	if (write(feed, "x", 1) != 1)
		pr_run_set_end(run, PR_END_TRACER, errno, "write to the feed pipe: %s", strerror(errno));
}

static void detach(struct pr_run *run, pid_t pid, int sig)
{
	if (ptrace(PTRACE_DETACH, pid, NULL, (void *)(long)sig) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_DETACH: %s", strerror(errno));
}

static void seize_worker(const struct pr_launch *l, struct pr_run *run)
{
	if (run->worker_tid &&
	    ptrace(PTRACE_SEIZE, (pid_t)run->worker_tid, NULL, (void *)pr_trace_options(l->group)) != 0)
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_SEIZE of the worker thread: %s", strerror(errno));
}

/* Is thread tid of pid asleep (/proc/PID/task/TID/stat's state S)? */
static bool sleeping(pid_t pid, pid_t tid)
{
	char path[64], buf[512], *paren;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", pid, tid);
	f = fopen(path, "r");
	if (!f)
		return false;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	paren = strrchr(buf, ')');
	return paren && paren[1] == ' ' && paren[2] == 'S';
}

/* Does /proc/PID/task list exactly the n tids? */
static bool task_list_is(pid_t pid, const pid_t *tids, unsigned n)
{
	char path[64];
	unsigned seen = 0, listed = 0;
	struct dirent *e;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	d = opendir(path);
	if (!d)
		return false;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			listed++;
			for (unsigned t = 0; t < n; t++)
				seen += atoi(e->d_name) == tids[t];
		}
	closedir(d);
	return listed == n && seen == n;
}

static void attach_threads(struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps, double deadline)
{
	pid_t tids[2] = { pid, (pid_t)run->worker_tid };
	unsigned n = run->worker_tid ? 2 : 1;
	bool seize = ps->kind == PR_STOP_EVENT;

	if (!task_list_is(pid, tids, n)) {
		pr_run_set_end(run, PR_END_TRACER, 0, "/proc/%d/task does not list the tracee's threads %d and %ld alone",
			       pid, pid, (long)run->worker_tid);
		return;
	}
	for (unsigned t = 0; t < n; t++)
		while (!sleeping(pid, tids[t]) && pr_now() < deadline)
			usleep(1000);
	for (unsigned t = 0; t < n; t++)
		if (ptrace(seize ? PTRACE_SEIZE : PTRACE_ATTACH, tids[t], NULL, NULL) != 0 ||
		    (seize && ptrace(PTRACE_INTERRUPT, tids[t], NULL, NULL) != 0)) {
			pr_run_set_end(run, PR_END_TRACER, errno, "%s of thread %d: %s",
				       seize ? "PTRACE_SEIZE and PTRACE_INTERRUPT" : "PTRACE_ATTACH", tids[t],
				       strerror(errno));
			return;
		}
}

static void read_while_blocked(struct pr_run *run, pid_t pid, pid_t tid, int feed, double deadline, struct pr_stop *s)
{
	struct pr_proc_syscall *ps = pr_proc_syscall_make(s);

	while (!sleeping(pid, tid) && pr_now() < deadline)
		usleep(1000);
	ps->blocked_err = pr_observe_proc_syscall(tid, ps->blocked, sizeof(ps->blocked));
	feed_byte(run, feed);
}

/* The PR_TRACER_* primitives carried out while the tracee runs: before the
 * tracer waits for their stop, or after it resumed the tracee from it. */
struct while_running {
	const struct pr_launch *l;
	struct pr_run *run;
	pid_t pid, tid;
	int feed;
	double deadline;
	const struct pr_plan_stop *ps;
	struct pr_stop *s;
};

static void attach(const struct while_running *w)
{
	attach_threads(w->run, w->pid, w->ps, w->deadline);
}

static void read_blocked(const struct while_running *w)
{
	read_while_blocked(w->run, w->pid, w->tid, w->feed, w->deadline, w->s);
}

/* The notified call, answered while the tracee waits in its filter. */
static void supervise(const struct while_running *w)
{
	pr_notify_supervise(w->l, w->run, w->tid, w->ps, w->s, w->deadline);
}

static const struct {
	unsigned primitive;
	enum pr_running when;
	void (*act)(const struct while_running *w);
} while_running[] = {
	{ PR_TRACER_ATTACH, PR_BEFORE_STOP, attach },
	{ PR_TRACER_READ_BLOCKED, PR_BEFORE_STOP, read_blocked },
	{ PR_TRACER_NOTIFY, PR_AFTER_RESUME, supervise },
};

bool pr_act_while_running(const struct pr_launch *l, struct pr_run *run, pid_t pid, pid_t tid, int feed,
			  double deadline, const struct pr_plan_stop *ps, struct pr_stop *s, enum pr_running when)
{
	const struct while_running w = { l, run, pid, tid, feed, deadline, ps, s };

	for (unsigned k = 0; k < sizeof(while_running) / sizeof(while_running[0]); k++)
		if ((ps->tracer & while_running[k].primitive) && while_running[k].when == when &&
		    run->end == PR_END_NONE)
			while_running[k].act(&w);
	return run->end == PR_END_NONE;
}

/* What the group's checks record at this stop, then the plan's PR_TRACER_*
 * primitives, in the order a call's actions need them: a change before the
 * interrupt that follows it, the child let go, the interrupted read fed
 * (after a detach, which the fed tracee could otherwise outrun). */
void pr_act(const struct pr_launch *l, struct pr_run *run, pid_t pid, int feed, double deadline,
		const struct pr_plan_stop *ps, struct pr_stop *s)
{
	const struct pr_group *g = l->group;

	pr_observe_at(l, run, pid, ps, s);
	if (ps->tracer & PR_TRACER_NOTIFY)
		pr_notify_listener(run, pid, s);
	if (ps->tracer & PR_TRACER_TAMPER)
		pr_tamper(pid, run->pers, g->via, pr_run_table_end(run, NULL, 0), &g->calls[ps->call],
			  (unsigned)ps->call, s);
	if (ps->tracer & PR_TRACER_SEND_SIGNAL)
		send_signal(run, pid, ps->send);
	if (ps->tracer & PR_TRACER_PTRACE_INTERRUPT)
		ptrace_interrupt(run, pid);
	if (ps->tracer & PR_TRACER_SEIZE_WORKER)
		seize_worker(l, run);
	if (ps->tracer & PR_TRACER_LET_CHILD_GO)
		let_child_go(run, s, deadline);
	if (ps->tracer & PR_TRACER_RESTORE_REGS)
		pr_restore_regs(pid, s);
	/* After a SIGKILL every request on the tracee is ESRCH:
	 * ptrace_freeze_traced() refuses a task with a fatal signal pending. */
	if (ps->tracer & PR_TRACER_KILL)
		send_signal(run, pid, SIGKILL);
	if (ps->tracer & PR_TRACER_DETACH) /* the tracee is no longer ours */
		detach(run, pid, ps->deliver);
	/* After the detach: the byte may end the tracee (attach-rounds.c). */
	if (ps->tracer & PR_TRACER_FEED)
		feed_byte(run, feed);
}
