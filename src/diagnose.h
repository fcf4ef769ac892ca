/* Known-bug diagnosis: the catalogue of historical kernel bugs in this
 * interface (src/known-bugs.c), one entry per bug, each with a rule over a
 * failed result and the observations it looked at.  Rules are pure: they see
 * the personality, the group, the run and the result, never ptrace. */
#ifndef PR_DIAGNOSE_H
#define PR_DIAGNOSE_H

#include <stdbool.h>

#include "result.h"
#include "run.h"

struct pr_known_bug {
	/* The fix, abbreviated hash; "posted:NAME" for a fix posted but not
	 * merged, "found-here:NAME" for a bug this suite found, not yet reported. */
	const char *id;
	const char *title;                  /* the fix's subject line */
	const char *const personalities[4]; /* globs over personality names, NULL-terminated */
	const char *path;                   /* only this syscall path, NULL for any */
	/* The rule describes the whole symptom (which fields, in what relation
	 * to the expected values), not the arch: on another personality a match
	 * is the same symptom, reported as such. */
	bool (*matches)(const struct pr_personality *p, const struct pr_group *g,
			const struct pr_run *run, const struct pr_result *r);
	const char *introduced_by;          /* the commit that brought the bug, or NULL */
	/* Where the commit that brought the bug landed, in the grammar of
	 * fixed below ("7.3; 7.2.y: 7.2.6; 6.1.y: none"); NULL: as old as the
	 * interface on that arch. */
	const char *introduced_in;
	/* Where it is fixed, in kversion.h's grammar: "unfixed", or the
	 * mainline release, then each stable line's first fixed release or
	 * "none": "6.14; 6.12.y: 6.12.21; 6.1.y: none". */
	const char *fixed;
	/* The checks it fails on its own personalities, globs over
	 * "<group>.<check>" (the tags of the groups that guard it): a check
	 * here that passes on a kernel without the fix is an XPASS note. */
	const char *const breaks[16];
	/* Where the facts above come from (what was read, in which source). */
	const char *evidence;
	/* The finding's folder under doc/findings/ (its report, reproducer,
	 * candidate fix and the KTAPs that validate it), for the bugs this
	 * suite found or whose posted fix it carries; NULL for others.  The
	 * reproducer is built as ptrace-regress-repro-<name> and run by the
	 * runner (check id reproducers.findings.<name>). */
	const char *finding;
};

/* The catalogue record whose finding is name, or NULL. */
const struct pr_known_bug *pr_finding_bug(const char *name);

extern const struct pr_known_bug pr_known_bugs[];
extern const unsigned pr_nknown_bugs;

/* A behaviour that differs between arches and is documented, not a bug. */
struct pr_documented {
	const char *personality, *path;
	const char *what;
	const char *source;             /* the documentation and the code that say so */
};

extern const struct pr_documented pr_documented[];
extern const unsigned pr_ndocumented;

/* The first catalogue entry a failed result looks like on the bug's own
 * personalities (and path), or NULL. */
const struct pr_known_bug *pr_diagnose(const struct pr_personality *p, const struct pr_group *g,
				       const struct pr_run *run, const struct pr_result *r);
/* The first entry whose symptom the result shows, on any personality. */
const struct pr_known_bug *pr_diagnose_symptom(const struct pr_personality *p, const struct pr_group *g,
					       const struct pr_run *run, const struct pr_result *r);

/* Does bug b apply to personality p on path (NULL: any path)? */
bool pr_bug_applies(const struct pr_known_bug *b, const struct pr_personality *p, const char *path);

/* Is "<group>.<check>" one of the checks b breaks? */
bool pr_bug_breaks(const struct pr_known_bug *b, const char *group, const char *check);

/* The one diagnostic line for a failed result: "looks like: <id>
 * <title>" on the bug's own arch, "same symptom as <id> (<arch>):
 * <title>" elsewhere, or that it matches no known bug.  Returns the bug it
 * looks like on its own arch (pr_diagnose()), or NULL. */
const struct pr_known_bug *pr_diagnose_line(const struct pr_personality *p, const struct pr_group *g,
					    const struct pr_run *run, const struct pr_result *r, char *buf,
					    unsigned len);

#endif
