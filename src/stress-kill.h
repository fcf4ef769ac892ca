/* --stress's kills at random stops (stress-kill.c). */
#ifndef PR_STRESS_KILL_H
#define PR_STRESS_KILL_H

#include <stdbool.h>
#include <stdint.h>

#include "scenario.h"

#define PR_STRESS_KILL_CALLS 64

/* A group with a SIGKILL at one of its planned stops. */
struct pr_stress_kill {
	struct pr_group group;                 /* g's name: the tracee runs g */
	struct pr_call calls[PR_STRESS_KILL_CALLS];
	char where[96];                        /* "killed at <call>'s <kind> stop" */
};

/* How many of g's planned stops such a kill fits (0: none, see the file). */
unsigned pr_stress_kill_stops(const struct pr_group *g);

/* Derive from g, with the random number r choosing the stop (r modulo the
 * count above: each r below it a different stop), the same group
 * killed there (its calls after the killed one dropped); false where g has
 * no stop such a kill fits (see the file). */
bool pr_stress_kill_make(const struct pr_group *g, uint64_t r, struct pr_stress_kill *out);

#endif
