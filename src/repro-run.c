#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "repro-run.h"
#include "wait.h"

int pr_run_reproducer(const char *prog, unsigned timeout, char *said, size_t len)
{
	double deadline = pr_now() + timeout;
	char buf[512];
	size_t got = 0;
	int out[2], status;
	pid_t pid;

	said[0] = '\0';
	if (pipe(out) != 0) {
		snprintf(said, len, "pipe: %s", strerror(errno));
		return -1;
	}
	pid = fork();
	if (pid < 0) {
		snprintf(said, len, "fork: %s", strerror(errno));
		close(out[0]);
		close(out[1]);
		return -1;
	}
	if (pid == 0) {
		/* A group of its own: its tracee goes with it on a timeout. */
		setpgid(0, 0);
		dup2(out[1], STDOUT_FILENO);
		close(out[0]);
		close(out[1]);
		execl(prog, prog, (char *)NULL);
		dprintf(STDOUT_FILENO, "cannot run %s: %s\n", prog, strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);
	close(out[1]);
	for (;;) {
		struct pollfd p = { .fd = out[0], .events = POLLIN };
		double left = deadline - pr_now();
		ssize_t n;

		if (left <= 0 || poll(&p, 1, (int)(left * 1000) + 1) == 0) {
			kill(-pid, SIGKILL);
			snprintf(buf, sizeof(buf), "made no result within %u seconds", timeout);
			got = strlen(buf);
			break;
		}
		n = read(out[0], buf + got, sizeof(buf) - 1 - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || (got += (size_t)n) == sizeof(buf) - 1)
			break;
	}
	close(out[0]);
	kill(-pid, SIGKILL); /* whatever it left behind */
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	buf[got] = '\0';
	snprintf(said, len, "%.*s", (int)strcspn(buf, "\n"), buf);
	return status;
}
