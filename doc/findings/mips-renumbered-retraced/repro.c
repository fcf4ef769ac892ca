/*
 * Reproducer for "found-here:mips-renumbered-retraced": on a mips64 kernel,
 * a call of a 32-bit ABI (n32, o32) that the tracer renumbers at its
 * syscall-entry stop to a number outside that ABI's table is traced a second
 * time.  After syscall_trace_enter() the entry code checks the (new) number
 * and passes one outside its table to the next ABI's handler from its top
 * (arch/mips/kernel/scall64-n32.S n32_syscall_trace_entry: "beqz t0,
 * not_n32_scall" ... "j handle_sys64"; scall64-o32.S likewise to
 * handle_sysn32), which stores the number and runs syscall_trace_enter()
 * again: a second syscall-entry stop (and seccomp's filters again) before
 * the one exit stop.  The entry/exit alternation a tracer keeps (strace's)
 * is off by one from there on.
 *
 * The tracer: forks a tracee that stops itself and makes getppid(); at its
 * entry stop it renumbers the call to 9999 (in no ABI's table) and resumes;
 * the next stop must be the call's exit, with -ENOSYS.
 *
 * Prints one line and exits:
 *   OK: ...   0  the exit stop came next
 *   BUG: ...  1  a second syscall-entry stop came first
 *   SKIP: ... 4  no ptrace, no PTRACE_GET_SYSCALL_INFO (5.3+), or no way to
 *                renumber the call (PTRACE_SET_SYSCALL_INFO, 6.16+, off mips)
 * Valid on every arch: only mips's 32-bit ABIs show the bug (n64 and every
 * other arch answer -ENOSYS at once).  Build it for the ABI under test:
 *   mips64el-linux-gnuabin32-gcc -static -O2 -Wall -Wextra -o repro repro.c
 *   mipsel-linux-gnu-gcc -static -O2 -Wall -Wextra -o repro repro.c
 * One file, sharing nothing with the other findings' reproducers on purpose:
 * a kernel developer compiles and runs it alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define GET_SYSCALL_INFO 0x420e
#define SET_SYSCALL_INFO 0x4212
#define OP_ENTRY 1
#define OP_EXIT 2
#define NEW_NR 9999

/* struct ptrace_syscall_info (include/uapi/linux/ptrace.h). */
struct info {
	uint8_t op, reserved;
	uint16_t flags;
	uint32_t arch;
	uint64_t ip, sp;
	union {
		struct { uint64_t nr, args[6]; } entry;
		struct { int64_t rval; uint8_t is_error; } exit;
		struct { uint64_t nr, args[6]; uint32_t ret_data, reserved2; } seccomp; /* 88 bytes in all */
	} u;
};

static int finish(pid_t pid, int code, const char *what)
{
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	printf("%s\n", what);
	return code;
}

/* The call's number becomes NEW_NR: mips's PTRACE_POKEUSR of v0 (register
 * 2), which renumbers the call (mips_syscall_update_nr()) on every kernel;
 * elsewhere PTRACE_SET_SYSCALL_INFO.  0, or the errno. */
static int renumber(pid_t pid, struct info *in)
{
#ifdef __mips__
	(void)in;
	return ptrace(PTRACE_POKEUSER, pid, (void *)2, (void *)(long)NEW_NR) == 0 ? 0 : errno;
#else
	in->u.entry.nr = NEW_NR;
	return ptrace((enum __ptrace_request)SET_SYSCALL_INFO, pid, (void *)sizeof(*in), in) == 0 ? 0 : errno;
#endif
}

int main(void)
{
	struct info in;
	char what[256];
	int status, e;
	pid_t pid = fork();

	if (pid < 0)
		return finish(0, 4, "SKIP: fork failed");
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(3);
		raise(SIGSTOP);
		syscall(SYS_getppid);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		return finish(pid, 4, "SKIP: the tracee did not stop (no ptrace here?)");
	if (ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)PTRACE_O_TRACESYSGOOD) != 0 ||
	    ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0 || waitpid(pid, &status, 0) != pid ||
	    !WIFSTOPPED(status) || WSTOPSIG(status) != (SIGTRAP | 0x80))
		return finish(pid, 4, "SKIP: no syscall-entry stop of getppid");
	memset(&in, 0, sizeof(in));
	if (ptrace((enum __ptrace_request)GET_SYSCALL_INFO, pid, (void *)sizeof(in), &in) <= 0 || in.op != OP_ENTRY)
		return finish(pid, 4, "SKIP: no PTRACE_GET_SYSCALL_INFO (Linux 5.3+) at the entry stop");
	e = renumber(pid, &in);
	if (e) {
		snprintf(what, sizeof(what), "SKIP: the call could not be renumbered: %s", strerror(e));
		return finish(pid, 4, what);
	}
	if (ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0 || waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status) ||
	    WSTOPSIG(status) != (SIGTRAP | 0x80))
		return finish(pid, 1, "BUG: no syscall stop after the renumbered call's entry stop");
	memset(&in, 0, sizeof(in));
	if (ptrace((enum __ptrace_request)GET_SYSCALL_INFO, pid, (void *)sizeof(in), &in) <= 0)
		return finish(pid, 4, "SKIP: PTRACE_GET_SYSCALL_INFO failed at the next stop");
	if (in.op == OP_ENTRY) {
		snprintf(what, sizeof(what), "BUG: getppid renumbered to %d at its entry stop stopped at another "
			 "syscall-entry stop (nr %llu) before its exit", NEW_NR, (unsigned long long)in.u.entry.nr);
		return finish(pid, 1, what);
	}
	if (in.op != OP_EXIT)
		return finish(pid, 1, "BUG: the stop after the renumbered call's entry is no syscall stop");
	snprintf(what, sizeof(what), "OK: the renumbered call's exit stop came next (rval %lld)",
		 (long long)in.u.exit.rval);
	return finish(pid, 0, what);
}
