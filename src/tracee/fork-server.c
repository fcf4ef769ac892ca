/* The tracee program, exec'd once per target, forks the tracee of each
 * group: a fork of a started static program costs a fraction of a fork and
 * exec of the tracer plus the program's start-up (measured under TCG, where
 * it was most of a group's cost: doc/soak.md).
 *
 * The child is made with clone3(CLONE_PARENT), so it is the tracer's child
 * exactly as a tracee launched by exec is: PTRACE_TRACEME makes the tracer
 * its tracer, the tracer reaps it, its getppid() is the tracer, its orphans
 * go to the tracer's process.  Its SIGTRAP stands for the exec's: the
 * tracer sets its options there and resumes it without the signal.  (glibc
 * has no fork with CLONE_PARENT; what glibc's fork resets is per-thread
 * state of a multi-threaded parent, and the server has one thread.) */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "launch-proto.h"
#include "tracee/fork-server.h"

/* The request's tracee: the launch by exec's setup, PTRACE_TRACEME and its
 * SIGTRAP in place of the exec, then the group. */
static void __attribute__((noreturn)) child(pr_tracee_group_fn *run, const struct pr_fork_request *r,
					    const int fds[PR_FORK_NFDS])
{
	int err;

	close(PR_FD_FORK_SERVER);
	err = pr_launch_take_fds(fds[PR_FORK_FD_HANDSHAKE], fds[PR_FORK_FD_ERR], fds[PR_FORK_FD_FEED]);
	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		pr_launch_fail(err, "PTRACE_TRACEME");
	kill(getpid(), SIGTRAP);
	close(err); /* as the exec closes it (O_CLOEXEC) */
	_exit(run(r->group, r->path, r->workdir));
}

int pr_tracee_fork_server(pr_tracee_group_fn *run)
{
	struct pr_fork_request r;
	int fds[PR_FORK_NFDS];
	int got;

	while ((got = pr_fork_request_recv(PR_FD_FORK_SERVER, &r, fds)) > 0) {
		/* No exit_signal: CLONE_PARENT's child has the server's own
		 * (SIGCHLD), and clone3 refuses one given with it. */
		struct clone_args args = { .flags = CLONE_PARENT };
		long pid = syscall(SYS_clone3, &args, sizeof(args));
		pr_fork_reply reply;

		if (pid == 0)
			child(run, &r, fds);
		reply = pid < 0 ? -errno : (pr_fork_reply)pid;
		for (int i = 0; i < PR_FORK_NFDS; i++)
			close(fds[i]);
		if (send(PR_FD_FORK_SERVER, &reply, sizeof(reply), MSG_NOSIGNAL) != (ssize_t)sizeof(reply))
			return 1;
	}
	return got == 0 ? 0 : 1;
}
