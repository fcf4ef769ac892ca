/* Starting a tracee: the child's side (PTRACE_TRACEME, or waiting to be
 * seized, then exec) and the handshake it announces itself with. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "tracer-parts.h"
#include "wait.h"

#define HANDSHAKE_FD 3

/* In the child: report why the launch failed on the error pipe, then exit. */
static void __attribute__((noreturn)) child_fail(int fd, const char *what)
{
	int e = errno;

	dprintf(fd, "%s %d", what, e);
	_exit(127);
}

/* The options of a group: set before the exec for a PTRACE_SEIZE group,
 * at the exec stop otherwise.  PTRACE_O_EXITKILL but where the group's
 * tracer exits without it (src/actions/tracer-exit.c). */
long pr_trace_options(const struct pr_group *g)
{
	const struct pr_tracer_exit *te = pr_group_tracer_exit(g);

	return (te && !te->exitkill ? 0 : PTRACE_O_EXITKILL) | PTRACE_O_TRACESECCOMP |
	       (g->no_sysgood ? 0 : PTRACE_O_TRACESYSGOOD) |
	       (g->events ? PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE |
				    PTRACE_O_TRACEVFORKDONE | PTRACE_O_TRACEEXIT : 0) |
	       (g->seize ? PTRACE_O_TRACEEXEC : 0) | (g->exec_events ? PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT : 0);
}

/* go: for a PTRACE_SEIZE group, the child waits for its end to close (the
 * tracer has seized it) before it execs; -1 otherwise (PTRACE_TRACEME). */
void __attribute__((noreturn)) pr_launch_child(const struct pr_launch *l, const char *workdir,
					    int hs, int err, int feed, int go)
{
	char byte;

	char *argv[] = { (char *)l->tracee, (char *)l->group->name, (char *)l->path,
			 (char *)workdir, NULL };
	sigset_t none;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	err = fcntl(err, F_DUPFD_CLOEXEC, 10);
	if (hs == HANDSHAKE_FD ? fcntl(hs, F_SETFD, 0) != 0 : dup2(hs, HANDSHAKE_FD) != HANDSHAKE_FD)
		child_fail(err, "dup2");
	if (dup2(feed, PR_FD_FEED) != PR_FD_FEED)
		child_fail(err, "dup2 feed");
	/* A fixed layout: with brk randomised over 1 GiB (64-bit kernels), a
	 * static tracee's heap now and then sits on the personality's fixed
	 * scratch_addr, and the fixture's MAP_FIXED_NOREPLACE fails (EEXIST). */
	int persona = personality(0xffffffff);

	if (persona != -1 && personality((unsigned long)persona | ADDR_NO_RANDOMIZE) == -1)
		child_fail(err, "personality(ADDR_NO_RANDOMIZE)");
	/* Its tracer a sibling, not its parent: Yama's ptrace_scope 1 lets
	 * only an ancestor attach unless the tracee names a tracer. */
	if (pr_group_tracer_exit(l->group))
		prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
	if (go < 0 && ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		child_fail(err, "PTRACE_TRACEME");
	if (go >= 0 && read(go, &byte, 1) != 0)
		child_fail(err, "waiting for PTRACE_SEIZE");
	execv(l->tracee, argv);
	child_fail(err, "exec");
}

/* The tracee died before its exec stop: the error pipe says why. */
void pr_launch_failed(struct pr_run *run, const struct pr_launch *l, int err)
{
	char msg[64] = "", what[32] = "";
	int e = 0;
	ssize_t n = read(err, msg, sizeof(msg) - 1);

	if (n > 0 && sscanf(msg, "%31s %d", what, &e) == 2)
		pr_run_set_end(run, PR_END_LAUNCH, e, "%s %s: %s", what, l->tracee, strerror(e));
}

int pr_read_handshake(struct pr_run *run, int fd, double deadline)
{
	char line[256], name[64];
	size_t len = 0;
	unsigned long long begin, end, trap, slot, worker;
	int version;

	while (len < sizeof(line) - 1 && !memchr(line, '\n', len)) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int left = (int)((deadline - pr_now()) * 1000);
		ssize_t n;

		if (left <= 0 || poll(&p, 1, left) <= 0)
			return -1;
		n = read(fd, line + len, sizeof(line) - 1 - len);
		if (n <= 0)
			return -1;
		len += (size_t)n;
	}
	line[len] = '\0';
	if (sscanf(line, "ptrace-regress-tracee %d %63s %llx %llx %llx %llx %llx", &version, name, &begin, &end,
		   &trap, &slot, &worker) != 7 || version != 3 || strcmp(name, run->pers->name) != 0)
		return -1;
	run->worker_tid = (int64_t)worker;
	run->stub_begin = begin;
	run->stub_end = end;
	run->stub_trap = trap;
	run->stub_sp_slot = slot;
	return 0;
}

