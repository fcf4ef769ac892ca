/* Drive one tracee through one group: fork, PTRACE_TRACEME, exec (or its
 * program's fork server's fork), then PTRACE_SYSCALL from the tracee's
 * SIGSTOP on, recording every stop. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "observe.h"
#include "payload.h"
#include "recording.h"
#include "tamper.h"
#include "group-plan.h"
#include "tracer-parts.h"
#include "tracer.h"
#include "wait.h"
#include "workdir.h"

#define SYSCALL_STOP ((SIGTRAP | 0x80) << 8 | 0x7f)
/* A tracer process (tracer-exit.c) that outlives the group's timeout by
 * this much is killed. */
#define TRACER_GRACE 5

/* Wait for the next stop; on exit, timeout or error, record the end. */
static bool next_stop(struct pr_run *run, pid_t pid, int *status, double deadline, unsigned timeout)
{
	pid_t r = pr_wait_until(pid, status, deadline);

	if (r == 0) {
		pr_kill_and_reap(pid);
		pr_run_set_end(run, PR_END_TIMEOUT, (int)timeout, "no stop within %u seconds", timeout);
		return false;
	}
	if (r < 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "waitpid: %s", strerror(errno));
		pr_kill_and_reap(pid);
		return false;
	}
	if (WIFEXITED(*status)) {
		pr_run_set_end(run, PR_END_EXITED, WEXITSTATUS(*status), "exited with status %d",
			WEXITSTATUS(*status));
		return false;
	}
	if (WIFSIGNALED(*status)) {
		pr_run_set_end(run, PR_END_SIGNALED, WTERMSIG(*status), "killed by %s%s",
			strsignal(WTERMSIG(*status)), WCOREDUMP(*status) ? " (core dumped)" : "");
		run->end_core = WCOREDUMP(*status);
		return false;
	}
	return true;
}

static bool resume(struct pr_run *run, pid_t pid, enum __ptrace_request req, int sig)
{
	if (ptrace(req, pid, NULL, (void *)(long)sig) == 0)
		return true;
	pr_run_set_end(run, PR_END_TRACER, errno, "%s: %s",
		req == PTRACE_SYSCALL ? "PTRACE_SYSCALL" : "PTRACE_CONT", strerror(errno));
	pr_kill_and_reap(pid);
	return false;
}

/* The request the plan says (PR_RESUME_CONT where PTRACE_INTERRUPT under
 * PTRACE_CONT makes no exit stop), else the group's. */
static enum __ptrace_request resume_with(const struct pr_plan_stop *ps, enum __ptrace_request next)
{
	return ps->resume == PR_RESUME_CONT ? PTRACE_CONT : next;
}

/* At a group-stop: PTRACE_LISTEN (the tracee stays stopped, but is told of
 * what ends the stop), then SIGCONT, which ends it. */
static bool listen_and_continue(struct pr_run *run, pid_t pid)
{
	if (ptrace(PTRACE_LISTEN, pid, NULL, NULL) != 0 || kill(pid, SIGCONT) != 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_LISTEN and SIGCONT: %s", strerror(errno));
		pr_kill_and_reap(pid);
		return false;
	}
	return true;
}

/* After the plan: a signal the tracee got by itself is delivered, not
 * swallowed.  (At a planned stop the plan says what to pass on.) */
static int pending_signal(int status)
{
	int sig = WSTOPSIG(status);

	return status == SYSCALL_STOP || sig == SIGSTOP || sig == SIGTRAP ? 0 : sig;
}

/* Is the stop the kind the plan says?  If not, the group ends here, with the
 * stop recorded for the judge and nothing done to it: a change meant for
 * another kind of stop would only add wrong results to the kernel's error. */
static bool planned(const struct pr_launch *l, struct pr_run *run, pid_t pid,
		    const struct pr_plan_stop *ps, int status)
{
	unsigned op;
	int want;

	pr_plan_stop_shape(l->pers, l->group, ps, &want, &op);
	if (status == want)
		return true;
	pr_run_set_end(run, PR_END_TRACER, 0, "stopped at stop %u with wait status %#x where the plan has the "
		"%s of %s (%#x), and the group ended there", run->nstops, status,
		pr_stop_kind_name(ps->kind), pr_sys_name(ps->sys), want);
	run->nstops++;
	pr_kill_and_reap(pid);
	return false;
}

/* A thread's resume, put off while the plan's next stop is the other
 * thread's: holding it stopped keeps the two from running stub code at once
 * (they share pr_stub_sp) and the order of their stops the plan's. */
struct held {
	bool held;
	enum __ptrace_request req;
	int sig;
};

static bool later_stop_of_thread(const struct pr_plan_stop *plan, unsigned want, unsigned k)
{
	for (unsigned i = k + 1; i < want; i++)
		if (plan[i].thread == plan[k].thread)
			return true;
	return false;
}

/* The worker made its last planned stop, its exit's entry, and was let go:
 * its exit is reaped here.  (A worker whose last stop is its execve's entry
 * lives on under the leader's pid: exec.c.) */
static bool reap_worker(struct pr_run *run, double deadline)
{
	pid_t tid = (pid_t)run->worker_tid;
	int status;

	if (pr_wait_until(tid, &status, deadline) == tid && WIFEXITED(status))
		return true;
	pr_run_set_end(run, PR_END_TRACER, 0, "the worker thread %d did not exit after its last stop", tid);
	return false;
}

/* Every planned stop, each waited for in the thread it is of. */
static bool follow_plan(const struct pr_launch *l, struct pr_run *run, pid_t pid,
			const struct pr_plan_stop *plan, unsigned want, int feed, double deadline)
{
	enum __ptrace_request next = l->group->cont ? PTRACE_CONT : PTRACE_SYSCALL;
	struct held held[2] = { { false, PTRACE_CONT, 0 }, { false, PTRACE_CONT, 0 } };
	int status;

	while (run->nstops < want) {
		unsigned k = run->nstops;
		const struct pr_plan_stop *ps = &plan[k];
		pid_t tid = ps->thread ? (pid_t)run->worker_tid : pid;
		struct held *h = &held[ps->thread];

		if (h->held && !resume(run, tid, h->req, h->sig))
			return false;
		h->held = false;
		if (!pr_act_while_running(l, run, pid, tid, feed, deadline, ps, &run->stops[k], PR_BEFORE_STOP))
			return false;
		if (!next_stop(run, tid, &status, deadline, l->timeout))
			return false;
		pr_record_stop(run, tid, status, &run->stops[k], pr_plan_sized(l->group, plan, k));
		if (!planned(l, run, tid, ps, status))
			return false;
		pr_act(l, run, tid, feed, deadline, ps, &run->stops[k]);
		run->nstops++;
		if (run->end != PR_END_NONE) {
			pr_kill_and_reap(tid);
			return false;
		}
		if (ps->resume == PR_RESUME_NONE || ps->resume == PR_RESUME_EXIT) /* killed, or the tracer leaves */
			continue;
		if (ps->resume == PR_RESUME_LISTEN) {
			if (!listen_and_continue(run, tid))
				return false;
			continue;
		}
		h->req = k + 1 < want ? resume_with(ps, next) : PTRACE_CONT;
		h->sig = ps->deliver;
		if (k + 1 < want && plan[k + 1].thread != ps->thread && later_stop_of_thread(plan, want, k)) {
			h->held = true;
			continue;
		}
		if (!resume(run, tid, h->req, h->sig))
			return false;
		if (!pr_act_while_running(l, run, pid, tid, feed, deadline, ps, &run->stops[k], PR_AFTER_RESUME)) {
			pr_kill_and_reap(tid);
			return false;
		}
		if (ps->thread && ps->sys == PR_SYS_exit && !later_stop_of_thread(plan, want, k) &&
		    !reap_worker(run, deadline))
			return false;
	}
	/* The leader, if the plan ended with the worker's stops. */
	return !held[0].held || resume(run, pid, held[0].req, held[0].sig);
}

static void trace(const struct pr_launch *l, struct pr_run *run, pid_t pid, int status0, int hs, int feed,
		  double deadline)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned want = pr_plan(l->group, plan);
	int status;

	/* The exec's PTRACE_EVENT_EXEC stop (a PTRACE_SEIZE group's first)
	 * is the one this was called at. */
	if (plan[0].kind == PR_STOP_EVENT) {
		pr_record_stop(run, pid, status0, &run->stops[0], false);
		if (!planned(l, run, pid, &plan[0], status0))
			return;
		pr_observe_at(l, run, pid, &plan[0], &run->stops[0]);
		run->nstops = 1;
	}
	if (ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)pr_trace_options(l->group)) != 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "PTRACE_SETOPTIONS: %s", strerror(errno));
		pr_kill_and_reap(pid);
		return;
	}
	if (!resume(run, pid, PTRACE_CONT, 0))
		return;
	if (pr_read_handshake(run, hs, deadline) != 0) {
		/* The tracee died or hung in its fixture; next_stop says which. */
		if (next_stop(run, pid, &status, deadline, l->timeout))
			pr_kill_and_reap(pid);
		if (run->end == PR_END_NONE || run->end == PR_END_EXITED)
			pr_run_set_end(run, PR_END_LAUNCH, 0, "tracee %s did not announce itself (fixture failed?)",
				l->tracee);
		return;
	}
	if (!follow_plan(l, run, pid, plan, want, feed, deadline)) {
		/* Whichever thread's request failed was killed and reaped: the
		 * other one too. */
		if (run->worker_tid) {
			pr_kill_and_reap((pid_t)run->worker_tid);
			pr_kill_and_reap(pid);
		}
		return;
	}
	/* A tracer that exits there sees nothing more (tracer-exit.c). */
	if (plan[want - 1].resume == PR_RESUME_EXIT)
		return;
	/* The tracee now runs its exit_group() untraced: any stop still coming
	 * (an event stop the plan did not expect) is counted. */
	while (next_stop(run, pid, &status, deadline, l->timeout)) {
		if (run->extra_stops++ == 0)
			run->extra_status = status;
		if (!resume(run, pid, PTRACE_CONT, pending_signal(status)))
			return;
	}
}

/* Ubuntu's /proc/version_signature ("Ubuntu 6.8.0-49.49~22.04.1-generic
 * 6.8.12"): the upstream version its release string hides.  Empty where
 * the kernel has none. */
static void read_version_signature(char *buf, size_t len)
{
	FILE *f = fopen("/proc/version_signature", "r");

	buf[0] = '\0';
	if (!f)
		return;
	if (fgets(buf, (int)len, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

/* What every run says about itself, traced or not. */
void pr_run_init(const struct pr_launch *l, struct pr_run *run)
{
	struct utsname u;

	memset(run, 0, sizeof(*run));
	run->pers = l->pers;
	snprintf(run->program, sizeof(run->program), "%s", l->program->name);
	run->path = l->path;
	run->group = l->group;
	run->ppid = getpid();
	if (uname(&u) == 0) {
		snprintf(run->machine, sizeof(run->machine), "%s", u.machine);
		snprintf(run->release, sizeof(run->release), "%s", u.release);
		snprintf(run->uts_version, sizeof(run->uts_version), "%s", u.version);
	}
	read_version_signature(run->version_signature, sizeof(run->version_signature));
}

/* As the tracer of the tracee just forked: a PTRACE_SEIZE group's seize (go
 * closed then lets it exec), its first stop, then the plan. */
static void trace_launched(const struct pr_launch *l, struct pr_run *run, pid_t pid, int hs, int err, int feed,
			   const int go[2], double deadline)
{
	int status;

	if (go[0] >= 0) {
		if (ptrace(PTRACE_SEIZE, pid, NULL, (void *)pr_trace_options(l->group)) != 0)
			pr_run_set_end(run, PR_END_LAUNCH, errno, "PTRACE_SEIZE: %s", strerror(errno));
		close(go[0]);
		close(go[1]);
	}
	if (run->end != PR_END_NONE)
		pr_kill_and_reap(pid);
	else if (next_stop(run, pid, &status, deadline, l->timeout)) {
		if (WSTOPSIG(status) == SIGTRAP)
			trace(l, run, pid, status, hs, feed, deadline);
		else {
			pr_run_set_end(run, PR_END_TRACER, 0, "first stop was not the exec SIGTRAP (status 0x%x)",
				status);
			pr_kill_and_reap(pid);
		}
	} else if (run->end == PR_END_EXITED || run->end == PR_END_SIGNALED)
		pr_launch_failed(run, l, err);
}

/* The tracer's run, read back from its recording into *run; or why not. */
static void read_tracer_run(FILE *out, int status, struct pr_run *run, char *why, size_t len)
{
	struct pr_recording rec;
	char err[200] = "";

	if (why[0])
		return;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(why, len, "ended with wait status 0x%x", (unsigned)status);
		return;
	}
	rewind(out);
	if (pr_rec_read(out, "tracer", &rec, err, sizeof(err)) != 0 || rec.nentries != 1) {
		snprintf(why, len, "handed back no run: %.80s", err);
		pr_rec_free(&rec);
		return;
	}
	pr_run_free(run);
	*run = rec.entries[0].run;
	rec.entries[0].run.stops = NULL;
	rec.entries[0].run.stops_made = 0;
	pr_rec_free(&rec);
}

/* The tracer is a process of its own, which exits at a stop of the tracee
 * (src/actions/tracer-exit.c): forked here, it seizes the tracee (its
 * sibling), follows the plan to that stop, hands its run back as a
 * recording (the --record text, as a --jobs worker does) and _exit()s, the
 * tracee still stopped.  This process, the tracee's parent, then waits for
 * the tracee: its wait status is the run's end. */
static void trace_from_own_process(const struct pr_launch *l, struct pr_run *run, pid_t pid, int hs, int err,
				   int feed, const int go[2], double deadline)
{
	FILE *out = tmpfile();
	char why[200] = "";
	pid_t tracer = -1;
	int status = 0;

	if (!out)
		snprintf(why, sizeof(why), "could not be started: tmpfile: %s", strerror(errno));
	else {
		fflush(NULL);
		tracer = fork();
	}
	if (tracer == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		trace_launched(l, run, pid, hs, err, feed, go, deadline);
		pr_rec_write_header(out, "ptrace-regress tracer", NULL);
		pr_rec_write_run(out, run);
		pr_rec_write_trailer(out, 1);
		_exit(ferror(out) || fflush(out) != 0 ? 1 : 0);
	}
	close(go[0]);
	close(go[1]);
	if (out && tracer < 0)
		snprintf(why, sizeof(why), "could not be started: fork: %s", strerror(errno));
	if (tracer > 0 && pr_wait_until(tracer, &status, deadline + TRACER_GRACE) != tracer) {
		pr_kill_and_reap(tracer);
		snprintf(why, sizeof(why), "did not end within %u s", l->timeout + TRACER_GRACE);
	}
	if (out) {
		read_tracer_run(out, status, run, why, sizeof(why));
		fclose(out);
	}
	if (why[0])
		pr_run_set_end(run, PR_END_TRACER, 0, "the tracer process %s", why);
	/* The tracee's end, as its parent sees it; the tracer's part ended
	 * otherwise, the tracee is killed (or was) and reaped. */
	if (run->end != PR_END_NONE || next_stop(run, pid, &status, deadline, l->timeout))
		pr_kill_and_reap(pid);
}

void pr_trace_group(const struct pr_launch *l, struct pr_run *run)
{
	char workdir[PATH_MAX];
	int hs[2], err[2], feed[2], go[2] = { -1, -1 };
	double deadline = pr_now() + l->timeout;
	pid_t pid;

	/* The tracee's orphans come here, not to init (pr_reap_let_go()). */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	pr_run_init(l, run);
	if (!pr_run_alloc_stops(run, pr_expected_stops(l->group)) || pr_workdir_make(workdir, sizeof(workdir)) != 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "setup: %s", strerror(errno));
		return;
	}
	/* feed: a blocking pipe whose read end the tracee has as PR_FD_FEED and
	 * whose write end only the tracer holds (restarted reads).  The tracer
	 * keeps the read end open too: a byte fed at the stop a kill lands at
	 * finds the tracee dead, which would be SIGPIPE for the tracer. */
	if (pipe2(hs, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0 || pipe2(feed, O_CLOEXEC) != 0 ||
	    (l->group->seize && pipe2(go, O_CLOEXEC) != 0)) {
		pr_run_set_end(run, PR_END_TRACER, errno, "pipe: %s", strerror(errno));
		pr_workdir_remove(workdir);
		return;
	}
	pid = pr_launch_forked(l, workdir, hs[1], err[1], feed[0], deadline);
	if (pid < 0)
		pid = fork();
	if (pid == 0) {
		if (go[1] >= 0)
			close(go[1]); /* else its read of go would never see the end */
		pr_launch_child(l, workdir, hs[1], err[1], feed[0], go[0]);
	}
	close(hs[1]);
	close(err[1]);
	run->pid = pid;
	if (pid < 0) {
		pr_run_set_end(run, PR_END_TRACER, errno, "fork: %s", strerror(errno));
		if (go[0] >= 0) {
			close(go[0]);
			close(go[1]);
		}
	} else if (pr_group_tracer_exit(l->group))
		trace_from_own_process(l, run, pid, hs[0], err[0], feed[1], go, deadline);
	else
		trace_launched(l, run, pid, hs[0], err[0], feed[1], go, deadline);
	close(hs[0]);
	close(err[0]);
	close(feed[0]);
	close(feed[1]);
	pr_reap_let_go(run, deadline);
	pr_workdir_remove(workdir);
}
