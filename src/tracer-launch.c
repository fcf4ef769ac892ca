/* Starting a tracee: by its program's fork server, or the child's side of
 * a launch by exec (PTRACE_TRACEME, or waiting to be seized, then exec);
 * and the handshake it announces itself with. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "fork-servers.h"
#include "launch-proto.h"
#include "tracer-parts.h"
#include "wait.h"

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

	err = pr_launch_take_fds(hs, err, feed);
	if (pr_fixed_layout() != 0)
		pr_launch_fail(err, "personality(ADDR_NO_RANDOMIZE)");
	/* Its tracer a sibling, not its parent: Yama's ptrace_scope 1 lets
	 * only an ancestor attach unless the tracee names a tracer. */
	if (pr_group_tracer_exit(l->group))
		prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
	if (go < 0 && ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		pr_launch_fail(err, "PTRACE_TRACEME");
	if (go >= 0 && read(go, &byte, 1) != 0)
		pr_launch_fail(err, "waiting for PTRACE_SEIZE");
	execv(l->tracee, argv);
	pr_launch_fail(err, "exec");
}

/* A group is launched by exec with --launch-by-exec, or where its checks
 * see its tracee's exec (PTRACE_SEIZE's exec event, the exec-in-worker
 * events) or its tracer is a process of its own (tracer-exit.c); any other
 * by its program's fork server.  Each forked tracee is the tracer's child, stopped by its SIGTRAP
 * where an exec's would stop it, so the two launches look alike from the
 * first stop on. */
pid_t pr_launch_forked(const struct pr_launch *l, const char *workdir, int hs, int err, int feed, double deadline)
{
	struct pr_fork_request r;
	const int fds[PR_FORK_NFDS] = { [PR_FORK_FD_HANDSHAKE] = hs, [PR_FORK_FD_ERR] = err, [PR_FORK_FD_FEED] = feed };

	if (l->by_exec || l->group->seize || l->group->exec_events || pr_group_tracer_exit(l->group))
		return -1;
	memset(&r, 0, sizeof(r));
	if (snprintf(r.group, sizeof(r.group), "%s", l->group->name) >= (int)sizeof(r.group) ||
	    snprintf(r.path, sizeof(r.path), "%s", l->path) >= (int)sizeof(r.path) ||
	    snprintf(r.workdir, sizeof(r.workdir), "%s", workdir) >= (int)sizeof(r.workdir))
		return -1;
	return pr_fork_server_spawn(l->tracee, &r, fds, deadline);
}

/* The tracee died before its exec stop: the error pipe says why. */
void pr_launch_failed(struct pr_run *run, const struct pr_launch *l, int err)
{
	char what[32];
	int e;

	if (pr_launch_failure(err, what, sizeof(what), &e) == 0)
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

