/* What the tracer needs to start one group's tracee: shared by the stop loop
 * (tracer.h) and the parts below it (tracer-parts.h). */
#ifndef PR_LAUNCH_H
#define PR_LAUNCH_H

#include <stdbool.h>

#include "run.h"

struct pr_launch {
	const struct pr_personality *pers;    /* the expectations */
	const struct pr_personality *program; /* the tracee program's own personality */
	const char *path;          /* syscall path */
	const struct pr_group *group;
	const char *tracee;        /* the tracee executable */
	unsigned timeout;          /* seconds for the whole group */
	bool by_exec;              /* its tracee forked and exec'd, never by a fork server */
};

#endif
