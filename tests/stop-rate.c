/* stop-rate MODE N: how many syscall stops a second the tracer handles when,
 * at every stop, it reads nothing (MODE none), PTRACE_GET_SYSCALL_INFO (info)
 * or the raw registers through the arch's reader (regs).  The tracee makes N
 * getppid() calls.  Prints "MODE STOPS SECONDS STOPS_PER_SECOND" (for
 * ci/bench; a figure, not a test). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host.h"
#include "info.h"
#include "wait.h"

static void __attribute__((noreturn)) tracee(long n)
{
	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		_exit(2);
	raise(SIGSTOP);
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	_exit(0);
}

int main(int argc, char **argv)
{
	const struct pr_personality *p = pr_personality_find(pr_host_personalities[0]);
	const char *mode = argc == 3 ? argv[1] : "";
	long n = argc == 3 ? atol(argv[2]) : 0, stops = 0;
	uint8_t info[PR_INFO_SIZE];
	struct pr_raw_regs regs;
	double start;
	int status;
	pid_t pid;

	if (n <= 0 || (strcmp(mode, "none") && strcmp(mode, "info") && strcmp(mode, "regs"))) {
		fprintf(stderr, "usage: stop-rate none|info|regs N\n");
		return 2;
	}
	pid = fork();
	if (pid == 0)
		tracee(n);
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		return 1;
	ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));
	start = pr_now();
	for (;;) {
		ptrace(PTRACE_SYSCALL, pid, NULL, NULL);
		if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
			break;
		stops++;
		if (mode[0] == 'i')
			ptrace((enum __ptrace_request)PR_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), info);
		else if (mode[0] == 'r')
			pr_read_regs(pid, p, &regs);
	}
	double secs = pr_now() - start;
	printf("%s %ld %.3f %.0f\n", mode, stops, secs, stops / secs);
	return 0;
}
