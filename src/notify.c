/* The supervisor's part of a notified call: its listener from the tracee
 * (pidfd_open, Linux 5.3+; pidfd_getfd, 5.6+), SECCOMP_IOCTL_NOTIF_RECV,
 * _ID_VALID and _SEND (Linux 5.0+; SECCOMP_USER_NOTIF_FLAG_CONTINUE 5.5+),
 * each result and the notification recorded (payloads/notif.h) for
 * judge-notif.c.  What a request lacking in the kernel says (ENOSYS, or
 * EINVAL for a flag it does not know) ends the run SKIPPED, with it. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/seccomp.h>

#include "notify.h"
#include "observe.h"
#include "payloads/notif.h"
#include "wait.h"

#ifndef SECCOMP_USER_NOTIF_FLAG_CONTINUE
#define SECCOMP_USER_NOTIF_FLAG_CONTINUE (1UL << 0)
#endif

static const char *errno_name(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case ENOSYS: return "ENOSYS";
	case EPERM: return "EPERM";
	case EBADF: return "EBADF";
	default: return strerror(e);
	}
}

/* The kernel lacks what needs names: SKIP, what failed and its errno the
 * evidence. */
static void lacks(struct pr_run *run, const char *what, int e, const char *needs)
{
	pr_run_set_end(run, PR_END_SKIPPED, 0, "kernel %s lacks %s: %s failed with %s",
		       run->release[0] ? run->release : "?", needs, what, errno_name(e));
}

static void failed(struct pr_run *run, const char *what, int e)
{
	pr_run_set_end(run, PR_END_TRACER, e, "%s: %s", what, strerror(e));
}

void pr_notify_listener(struct pr_run *run, pid_t pid, struct pr_stop *s)
{
	struct pr_notif *n = pr_notif_make(s);

	n->notif_tried = true;
	pr_observe_listener(pid, run->pers, n);
	if (n->listener_read_err)
		failed(run, "reading the tracee's listener status (PR_SCRATCH_LISTENER)", -n->listener_read_err);
	else if (n->listener_err == EINVAL || n->listener_err == ENOSYS)
		lacks(run, "the tracee's seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER)",
		      (int)n->listener_err, "seccomp user notification (Linux 5.0+)");
	else if (n->listener_err)
		failed(run, "the tracee's seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER)", (int)n->listener_err);
}

/* The listener, duplicated from the tracee's PR_FD_LISTENER: an fd, or -1
 * with the run's end set. */
static int take_listener(struct pr_run *run, pid_t pid, struct pr_notif *n)
{
#if defined(SYS_pidfd_open) && defined(SYS_pidfd_getfd)
	n->pidfd_ret = (int)syscall(SYS_pidfd_open, pid, 0);
	if (n->pidfd_ret < 0) {
		n->pidfd_ret = -errno;
		if (errno == ENOSYS)
			lacks(run, "pidfd_open()", ENOSYS, "pidfd_open (Linux 5.3+)");
		else
			failed(run, "pidfd_open() of the tracee", errno);
		return -1;
	}
	n->getfd_ret = (int)syscall(SYS_pidfd_getfd, n->pidfd_ret, PR_FD_LISTENER, 0);
	if (n->getfd_ret < 0)
		n->getfd_ret = -errno;
	close(n->pidfd_ret);
	if (n->getfd_ret == -ENOSYS)
		lacks(run, "pidfd_getfd()", ENOSYS, "pidfd_getfd (Linux 5.6+)");
	else if (n->getfd_ret < 0)
		failed(run, "pidfd_getfd() of the tracee's PR_FD_LISTENER", -n->getfd_ret);
	return n->getfd_ret < 0 ? -1 : n->getfd_ret;
#else
	(void)pid;
	n->pidfd_ret = -ENOSYS;
	pr_run_set_end(run, PR_END_SKIPPED, 0, "built without SYS_pidfd_open and SYS_pidfd_getfd (<sys/syscall.h>)");
	return -1;
#endif
}

/* Wait for the notification: 1 ready; 0 the deadline passed, or the
 * tracee made a stop or ended first (*ahead: it went on without one); or
 * -errno.  Polled in slices, as waitid(WNOWAIT) looks at the tracee without
 * taking its stop from the loop. */
static int wait_notification(int fd, pid_t pid, double deadline, bool *ahead)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	siginfo_t si;
	int r;

	*ahead = false;
	for (;;) {
		double left = deadline - pr_now();

		r = poll(&p, 1, left <= 0 ? 0 : left > 0.05 ? 50 : (int)(left * 1000) + 1);
		if (r != 0 || left <= 0)
			return r < 0 && errno == EINTR ? 0 : r < 0 ? -errno : r;
		memset(&si, 0, sizeof(si));
		if (waitid(P_PID, (id_t)pid, &si, WEXITED | WSTOPPED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid) {
			*ahead = true;
			return 0;
		}
	}
}

static void receive_and_answer(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_call *c,
			       int fd, struct pr_notif *n, double deadline)
{
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;
	bool ahead;
	__u64 id;

	n->poll_ret = wait_notification(fd, pid, deadline, &ahead);
	if (n->poll_ret == 0 && ahead) {
		pr_run_set_end(run, PR_END_TRACER, 0, "stopped or ended without a seccomp notification "
			       "of %s", c->name);
		return;
	}
	if (n->poll_ret == 0) {
		pr_run_set_end(run, PR_END_TIMEOUT, (int)l->timeout, "no seccomp notification within %u seconds",
			       l->timeout);
		return;
	}
	if (n->poll_ret < 0) {
		failed(run, "poll() of the seccomp listener", -n->poll_ret);
		return;
	}
	memset(&req, 0, sizeof(req)); /* the kernel refuses a dirty buffer (check_zeroed_user, 5.5+) */
	n->recv_ret = ioctl(fd, SECCOMP_IOCTL_NOTIF_RECV, &req) == 0 ? 0 : -errno;
	if (n->recv_ret) {
		failed(run, "SECCOMP_IOCTL_NOTIF_RECV", -n->recv_ret);
		return;
	}
	n->id = req.id;
	n->pid = req.pid;
	n->flags = req.flags;
	n->nr = (uint32_t)req.data.nr;
	n->arch = req.data.arch;
	n->ip = req.data.instruction_pointer;
	memcpy(n->args, req.data.args, sizeof(n->args));
	id = req.id;
	n->id_valid_ret = ioctl(fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &id) == 0 ? 0 : -errno;
	/* The request's first number had the wrong direction, _IOR: kernels
	 * before the fix know it alone, later ones take both
	 * (SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR, kernel/seccomp.c). */
	if (n->id_valid_ret == -EINVAL)
		n->id_valid_ret = ioctl(fd, _IOR('!', 2, __u64), &id) == 0 ? 0 : -errno;
	memset(&resp, 0, sizeof(resp));
	resp.id = req.id;
	pr_notify_response(run->pers, c, &n->resp_val, &n->resp_error, &n->resp_flags);
	resp.val = n->resp_val;
	resp.error = (__s32)n->resp_error;
	resp.flags = (__u32)n->resp_flags;
	n->send_ret = ioctl(fd, SECCOMP_IOCTL_NOTIF_SEND, &resp) == 0 ? 0 : -errno;
	/* The flag is refused by a kernel that lacks it (seccomp_notify_send():
	 * "resp.flags & ~SECCOMP_USER_NOTIF_FLAG_CONTINUE", 5.5+). */
	if (n->send_ret == -EINVAL && resp.flags)
		lacks(run, "SECCOMP_IOCTL_NOTIF_SEND with SECCOMP_USER_NOTIF_FLAG_CONTINUE", EINVAL,
		      "SECCOMP_USER_NOTIF_FLAG_CONTINUE (Linux 5.5+)");
	else if (n->send_ret)
		failed(run, "SECCOMP_IOCTL_NOTIF_SEND", -n->send_ret);
}

void pr_notify_supervise(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps,
			 struct pr_stop *s, double deadline)
{
	struct pr_notif *n = pr_notif_make(s);
	int fd = take_listener(run, pid, n);

	if (fd < 0)
		return;
	receive_and_answer(l, run, pid, &l->group->calls[ps->call], fd, n, deadline);
	close(fd);
}
