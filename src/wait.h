#ifndef PR_WAIT_H
#define PR_WAIT_H

#include <stdbool.h>
#include <sys/types.h>

/* waitpid() for one child with a deadline (CLOCK_MONOTONIC seconds), through
 * SIGCHLD that pr_wait_init() blocks.  Returns the pid, 0 on timeout, -1 on
 * error. */
void pr_wait_init(void);
pid_t pr_wait_until(pid_t pid, int *status, double deadline);
double pr_now(void);

/* Kill and reap a child, whatever state it is in. */
void pr_kill_and_reap(pid_t pid);

#endif
