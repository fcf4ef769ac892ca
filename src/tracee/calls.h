/* Making a scenario's calls through a syscall path: the one way the leader
 * and the worker thread of a tracee make them. */
#ifndef PR_TRACEE_CALLS_H
#define PR_TRACEE_CALLS_H

#include "personality.h"
#include "scenario.h"
#include "tracee/paths.h"

/* One thread's view of the run. */
struct pr_tracee_run {
	const struct pr_group *group;
	const struct pr_path *path;            /* the run's path */
	const struct pr_personality *pers;     /* the ABI it speaks */
	long pid;
	long tid;                              /* the calling thread's */
};

const struct pr_path *pr_tracee_find_path(const char *name);
/* The ABI a path speaks: its own personality, or the program's. */
const struct pr_personality *pr_tracee_path_personality(const struct pr_path *path);
/* A syscall through a path, with six arguments as the path's ABI takes them. */
pr_word pr_tracee_syscall(const struct pr_path *path, const struct pr_personality *p, enum pr_sys sys,
			  const pr_word a[6]);
/* Make row i of the group (last: what the previous row returned); returns
 * its result.  A fork-like row's child _exits here. */
pr_word pr_tracee_call(const struct pr_tracee_run *r, unsigned i, pr_word last);

#endif
