/* Fabricated observations for the judge's unit tests: the run a correct
 * kernel would produce for a personality and group, which a test then breaks
 * in one specific way. */
#ifndef PR_TESTS_SYNTH_H
#define PR_TESTS_SYNTH_H

#include "run.h"

#define SYNTH_PID 4242
#define SYNTH_PPID 4241
#define SYNTH_STUB 0x401000
#define SYNTH_SP 0x7ffc0000

/* Fill *run (stops allocated; release with synth_free). */
void synth_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run);
void synth_free(struct pr_run *run);

/* Decode stop i's info, let fn change it, encode it back. */
void synth_edit(const struct pr_run *run, unsigned i, void (*fn)(struct pr_info *, void *), void *arg);

#endif
