/* The verdict rule, one for every kernel: a judged result, the bug the
 * diagnosis names and the kernel's version give what the report says.
 *
 *   failed, looks like a catalogued bug the version is not known to have
 *     the fix for                         XFAIL <bug id> <title>
 *   failed, looks like a bug whose fix the version has
 *                                         not ok, "regression: <bug> (fixed in X) is back"
 *   failed otherwise, or --strict         not ok, with the diagnosis
 *   passed, a check the bug breaks, on a kernel without the fix
 *                                         ok, with an "XPASS <bug id>" note
 *
 * Pure: it reads the run (its recorded release and version strings), never
 * the running kernel, so a replay gets the verdicts of the run. */
#ifndef PR_VERDICT_H
#define PR_VERDICT_H

#include <stdbool.h>

#include "result.h"

struct pr_final {
	enum pr_verdict verdict;     /* PR_XFAIL where a known bug explains a failure */
	bool xpass;                  /* passed where a known bug should have failed it */
	char reason[PR_REASON_MAX];  /* after "# XFAIL " */
	char lines[1024];            /* diagnostic lines before the result */
};

/* A reproducer's exit statuses (doc/findings/<bug>/repro.c): the kernel is
 * good, shows the bug, lacks the request the reproducer needs. */
enum { PR_REPRO_OK = 0, PR_REPRO_BUG = 1, PR_REPRO_SKIP = 4 };

struct pr_known_bug;

/* The final verdict of judged result r of run (group g, personality p). */
void pr_final_verdict(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		      const struct pr_result *r, bool strict, struct pr_final *out);

/* The final verdict of bug b's reproducer, run by a runner of personality
 * run->pers on run's kernel: it ended with wait status status, having said
 * the line said ("BUG: ...", "OK: ...", "SKIP: ..."). */
void pr_final_repro(const struct pr_known_bug *b, const struct pr_run *run, int status, const char *said,
		    bool strict, struct pr_final *out);

#endif
