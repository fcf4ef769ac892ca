#ifndef PR_TRACEE_WORKER_H
#define PR_TRACEE_WORKER_H

#include "tracee/calls.h"

/* Start the worker thread of a threads group with the leader's view of the
 * run (its pid must be known); returns the worker's tid, or -1. */
long pr_worker_start(const struct pr_tracee_run *leader);

#endif
