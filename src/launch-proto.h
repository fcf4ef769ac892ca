/* A tracee's launch as the tracer and the tracee program both see it, so
 * that they cannot disagree on it: the request a tracer sends the fork
 * server of a tracee program (src/tracee/fork-server.c, started by
 * src/fork-servers.c), trace-me a new tracee for this group, path and
 * workdir with these fds; and the message on the error pipe of a launch
 * that failed before the tracee's first stop. */
#ifndef PR_LAUNCH_PROTO_H
#define PR_LAUNCH_PROTO_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

/* The tracee's end of the handshake pipe (src/tracee/tracee.c). */
#define PR_FD_HANDSHAKE 3
#define PR_FORK_SERVER_ARG "--fork-server"
/* The server's end of its SOCK_SEQPACKET socket: clear of the tracee's own
 * fds (3, the handshake; PR_FD_FEED, 103). */
#define PR_FD_FORK_SERVER 104

/* The fds a request carries: the tracee gets them as its launch by exec
 * would (src/tracer-launch.c). */
enum { PR_FORK_FD_HANDSHAKE, PR_FORK_FD_ERR, PR_FORK_FD_FEED, PR_FORK_NFDS };

struct pr_fork_request {
	char group[64];
	char path[32];
	char workdir[PATH_MAX];
};

/* The server's answer: the new tracee's pid, or -errno. */
typedef int32_t pr_fork_reply;

/* 0, or -1 with errno (EPIPE where the server is gone: no SIGPIPE). */
int pr_fork_request_send(int sock, const struct pr_fork_request *r, const int fds[PR_FORK_NFDS]);
/* 1 with the request and its fds, 0 at the end (the tracer closed its
 * end), -1 with errno. */
int pr_fork_request_recv(int sock, struct pr_fork_request *r, int fds[PR_FORK_NFDS]);

/* In a new tracee's process, by exec or by a fork server: hs as
 * PR_FD_HANDSHAKE and feed as PR_FD_FEED, no signal blocked, killed with
 * its tracer's process.  Returns the error pipe err, moved clear of them
 * (close-on-exec), or exits 127, saying why on it. */
int pr_launch_take_fds(int hs, int err, int feed);
/* In the tracee's process, before its first stop: say on the error pipe
 * err what failed (a word) and errno, then exit 127. */
void __attribute__((noreturn)) pr_launch_fail(int err, const char *what);
/* In the tracer, once that process ended: what it said, and 0; -1 if it
 * said nothing. */
int pr_launch_failure(int err, char *what, size_t len, int *errnum);

#endif
