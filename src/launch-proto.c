/* The fork server's request on the wire: one SOCK_SEQPACKET message, the
 * struct as its bytes (both ends are one host, one build) and its fds as
 * SCM_RIGHTS.  The error pipe's message: "WHAT ERRNO". */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "launch-proto.h"
#include "scenario.h"

union fds_cmsg {
	struct cmsghdr align;
	char buf[CMSG_SPACE(sizeof(int) * PR_FORK_NFDS)];
};

int pr_fork_request_send(int sock, const struct pr_fork_request *r, const int fds[PR_FORK_NFDS])
{
	union fds_cmsg c;
	struct iovec iov = { (void *)r, sizeof(*r) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = c.buf, .msg_controllen = sizeof(c.buf) };
	struct cmsghdr *h = CMSG_FIRSTHDR(&m);
	ssize_t n;

	memset(&c, 0, sizeof(c));
	h->cmsg_level = SOL_SOCKET;
	h->cmsg_type = SCM_RIGHTS;
	h->cmsg_len = CMSG_LEN(sizeof(int) * PR_FORK_NFDS);
	memcpy(CMSG_DATA(h), fds, sizeof(int) * PR_FORK_NFDS);
	do
		n = sendmsg(sock, &m, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	return n == (ssize_t)sizeof(*r) ? 0 : (errno = EMSGSIZE, -1);
}

int pr_fork_request_recv(int sock, struct pr_fork_request *r, int fds[PR_FORK_NFDS])
{
	union fds_cmsg c;
	struct iovec iov = { r, sizeof(*r) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = c.buf, .msg_controllen = sizeof(c.buf) };
	struct cmsghdr *h;
	ssize_t n;

	do
		n = recvmsg(sock, &m, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return (int)n;
	h = CMSG_FIRSTHDR(&m);
	if (n != (ssize_t)sizeof(*r) || !h || h->cmsg_type != SCM_RIGHTS ||
	    h->cmsg_len != CMSG_LEN(sizeof(int) * PR_FORK_NFDS)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(fds, CMSG_DATA(h), sizeof(int) * PR_FORK_NFDS);
	r->group[sizeof(r->group) - 1] = r->path[sizeof(r->path) - 1] = r->workdir[sizeof(r->workdir) - 1] = '\0';
	return 1;
}

void pr_launch_fail(int err, const char *what)
{
	int e = errno;

	dprintf(err, "%s %d", what, e);
	_exit(127);
}

int pr_launch_failure(int err, char *what, size_t len, int *errnum)
{
	char msg[64] = "", format[16];
	ssize_t n = read(err, msg, sizeof(msg) - 1);

	snprintf(format, sizeof(format), "%%%zus %%d", len - 1);
	return n > 0 && sscanf(msg, format, what, errnum) == 2 ? 0 : -1;
}

/* All three moved clear first: a received fd may sit where another goes. */
int pr_launch_take_fds(int hs, int err, int feed)
{
	int e = fcntl(err, F_DUPFD_CLOEXEC, 10), h = fcntl(hs, F_DUPFD_CLOEXEC, 10), f = fcntl(feed, F_DUPFD_CLOEXEC, 10);
	sigset_t none;

	close(hs);
	close(err);
	close(feed);
	if (e < 0)
		_exit(127);
	if (h < 0 || dup2(h, PR_FD_HANDSHAKE) != PR_FD_HANDSHAKE)
		pr_launch_fail(e, "dup2");
	if (f < 0 || dup2(f, PR_FD_FEED) != PR_FD_FEED)
		pr_launch_fail(e, "dup2 feed");
	close(h);
	close(f);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	return e;
}
