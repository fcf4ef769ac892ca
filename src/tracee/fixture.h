#ifndef PR_TRACEE_FIXTURE_H
#define PR_TRACEE_FIXTURE_H

#include "personality.h"
#include "scenario.h"

/* Make what the group's calls rely on: files in workdir (the new cwd), the
 * fixed descriptors, and the scratch area holding the calls' strings.
 * Returns 0, or prints why and returns -1. */
int pr_fixture_setup(const struct pr_personality *p, const struct pr_group *g, const char *workdir);

#endif
