/* A tracee that misbehaves on purpose, installed under the name
 * ptrace-regress-tracee-<personality> (whose suffix it reports):
 *   default                 announces itself, then never stops: TIMEOUT
 *   PR_HANG_AFTER_SIGSTOP=1 stops with SIGSTOP like a real tracee, then blocks
 *                           in pause(), for a test to kill it or its tracer;
 *   PR_RAISE_AFTER_SIGSTOP=1 stops with SIGSTOP, then raises SIGUSR1: a stop
 *                           the plan does not have where it wants a syscall;
 *   PR_ORPHAN_AFTER_SIGSTOP=1 stops with SIGSTOP, then forks a child that
 *                           sleeps on (untraced) and exits: a process that
 *                           outlives its run.
 * It has no fork server: `--fork-server` exits 1, and the runner launches
 * each group's tracee by exec (src/tracer-launch.c). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PREFIX "ptrace-regress-tracee-"

int main(int argc, char **argv)
{
	const char *name = strstr(argv[0], PREFIX);

	if (argc >= 2 && strcmp(argv[1], "--probe") == 0)
		return 0;
	if (argc >= 2 && strcmp(argv[1], "--fork-server") == 0)
		return 1;
	if (!name)
		return 2;
	dprintf(3, "ptrace-regress-tracee 3 %s 0 0 0 0 0\n", name + strlen(PREFIX));
	close(3);
	if (getenv("PR_HANG_AFTER_SIGSTOP") || getenv("PR_RAISE_AFTER_SIGSTOP") || getenv("PR_ORPHAN_AFTER_SIGSTOP"))
		kill(getpid(), SIGSTOP);
	if (getenv("PR_RAISE_AFTER_SIGSTOP"))
		raise(SIGUSR1);
	if (getenv("PR_ORPHAN_AFTER_SIGSTOP")) {
		if (fork() == 0)
			for (;;)
				pause();
		_exit(0);
	}
	for (;;)
		pause();
}
