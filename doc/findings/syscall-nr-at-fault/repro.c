/*
 * Reproducer for "found-here:syscall-nr-at-fault": riscv's and mips's
 * syscall_get_nr() (arch/{riscv,mips}/include/asm/syscall.h) return regs->a7,
 * thread_info's syscall, whatever trap the task is in.  At a fault they still
 * hold the number of the thread's last syscall, so /proc/PID/syscall
 * (task_current_syscall(), lib/syscall.c) prints that syscall with its
 * arguments, where it documents
 * "If @target is blocked in the kernel during a fault or exception, returns
 * zero with *@info.data.nr set to -1".
 *
 * The tracer: forks a tracee that stops itself, makes getppid() and then
 * faults (a store to address 0); at the SIGSEGV's signal-delivery-stop it
 * reads /proc/PID/syscall, which must begin with -1.
 *
 * Prints one line and exits:
 *   OK: ...   0  "-1 SP PC"
 *   BUG: ...  1  a syscall's number (getppid's, the last one made)
 *   SKIP: ... 4  no ptrace, or no /proc/PID/syscall (CONFIG_HAVE_ARCH_TRACEHOOK)
 * Valid on every arch.
 *
 * Build: gcc -static -O2 -Wall -Wextra -o repro repro.c (or any cross gcc).
 * One file, sharing nothing with the other findings' reproducers on purpose:
 * a kernel developer compiles and runs it alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Say what was seen, the tracee gone. */
static int finish(pid_t pid, int code, const char *what)
{
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	printf("%s\n", what);
	return code;
}

int main(void)
{
	char path[64], line[256] = "", what[512];
	int status, fd;
	ssize_t n;
	long nr;
	pid_t pid = fork();

	if (pid < 0)
		return finish(0, 4, "SKIP: fork failed");
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(3);
		raise(SIGSTOP);
		syscall(SYS_getppid);
		*(volatile int *)0 = 0; /* SIGSEGV: the last syscall was getppid */
		_exit(2);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		return finish(pid, 4, "SKIP: no ptrace here (the tracee did not stop)");
	if (ptrace(PTRACE_CONT, pid, NULL, NULL) != 0 || waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status) ||
	    WSTOPSIG(status) != SIGSEGV)
		return finish(pid, 4, "SKIP: the tracee made no SIGSEGV stop");
	snprintf(path, sizeof(path), "/proc/%d/syscall", pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return finish(pid, 4, "SKIP: no /proc/PID/syscall (CONFIG_HAVE_ARCH_TRACEHOOK)");
	n = read(fd, line, sizeof(line) - 1);
	close(fd);
	line[n > 0 ? n : 0] = '\0';
	line[strcspn(line, "\n")] = '\0';
	if (sscanf(line, "%ld", &nr) == 1 && nr == -1) {
		snprintf(what, sizeof(what), "OK: at a SIGSEGV /proc/PID/syscall said \"%s\"", line);
		return finish(pid, 0, what);
	}
	snprintf(what, sizeof(what), "BUG: at a SIGSEGV /proc/PID/syscall said \"%s\": a syscall (getppid is %ld, "
		 "the last one made), not -1", line, (long)SYS_getppid);
	return finish(pid, 1, what);
}
