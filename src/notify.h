/* The tracer as the seccomp supervisor of a notified call (the notify
 * action's PR_TRACER_NOTIFY; src/actions/notify.c says what a kernel must
 * show).  Both halves record into the entry stop's notif payload. */
#ifndef PR_NOTIFY_H
#define PR_NOTIFY_H

#include <sys/types.h>

#include "launch.h"
#include "plan.h"
#include "run.h"

/* At the entry stop: did the tracee get a listener?  Where its kernel
 * refused one (EINVAL, ENOSYS), the run ends SKIPPED saying so. */
void pr_notify_listener(struct pr_run *run, pid_t pid, struct pr_stop *s);
/* After the tracee was resumed from that stop: take its listener
 * (pidfd_open, pidfd_getfd), wait for the notification by the deadline,
 * receive it, check its id and answer it as the call's action says.  A
 * kernel lacking a request ends the run SKIPPED with the request's errno;
 * any other failure ends it (PR_END_TRACER, PR_END_TIMEOUT). */
void pr_notify_supervise(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps,
			 struct pr_stop *s, double deadline);

#endif
