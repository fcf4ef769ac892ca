/* Reproducer: an error a tracer sets with PTRACE_SET_SYSCALL_INFO at a
 * syscall-exit stop must reach the tracee as its syscall ABI says.  On
 * powerpc's sc ABI an error is +errno in r3 with CR0.SO set; there
 * syscall_set_return_value() stores the negative error, so the tracee sees
 * -EPERM as its errno (scv, which wants -errno in r3, is right).  The tracee
 * calls getpid() through the sc instruction on powerpc64, through syscall(2)
 * elsewhere, where the same SET must give it -1 with errno EPERM.
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
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif
#ifndef PTRACE_SET_SYSCALL_INFO
#define PTRACE_SET_SYSCALL_INFO 0x4212
#endif
#define OPTIONS 0x100001 /* PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL */
#define OP_ENTRY 1
#define OP_EXIT 2

/* struct ptrace_syscall_info (include/uapi/linux/ptrace.h, 6.16+). */
struct info {
	uint8_t op, reserved;
	uint16_t flags;
	uint32_t arch;
	uint64_t instruction_pointer, stack_pointer;
	union {
		struct {
			uint64_t nr, args[6];
		} entry;
		struct {
			int64_t rval;
			uint8_t is_error;
		} exit;
		uint64_t words[8];
	};
};

/* What the tracee saw, as its exit status. */
enum { SAW_ERRNO_EPERM = 10, SAW_MINUS_EPERM, SAW_OTHER };

static int say(int status, const char *what, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

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

#if defined(__powerpc64__)
/* getpid through sc: r3 and CR0.SO as the sc ABI returns them. */
static long call_getpid(int *error_flag)
{
	register long r0 __asm__("r0") = SYS_getpid;
	register long r3 __asm__("r3");
	unsigned long cr;

	__asm__ volatile("sc\n\tmfcr %1"
			 : "=r"(r3), "=r"(cr), "+r"(r0)
			 :
			 : "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
	*error_flag = (cr >> 28) & 1; /* CR0.SO */
	return r3;
}
#else
/* Elsewhere the C library's syscall(2) decodes the ABI: an error is -1 and errno. */
static long call_getpid(int *error_flag)
{
	long r = syscall(SYS_getpid);

	*error_flag = r == -1;
	return *error_flag ? errno : r;
}
#endif

static int tracee(void)
{
	int error_flag;
	long r;

	if (ptrace(PTRACE_TRACEME, 0, 0, 0) != 0)
		_exit(3);
	raise(SIGSTOP);
	r = call_getpid(&error_flag);
	if (error_flag && r == EPERM)
		_exit(SAW_ERRNO_EPERM);
	_exit(error_flag && r == -EPERM ? SAW_MINUS_EPERM : SAW_OTHER);
}

static int next_syscall_stop(pid_t pid, struct info *info)
{
	int status;

	if (ptrace(PTRACE_SYSCALL, pid, 0, 0) != 0 || waitpid(pid, &status, 0) != pid ||
	    !WIFSTOPPED(status) || WSTOPSIG(status) != (SIGTRAP | 0x80))
		return 0;
	memset(info, 0, sizeof(*info));
	return ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(*info), info) > 0;
}

int main(void)
{
	struct info info;
	int status, in_getpid = 0;
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
	if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info) < 0)
		return say(4, "SKIP", "no PTRACE_GET_SYSCALL_INFO (%s): Linux 5.3+", strerror(errno));
	/* To getpid()'s exit stop. */
	while (next_syscall_stop(pid, &info) && !(in_getpid && info.op == OP_EXIT))
		in_getpid = info.op == OP_ENTRY && info.entry.nr == SYS_getpid;
	if (!in_getpid || info.op != OP_EXIT)
		return say(4, "SKIP", "the child made no getpid() exit stop");
	info.exit.rval = -EPERM;
	info.exit.is_error = 1;
	if (ptrace(PTRACE_SET_SYSCALL_INFO, pid, sizeof(info), &info) != 0) {
		int e = errno;

		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		if (e == EIO)
			return say(4, "SKIP", "no PTRACE_SET_SYSCALL_INFO (EIO): Linux 6.16+");
		return say(1, "BUG", "PTRACE_SET_SYSCALL_INFO of rval -EPERM, is_error 1 failed: %s", strerror(e));
	}
	ptrace(PTRACE_CONT, pid, 0, 0);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return say(1, "BUG", "the tracee did not exit after the SET (status %#x)", status);
	switch (WEXITSTATUS(status)) {
	case SAW_ERRNO_EPERM:
		return say(0, "OK", "getpid() with an error set at its exit stop failed with EPERM");
	case SAW_MINUS_EPERM:
		return say(1, "BUG", "getpid() with -EPERM set at its exit stop saw the error flag with -EPERM: "
				     "the error's sign is flipped for this syscall ABI");
	}
	return say(1, "BUG", "getpid() with -EPERM set at its exit stop did not fail with EPERM (tracee status %d)",
		   WEXITSTATUS(status));
}
