/* Starting, asking and ending the tracee programs' fork servers. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fork-servers.h"
#include "wait.h"

/* How long an ended server may take to exit before it is killed. */
#define END_GRACE 2.0

struct server {
	char tracee[PATH_MAX];
	pid_t pid;   /* 0: none (it failed: do not start it again) */
	int sock;
};

/* A process traces a few tracee programs (a personality's and its compat
 * one's): more are launched by exec. */
static struct server servers[8];
static unsigned nservers;

/* A fixed layout: with brk randomised over 1 GiB (64-bit kernels), a
 * static tracee's heap now and then sits on the personality's fixed
 * scratch_addr, and the fixture's MAP_FIXED_NOREPLACE fails (EEXIST). */
int pr_fixed_layout(void)
{
	int persona = personality(0xffffffff);

	return persona == -1 || personality((unsigned long)persona | ADDR_NO_RANDOMIZE) != -1 ? 0 : -1;
}

static void start(struct server *s)
{
	int sv[2];

	s->pid = 0;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0)
		return;
	fflush(NULL);
	s->pid = fork();
	if (s->pid == 0) {
		char *argv[] = { s->tracee, PR_FORK_SERVER_ARG, NULL };
		sigset_t none;

		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (pr_fixed_layout() == 0 && dup2(sv[1], PR_FD_FORK_SERVER) == PR_FD_FORK_SERVER)
			execv(s->tracee, argv);
		_exit(127);
	}
	close(sv[1]);
	if (s->pid < 0) {
		s->pid = 0;
		close(sv[0]);
		return;
	}
	s->sock = sv[0];
}

/* Ended: asked (its end of the socket closed), and killed if it does not. */
static void end(struct server *s)
{
	int status;

	if (!s->pid)
		return;
	close(s->sock);
	if (pr_wait_until(s->pid, &status, pr_now() + END_GRACE) == 0)
		pr_kill_and_reap(s->pid);
	s->pid = 0;
}

static struct server *server_for(const char *tracee)
{
	for (unsigned i = 0; i < nservers; i++)
		if (strcmp(servers[i].tracee, tracee) == 0)
			return &servers[i];
	if (nservers == sizeof(servers) / sizeof(servers[0]) || strlen(tracee) >= sizeof(servers[0].tracee))
		return NULL;
	snprintf(servers[nservers].tracee, sizeof(servers[nservers].tracee), "%s", tracee);
	start(&servers[nservers]);
	return &servers[nservers++];
}

pid_t pr_fork_server_spawn(const char *tracee, const struct pr_fork_request *r, const int fds[PR_FORK_NFDS],
			   double deadline)
{
	struct server *s = server_for(tracee);
	struct pollfd p;
	pr_fork_reply reply;
	int left;

	if (!s || !s->pid)
		return -1;
	p = (struct pollfd){ .fd = s->sock, .events = POLLIN };
	left = (int)((deadline - pr_now()) * 1000);
	if (pr_fork_request_send(s->sock, r, fds) == 0 && left > 0 && poll(&p, 1, left) == 1 &&
	    recv(s->sock, &reply, sizeof(reply), 0) == (ssize_t)sizeof(reply) && reply > 0)
		return (pid_t)reply;
	/* Gone, or it cannot fork: no more of it in this process. */
	end(s);
	return -1;
}

void pr_fork_servers_end(void)
{
	for (unsigned i = 0; i < nservers; i++)
		end(&servers[i]);
	nservers = 0;
}
