/*
 * Reproducer for "posted:ppc-sc-set-error-sign": on powerpc,
 * syscall_set_return_value() (arch/powerpc/include/asm/syscall.h) stores an
 * error as it gets it, negative, in r3 with CR0.SO set.  The ABI of a call
 * made with the `sc` instruction wants a POSITIVE errno in r3 with CR0.SO set
 * (Documentation/arch/powerpc/syscall64-abi.rst), so a tracer that sets
 * "rval -EPERM, is_error 1" with PTRACE_SET_SYSCALL_INFO at an exit stop
 * hands the tracee r3 = -1 (errno -1) instead of r3 = EPERM.  (`scv`, which
 * glibc's syscall() uses on POWER9 and later, returns -errno and is right.)
 *
 * The tracee stops itself, then calls getpid: with the `sc` instruction on
 * powerpc (inline asm), with the arch's plain syscall instruction
 * (syscall(2)) elsewhere.  At that call's exit stop the tracer sets
 * rval -EPERM, is_error 1.  The tracee then checks that the result it sees is
 * that error as its ABI says: on powerpc sc, CR0.SO set and r3 == EPERM;
 * elsewhere syscall() returning -1 with errno EPERM.  It sends what it saw
 * back through a pipe.
 *
 * Prints one line and exits:
 *   OK: ...   0  the tracee saw the error the tracer set
 *   BUG: ...  1  it saw something else (+EPERM as a success, -EPERM, ...)
 *   SKIP: ... 4  no ptrace, or no PTRACE_GET/SET_SYSCALL_INFO (EIO)
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

/* What the tracee saw: the result register and the error indication. */
struct seen {
	long ret;	/* powerpc: r3; elsewhere: syscall()'s result */
	long err;	/* powerpc: CR0.SO (0/1); elsewhere: errno (0 on success) */
};

#if defined(__powerpc__)
#define PATH "sc"
/* getpid through the `sc` instruction: r0 = nr, result in r3, CR0.SO = error. */
static struct seen the_call(void)
{
	register long r0 __asm__("r0") = SYS_getpid;
	register long r3 __asm__("r3");
	unsigned long cr;
	struct seen s;

	__asm__ volatile("sc\n\tmfcr %2"
			 : "+r"(r0), "=r"(r3), "=r"(cr)
			 :
			 : "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
			   "ctr", "xer", "cr0", "memory");
	s.ret = r3;
	s.err = (cr & 0x10000000UL) != 0;	/* CR0.SO */
	return s;
}
#define SAW_RIGHT(s) ((s).err == 1 && (s).ret == EPERM)
#define SAW_FMT "r3 = %ld, CR0.SO = %ld (the sc ABI wants r3 = EPERM = %d with CR0.SO set)"
#else
#define PATH "syscall(2)"
static struct seen the_call(void)
{
	struct seen s;

	errno = 0;
	s.ret = syscall(SYS_getpid);
	s.err = errno;
	return s;
}
#define SAW_RIGHT(s) ((s).ret == -1 && (s).err == EPERM)
#define SAW_FMT "result %ld, errno %ld (want -1 with errno EPERM = %d)"
#endif

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
	struct psi info;
	struct seen s;
	long rc;
	int status, i, fds[2];

	setvbuf(stdout, NULL, _IOLBF, 0);
	alarm(20);
	if (pipe(fds) != 0)
		finish(4, "SKIP: pipe: %s", strerror(errno));
	tracee = fork();
	if (tracee < 0)
		finish(4, "SKIP: fork: %s", strerror(errno));
	if (tracee == 0) {
		close(fds[0]);
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(3);
		kill(getpid(), SIGSTOP);
		s = the_call();		/* the call whose exit stop the tracer takes */
		if (write(fds[1], &s, sizeof(s)) != (ssize_t)sizeof(s))
			_exit(2);
		_exit(0);
	}
	close(fds[1]);

	status = wait_stop("its SIGSTOP");
	if (WSTOPSIG(status) != SIGSTOP)
		finish(4, "SKIP: first stop is signal %d, not SIGSTOP", WSTOPSIG(status));
	if (xptrace(PTRACE_SETOPTIONS, tracee, NULL,
		    (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL)) != 0)
		finish(4, "SKIP: PTRACE_SETOPTIONS: %s", strerror(errno));

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
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY && info.entry.nr == SYS_getpid) {
			if (xptrace(PTRACE_SYSCALL, tracee, NULL, NULL) != 0)
				finish(4, "SKIP: PTRACE_SYSCALL: %s", strerror(errno));
			status = wait_stop("getpid's exit stop");
			memset(&info, 0, sizeof(info));
			rc = xptrace(PTRACE_GET_SYSCALL_INFO, tracee, (void *)sizeof(info), &info);
			if (WSTOPSIG(status) != (SIGTRAP | 0x80) || rc <= 0 ||
			    info.op != PTRACE_SYSCALL_INFO_EXIT)
				finish(4, "SKIP: no exit stop after getpid's entry stop (op %d)", info.op);
			break;
		}
	}
	if (i == 16)
		finish(4, "SKIP: the tracee never entered getpid");

	/* At the exit stop: the call fails with EPERM, as the tracer says. */
	info.exit.rval = -EPERM;
	info.exit.is_error = 1;
	rc = xptrace(PTRACE_SET_SYSCALL_INFO, tracee, (void *)sizeof(info), &info);
	if (rc != 0) {
		if (errno == EIO)
			finish(4, "SKIP: kernel lacks PTRACE_SET_SYSCALL_INFO (EIO)");
		finish(4, "SKIP: PTRACE_SET_SYSCALL_INFO at the exit stop: %s", strerror(errno));
	}
	/*
	 * A throwaway call: on kernels with the other powerpc bug
	 * (found-here:ppc-tif-syscall-ret) the tracer's first syscall after an
	 * exit-stop SET is skipped, which would lose the PTRACE_CONT below and
	 * hang.  Elsewhere it is just a getppid().
	 */
	(void)syscall(SYS_getppid);
	if (xptrace(PTRACE_CONT, tracee, NULL, NULL) != 0)
		finish(4, "SKIP: PTRACE_CONT: %s", strerror(errno));
	if (read(fds[0], &s, sizeof(s)) != (ssize_t)sizeof(s))
		finish(4, "SKIP: the tracee did not report what it saw");

	if (!SAW_RIGHT(s))
		finish(1, "BUG: tracer set rval -EPERM, is_error 1 at the exit stop of a getpid made with " PATH "; the tracee saw " SAW_FMT,
		       s.ret, s.err, EPERM);
	finish(0, "OK: tracer set rval -EPERM, is_error 1 at the exit stop of a getpid made with " PATH "; the tracee saw " SAW_FMT,
	       s.ret, s.err, EPERM);
	return 0;
}
