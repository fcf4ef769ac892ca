/* Reproducer: after PTRACE_SET_SYSCALL_INFO at a tracee's syscall-exit stop,
 * the tracer's own next syscall must run.  powerpc's
 * syscall_set_return_value() ends with set_thread_flag(TIF_SYSCALL_RET), which
 * flags current, the tracer, so system_call_exception() skips the tracer's
 * next syscall: here the PTRACE_GET_SYSCALL_INFO right after the SET.
 *
 * Prints one line and exits: "OK: ..." 0, "BUG: ..." 1, "SKIP: ..." 4 (no
 * PTRACE_SET_SYSCALL_INFO, Linux 6.16+).  Any arch: cc -static repro.c
 * One file, sharing nothing with the other findings' reproducers on purpose:
 * a kernel developer compiles and runs it alone. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif
#ifndef PTRACE_SET_SYSCALL_INFO
#define PTRACE_SET_SYSCALL_INFO 0x4212
#endif
#define OPTIONS 0x100001 /* PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL */
#define OP_EXIT 2

/* struct ptrace_syscall_info (include/uapi/linux/ptrace.h, 6.16+), as bytes
 * the kernel fills: op at 0, the exit's rval at 24. */
union info {
	uint8_t op;
	uint64_t words[11];
};

static int say(int status, const char *what, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int say(int status, const char *what, const char *fmt, ...)
{
	va_list ap;

	printf("%s: ", what);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	return status;
}

static int tracee(void)
{
	if (ptrace(PTRACE_TRACEME, 0, 0, 0) != 0)
		_exit(3);
	raise(SIGSTOP);
	getppid();
	_exit(0);
}

/* Resume pid to its next syscall stop; false when it ended. */
static int next_syscall_stop(pid_t pid)
{
	int status;

	if (ptrace(PTRACE_SYSCALL, pid, 0, 0) != 0 || waitpid(pid, &status, 0) != pid)
		return 0;
	return WIFSTOPPED(status) && WSTOPSIG(status) == (SIGTRAP | 0x80);
}

int main(void)
{
	union info info, again;
	long size, got, set;
	int status;
	pid_t pid;

	alarm(20);
	pid = fork();
	if (pid < 0)
		return say(4, "SKIP", "fork: %s", strerror(errno));
	if (pid == 0)
		return tracee();
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		return say(4, "SKIP", "the child did not stop under ptrace (status %#x): ptrace not permitted?", status);
	if (ptrace(PTRACE_SETOPTIONS, pid, 0, OPTIONS) != 0)
		return say(4, "SKIP", "PTRACE_SETOPTIONS: %s", strerror(errno));
	/* The first syscall-exit stop: raise()'s own call returning. */
	do {
		if (!next_syscall_stop(pid))
			return say(4, "SKIP", "the child made no syscall stop");
		memset(&info, 0, sizeof(info));
		size = ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
		if (size < 0)
			return say(4, "SKIP", "no PTRACE_GET_SYSCALL_INFO (%s): Linux 5.3+", strerror(errno));
	} while (info.op != OP_EXIT);
	/* Set the result it has: a SET the kernel takes, that changes nothing
	 * (the whole struct: a SET wants all 88 bytes). */
	set = ptrace(PTRACE_SET_SYSCALL_INFO, pid, sizeof(info), &info);
	if (set != 0 && errno == EIO)
		return say(4, "SKIP", "no PTRACE_SET_SYSCALL_INFO (EIO): Linux 6.16+");
	if (set != 0)
		return say(1, "BUG", "PTRACE_SET_SYSCALL_INFO of the exit stop's own info failed: %s", strerror(errno));
	/* The tracer's next syscall: it must run and answer the size again. */
	memset(&again, 0, sizeof(again));
	got = ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(again), &again);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	if (got != size)
		return say(1, "BUG", "the tracer's first syscall after PTRACE_SET_SYSCALL_INFO at an exit stop did not run: "
		       "PTRACE_GET_SYSCALL_INFO returned %ld, wanted %ld", got, size);
	return say(0, "OK", "the tracer's syscall after a SET at an exit stop ran (PTRACE_GET_SYSCALL_INFO returned %ld)",
		   got);
}
