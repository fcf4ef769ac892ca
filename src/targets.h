/* A target is one personality through one syscall path, e.g. "i386/int80":
 * the unit the runner starts tracees for, and the top level of its KTAP.
 * Its name is the tracee program's personality and the path; the
 * expectations are the path's personality, which differs from the program's
 * for a foreign path ("x86_64/int80": the 64-bit program, judged as i386). */
#ifndef PR_TARGETS_H
#define PR_TARGETS_H

#include <stdbool.h>

#include "personality.h"
#include "scenario.h"

struct pr_target {
	const struct pr_personality *pers;    /* expectations */
	const struct pr_personality *program; /* the tracee program run */
	const char *path;
	char name[64];
	unsigned not_applicable; /* PR_CHECK_* bits of groups that cannot apply here */
};

#define PR_MAX_TARGETS 16

/* program runs path; pers (the same but for a foreign path) judges it. */
void pr_target_make(struct pr_target *t, const struct pr_personality *program, const char *path,
		    const struct pr_personality *pers);

/* The host's targets, in pr_host_personalities order; returns the count. */
unsigned pr_host_targets(struct pr_target *out, unsigned max);

/* A check's id is "<target>.<group>.<check>"; a glob selects it if it matches
 * the id or the id without the target. */
bool pr_check_selected(const char *glob, const struct pr_target *t, const struct pr_group *g,
		       const char *check);

/* How many checks of group g are selected for target t (none where the
 * group cannot apply to t). */
unsigned pr_selected_in_group(const char *glob, const struct pr_target *t, const struct pr_group *g);

#endif
