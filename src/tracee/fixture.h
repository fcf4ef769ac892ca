#ifndef PR_TRACEE_FIXTURE_H
#define PR_TRACEE_FIXTURE_H

#include "personality.h"
#include "scenario.h"

/* Make what the group's calls rely on: files in workdir (the new cwd), the
 * fixed descriptors, and the scratch area holding the calls' strings.
 * Returns 0, or prints why and returns -1. */
int pr_fixture_setup(const struct pr_personality *p, const struct pr_group *g, const char *workdir);

/* Handlers, sigaltstack and blocked set for the group's raising calls
 * (src/tracee/signals.c); 0, or prints why and returns -1. */
int pr_fixture_signals(const struct pr_personality *p, const struct pr_group *g);
/* The group's seccomp filter, if any of its calls is filtered
 * (src/tracee/seccomp.c); call it last.  0, or prints why and returns -1. */
int pr_fixture_seccomp(const struct pr_personality *p, const struct pr_group *g);

#endif
