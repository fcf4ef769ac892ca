/* The tracee programs' fork servers (src/tracee/fork-server.c): one per
 * tracee program a process traces, started at its first group, ended by
 * pr_fork_servers_end() before that process's groups are handed back. */
#ifndef PR_FORK_SERVERS_H
#define PR_FORK_SERVERS_H

#include <sys/types.h>

#include "launch-proto.h"

/* The new tracee's pid: forked by tracee's fork server (started here if it
 * is not yet) with fds as its handshake, error and feed fds.  -1 where this
 * process has no server for it (its start failed, or it died): launch by
 * exec instead, which says why the program does not run. */
pid_t pr_fork_server_spawn(const char *tracee, const struct pr_fork_request *r, const int fds[PR_FORK_NFDS],
			   double deadline);
/* End every fork server this process started, and reap them. */
void pr_fork_servers_end(void);
/* The address space every tracee program starts with: not randomised.  0,
 * or -1 with errno. */
int pr_fixed_layout(void);

#endif
