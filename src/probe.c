/* Environment probes, each in a throwaway child that is always reaped. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "info.h"
#include "probe.h"
#include "wait.h"

#define PROBE_SECONDS 10

/* Fork a child that runs fn(err_fd); a failing fn writes its errno to err_fd
 * and exits 127.  Returns the pid and the read end of the error pipe. */
static pid_t spawn(void (*fn)(int, const void *), const void *arg, int *err_read)
{
	int p[2];
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) != 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		sigset_t none;

		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		close(p[0]);
		fn(p[1], arg);
		_exit(0);
	}
	close(p[1]);
	*err_read = p[0];
	return pid;
}

/* Wait for the probe child; false with the reason (a timeout, or waitpid's
 * own error) in buf. */
static bool waited(pid_t pid, int *status, const char *who, char *buf, size_t len)
{
	pid_t r = pr_wait_until(pid, status, pr_now() + PROBE_SECONDS);

	if (r == pid)
		return true;
	if (r == 0)
		snprintf(buf, len, "%s made no stop and did not exit within %d seconds", who, PROBE_SECONDS);
	else
		snprintf(buf, len, "waiting for %s failed: %s", who, strerror(errno));
	return false;
}

static int child_errno(int fd)
{
	int e = 0;

	if (read(fd, &e, sizeof(e)) != (ssize_t)sizeof(e))
		e = 0;
	close(fd);
	return e;
}

static void __attribute__((noreturn)) report(int fd)
{
	int e = errno;

	if (write(fd, &e, sizeof(e)) < 0)
		_exit(126);
	_exit(127);
}

static void traceme_then_stop(int fd, const void *arg)
{
	(void)arg;
	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		report(fd);
	raise(SIGSTOP);
}

/* Is the running kernel older than major.minor? */
static bool kernel_older_than(int major, int minor)
{
	struct utsname u;
	int ma = 0, mi = 0;

	return uname(&u) == 0 && sscanf(u.release, "%d.%d", &ma, &mi) == 2 &&
	       (ma < major || (ma == major && mi < minor));
}

int pr_probe_ptrace(char *buf, size_t len)
{
	unsigned char info[PR_INFO_SIZE];
	int err_fd, status, e, ret = PR_PROBE_FAIL;
	pid_t pid = spawn(traceme_then_stop, NULL, &err_fd);

	if (pid < 0) {
		snprintf(buf, len, "cannot fork a probe child: %s", strerror(errno));
		return PR_PROBE_FAIL;
	}
	if (!waited(pid, &status, "probe child", buf, len)) {
		pr_kill_and_reap(pid);
		close(err_fd);
		return PR_PROBE_FAIL;
	}
	if (!WIFSTOPPED(status)) {
		e = child_errno(err_fd);
		if (e == ENOSYS)
			snprintf(buf, len, "ptrace not implemented (PTRACE_TRACEME: ENOSYS): "
				 "running under qemu-user, which does not emulate ptrace?");
		else
			snprintf(buf, len, "ptrace not permitted: PTRACE_TRACEME: %s",
				 e ? strerror(e) : "probe child exited");
		waitpid(pid, &status, 0);
		/* Refused by the kernel or sandbox (ENOSYS, EPERM): SKIP. */
		return e ? PR_PROBE_SKIP : PR_PROBE_FAIL;
	}
	close(err_fd);
	errno = 0;
	if (ptrace((enum __ptrace_request)PR_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), info) >= 0)
		ret = PR_PROBE_OK;
	else if (errno == EIO && kernel_older_than(5, 3)) {
		/* ptrace_request()'s answer to a request it does not know. */
		snprintf(buf, len, "kernel lacks PTRACE_GET_SYSCALL_INFO (Linux 5.3+): request failed with EIO");
		ret = PR_PROBE_SKIP;
	} else
		snprintf(buf, len, "PTRACE_GET_SYSCALL_INFO at a signal-delivery-stop failed with %s%s", strerror(errno),
			 errno == EIO ? " on a kernel of 5.3 or later, which has the request" : "");
	pr_kill_and_reap(pid);
	return ret;
}

struct exec_args {
	const char *tracee, *path;
	int out;  /* the probe's stdout: where a path says why it cannot run */
};

static void exec_probe(int fd, const void *arg)
{
	const struct exec_args *a = arg;

	if (dup2(a->out, STDOUT_FILENO) < 0)
		report(fd);
	execl(a->tracee, a->tracee, "--probe", a->path, (char *)NULL);
	report(fd);
}

/* The first line the probe printed, without its newline. */
static void read_line(int fd, char *buf, size_t len)
{
	ssize_t n = read(fd, buf, len - 1);

	buf[n > 0 ? n : 0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
}

int pr_probe_exec(const char *tracee, const char *path, const char *needs, char *buf, size_t len)
{
	struct exec_args args = { tracee, path, -1 };
	int out[2], err_fd, status, e;
	char why[256];
	pid_t pid;

	if (access(tracee, X_OK) != 0) {
		snprintf(buf, len, "no tracee program %s (%s)", tracee, strerror(errno));
		return PR_PROBE_FAIL;
	}
	if (pipe2(out, O_CLOEXEC) != 0) {
		snprintf(buf, len, "cannot make a pipe: %s", strerror(errno));
		return PR_PROBE_FAIL;
	}
	args.out = out[1];
	pid = spawn(exec_probe, &args, &err_fd);
	close(out[1]);
	if (pid < 0) {
		snprintf(buf, len, "cannot fork: %s", strerror(errno));
		close(out[0]);
		return PR_PROBE_FAIL;
	}
	if (!waited(pid, &status, tracee, buf, len)) {
		pr_kill_and_reap(pid);
		close(err_fd);
		close(out[0]);
		return PR_PROBE_FAIL;
	}
	read_line(out[0], why, sizeof(why));
	close(out[0]);
	e = child_errno(err_fd);
	/* The kernel cannot run that personality: positive evidence. */
	if (e == ENOEXEC) {
		if (needs)
			snprintf(buf, len, "%s: cannot execute %s here (%s)", needs, tracee, strerror(e));
		else
			snprintf(buf, len, "cannot execute %s here: %s (this kernel or CPU cannot run that "
				 "personality)", tracee, strerror(e));
		return PR_PROBE_SKIP;
	}
	if (e) {
		snprintf(buf, len, "cannot execute %s here: %s", tracee, strerror(e));
		return PR_PROBE_FAIL;
	}
	if (path && WIFEXITED(status) && WEXITSTATUS(status) == PR_PROBE_UNAVAILABLE) {
		snprintf(buf, len, "the %s path cannot run here: %s", path, why);
		return PR_PROBE_SKIP;
	}
	if (path && WIFSIGNALED(status)) {
		snprintf(buf, len, "a getpid() through the %s path of %s was killed by SIG%s", path, tracee,
			 sigabbrev_np(WTERMSIG(status)));
		return PR_PROBE_FAIL;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(buf, len, "%s --probe%s%s failed (status %#x)%s", tracee, path ? " " : "", path ? path : "",
			 status, path && WIFEXITED(status) && WEXITSTATUS(status) == 1
				 ? ": a getpid() through the path did not return the pid" : "");
		return PR_PROBE_FAIL;
	}
	return PR_PROBE_OK;
}
