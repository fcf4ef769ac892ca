/* --stress: the selected groups over and over, N at once, in a seeded
 * random order, judged; then nothing of ours left behind (stress.c). */
#ifndef PR_STRESS_H
#define PR_STRESS_H

#include "runner.h"

/* Run for at least seconds (whole rounds of every selected group); prints
 * KTAP, returns the exit status. */
int pr_stress(const struct pr_options *o, unsigned seconds, unsigned long long seed);

#endif
