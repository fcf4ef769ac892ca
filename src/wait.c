/* Timed waits without alarm(): SIGCHLD stays blocked and sigtimedwait() sleeps
 * until a child changes state or the deadline passes, so there is no race
 * between a signal handler and waitpid(). */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "wait.h"

void pr_wait_init(void)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, SIGCHLD);
	sigprocmask(SIG_BLOCK, &s, NULL);
}

double pr_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

pid_t pr_wait_until(pid_t pid, int *status, double deadline)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, SIGCHLD);
	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG | __WALL);
		double left = deadline - pr_now();
		struct timespec ts;

		if (r != 0)
			return r;
		if (left <= 0)
			return 0;
		ts.tv_sec = (time_t)left;
		ts.tv_nsec = (long)((left - (double)ts.tv_sec) * 1e9);
		if (sigtimedwait(&s, NULL, &ts) < 0 && errno != EAGAIN && errno != EINTR)
			return -1;
	}
}

void pr_kill_and_reap(pid_t pid)
{
	int status;

	kill(pid, SIGKILL);
	while (waitpid(pid, &status, __WALL) < 0 && errno == EINTR)
		;
}
