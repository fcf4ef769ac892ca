#ifndef PR_TRACEE_FORK_SERVER_H
#define PR_TRACEE_FORK_SERVER_H

/* A group's run in the tracee: its exit status. */
typedef int pr_tracee_group_fn(const char *group, const char *path, const char *workdir);

/* The tracee program as its tracer's fork server: for each request on
 * PR_FD_FORK_SERVER, a child of the tracer's (CLONE_PARENT) that takes the
 * request's fds, PTRACE_TRACEMEs, stops with SIGTRAP where an exec's would
 * be, then runs the group.  Returns the server's exit status when the
 * tracer closes its end. */
int pr_tracee_fork_server(pr_tracee_group_fn *run);

#endif
