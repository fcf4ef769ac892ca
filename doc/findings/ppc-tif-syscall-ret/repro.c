/*
 * Reproducer for "found-here:ppc-tif-syscall-ret": on powerpc,
 * syscall_set_return_value() (arch/powerpc/include/asm/syscall.h) ends with
 * set_thread_flag(TIF_SYSCALL_RET), which flags current.  When
 * PTRACE_SET_SYSCALL_INFO changes the result at an exit stop, current is the
 * TRACER, so system_call_exception() skips the tracer's next syscall: it
 * returns without running it (0 for a plain call).
 *
 * The tracer: forks a tracee that stops itself and makes getppid(); at the
 * exit stop of that call it sets a success result with
 * PTRACE_SET_SYSCALL_INFO, then makes a syscall of its own whose result it
 * knows (getpid() must be its own pid, taken before the fork).
 *
 * Prints one line and exits:
 *   OK: ...   0  the tracer's syscall ran
 *   BUG: ...  1  it did not run (returned a wrong value)
 *   SKIP: ... 4  no ptrace, or no PTRACE_GET/SET_SYSCALL_INFO (EIO)
 * Valid on every arch: only powerpc has the bug.
 *
 * Build: gcc -static -O2 -Wall -Wextra -o repro repro.c (or any cross gcc).
 * One file, sharing nothing with the other findings' reproducers on purpose:
 * a kernel developer compiles and runs it alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Debian 12's headers predate PTRACE_SET_SYSCALL_INFO (Linux 6.16). */
#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif
#ifndef PTRACE_SET_SYSCALL_INFO
#define PTRACE_SET_SYSCALL_INFO 0x4212
#endif
#ifndef PTRACE_SYSCALL_INFO_ENTRY
#define PTRACE_SYSCALL_INFO_ENTRY 1
#endif
#ifndef PTRACE_SYSCALL_INFO_EXIT
#define PTRACE_SYSCALL_INFO_EXIT 2
#endif
#ifndef PTRACE_O_TRACESYSGOOD
#define PTRACE_O_TRACESYSGOOD 1
#endif
#ifndef PTRACE_O_EXITKILL
#define PTRACE_O_EXITKILL 0x100000
#endif

/* struct ptrace_syscall_info as of 6.16 (uapi/linux/ptrace.h), 88 bytes. */
struct psi {
	uint8_t op;
	uint8_t reserved;
	uint16_t flags;
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	union {
		struct {
			uint64_t nr;
			uint64_t args[6];
		} entry;
		struct {
			int64_t rval;
			uint8_t is_error;
		} exit;
		struct {
			uint64_t nr;
			uint64_t args[6];
			uint32_t ret_data;
			uint32_t reserved2;
		} seccomp;
	};
};

static pid_t tracee;

static void finish(int status, const char *fmt, ...)
{
	va_list ap;

	if (tracee > 0) {
		kill(tracee, SIGKILL);
		waitpid(tracee, NULL, 0);
	}
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	exit(status);
}

static long xptrace(int req, pid_t pid, void *addr, void *data)
{
	/* int, not enum __ptrace_request: the new requests are not in glibc's enum. */
	return ptrace((enum __ptrace_request)req, pid, addr, data);
}

/* Waits for the tracee's next stop; returns its wait status. */
static int wait_stop(const char *what)
{
	int status;

	if (waitpid(tracee, &status, 0) != tracee)
		finish(4, "SKIP: waitpid (%s): %s", what, strerror(errno));
	if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
		finish(4, "SKIP: ptrace not available: the tracee's PTRACE_TRACEME failed");
	if (!WIFSTOPPED(status))
		finish(4, "SKIP: the tracee ended (wait status 0x%x) before %s", status, what);
	return status;
}

int main(void)
{
	pid_t self = getpid();
	struct psi info;
	long rc;
	int status, i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	alarm(20);	/* a hang (the tracer lost a PTRACE_CONT, say) ends here */
	tracee = fork();
	if (tracee < 0)
		finish(4, "SKIP: fork: %s", strerror(errno));
	if (tracee == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(3);
		kill(getpid(), SIGSTOP);
		syscall(SYS_getppid);	/* the call whose exit stop the tracer takes */
		_exit(0);
	}

	status = wait_stop("its SIGSTOP");
	if (WSTOPSIG(status) != SIGSTOP)
		finish(4, "SKIP: first stop is signal %d, not SIGSTOP", WSTOPSIG(status));
	if (xptrace(PTRACE_SETOPTIONS, tracee, NULL,
		    (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL)) != 0)
		finish(4, "SKIP: PTRACE_SETOPTIONS: %s", strerror(errno));

	/* Entry then exit stop of getppid (skipping any other call before it). */
	for (i = 0; i < 16; i++) {
		if (xptrace(PTRACE_SYSCALL, tracee, NULL, NULL) != 0)
			finish(4, "SKIP: PTRACE_SYSCALL: %s", strerror(errno));
		status = wait_stop("its syscall stop");
		if (WSTOPSIG(status) != (SIGTRAP | 0x80))
			finish(4, "SKIP: unexpected stop, signal %d", WSTOPSIG(status));
		memset(&info, 0, sizeof(info));
		rc = xptrace(PTRACE_GET_SYSCALL_INFO, tracee, (void *)sizeof(info), &info);
		if (rc < 0 && errno == EIO)
			finish(4, "SKIP: kernel lacks PTRACE_GET_SYSCALL_INFO (EIO)");
		if (rc <= 0)
			finish(4, "SKIP: PTRACE_GET_SYSCALL_INFO: returned %ld (%s)", rc, strerror(errno));
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY && info.entry.nr == SYS_getppid) {
			if (xptrace(PTRACE_SYSCALL, tracee, NULL, NULL) != 0)
				finish(4, "SKIP: PTRACE_SYSCALL: %s", strerror(errno));
			status = wait_stop("getppid's exit stop");
			memset(&info, 0, sizeof(info));
			rc = xptrace(PTRACE_GET_SYSCALL_INFO, tracee, (void *)sizeof(info), &info);
			if (WSTOPSIG(status) != (SIGTRAP | 0x80) || rc <= 0 ||
			    info.op != PTRACE_SYSCALL_INFO_EXIT)
				finish(4, "SKIP: no exit stop after getppid's entry stop (op %d)", info.op);
			break;
		}
	}
	if (i == 16)
		finish(4, "SKIP: the tracee never entered getppid");

	/* At the exit stop: a success result of the tracer's choosing. */
	info.exit.rval = 42;
	info.exit.is_error = 0;
	rc = xptrace(PTRACE_SET_SYSCALL_INFO, tracee, (void *)sizeof(info), &info);
	if (rc != 0) {
		if (errno == EIO)
			finish(4, "SKIP: kernel lacks PTRACE_SET_SYSCALL_INFO (EIO)");
		finish(4, "SKIP: PTRACE_SET_SYSCALL_INFO at the exit stop: %s", strerror(errno));
	}

	/* The tracer's own next syscall: it must run. */
	rc = syscall(SYS_getpid);
	if (rc != self)
		finish(1, "BUG: after PTRACE_SET_SYSCALL_INFO at an exit stop the tracer's next syscall did not run: getpid() returned %ld, not %ld",
		       rc, (long)self);
	finish(0, "OK: after PTRACE_SET_SYSCALL_INFO at an exit stop the tracer's next syscall ran (getpid() = %ld)", rc);
	return 0;
}
