/* Known-bug diagnosis: the catalogue of historical kernel bugs in this
 * interface (src/known-bugs.c), one entry per bug, each with a rule over a
 * failed result and the observations it looked at.  Rules are pure: they see
 * the personality, the group, the run and the result, never ptrace. */
#ifndef PR_DIAGNOSE_H
#define PR_DIAGNOSE_H

#include <stdbool.h>

#include "judge.h"

struct pr_known_bug {
	/* The fix, abbreviated hash; "posted:NAME" for a fix posted but not
	 * merged, "found-here:NAME" for a bug this suite found, not yet reported. */
	const char *commit;
	const char *title;                  /* the fix's subject line */
	const char *const personalities[4]; /* globs over personality names, NULL-terminated */
	const char *path;                   /* only this syscall path, NULL for any */
	/* The rule describes the symptom (which field, in what relation to the
	 * expected value), not the arch: on another personality a match is the
	 * same symptom, reported as such. */
	bool (*matches)(const struct pr_personality *p, const struct pr_group *g,
			const struct pr_run *run, const struct pr_result *r);
	const char *introduced_by;          /* the commit that brought the bug, or NULL */
};

extern const struct pr_known_bug pr_known_bugs[];
extern const unsigned pr_nknown_bugs;

/* The first catalogue entry a failed result looks like on the bug's own
 * personalities (and path), or NULL. */
const struct pr_known_bug *pr_diagnose(const struct pr_personality *p, const struct pr_group *g,
				       const struct pr_run *run, const struct pr_result *r);
/* The first entry whose symptom the result shows, on any personality. */
const struct pr_known_bug *pr_diagnose_symptom(const struct pr_personality *p, const struct pr_group *g,
					       const struct pr_run *run, const struct pr_result *r);

/* The one diagnostic line for a failed result: "looks like: <commit>
 * <title>" on the bug's own arch, "same symptom as <commit> (<arch>):
 * <title>" elsewhere, or that it matches no known bug. */
void pr_diagnose_line(const struct pr_personality *p, const struct pr_group *g,
		      const struct pr_run *run, const struct pr_result *r, char *buf, unsigned len);

#endif
