/* Synthesised runs: what a correct kernel shows for a group, built from the
 * expectations alone, then optionally bent by one known bug.  Used by the
 * fixture generator (gen-recording.c) and the unit tests. */
#ifndef PR_TESTS_SYNTH_H
#define PR_TESTS_SYNTH_H

#include "action.h"
#include "group-plan.h"
#include "payload.h"
#include "run.h"

/* How one historical kernel bug bends a correct stop: its info, and its raw
 * registers where the bug shows there too.  call: the plan's call index, -1
 * for stops of no call. */
struct pr_synth_bug {
	const char *commit;
	const char *path;  /* only stops of this syscall path, NULL for any */
	void (*apply)(const struct pr_personality *p, const struct pr_run *run, int call,
		      struct pr_info *info, struct pr_stop *s);
};

extern const struct pr_synth_bug pr_synth_bugs[];

const struct pr_synth_bug *pr_synth_bug_find(const char *commit);

/* Fill *run (stops allocated; free with pr_run_free) with a complete,
 * correct run of group g through path, then apply bug (NULL: none). */
void pr_synth_run(const struct pr_personality *p, const char *path, const struct pr_group *g,
		  const struct pr_synth_bug *bug, struct pr_run *run);
/* The same on a kernel whose uname -v is uts_version (its version, as
 * Debian's names it: "#1 SMP Debian 7.3.4-1"); NULL: none, the version
 * unknown ("synthesised"). */
void pr_synth_run_of(const struct pr_personality *p, const char *path, const struct pr_group *g,
		     const struct pr_synth_bug *bug, const char *uts_version, struct pr_run *run);

/* Shorthands for the judge's unit tests: the correct run through the
 * personality's first path; edit stop i's info in place. */
void synth_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run);
void synth_run_of(const struct pr_personality *p, const struct pr_group *g, const char *uts_version,
		  struct pr_run *run);
void synth_free(struct pr_run *run);
void synth_edit(const struct pr_run *run, unsigned i, void (*fn)(struct pr_info *, void *), void *arg);

#endif
