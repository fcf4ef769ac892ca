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

#include "judge.h"

struct pr_final {
	enum pr_verdict verdict;     /* PR_XFAIL where a known bug explains a failure */
	bool xpass;                  /* passed where a known bug should have failed it */
	char reason[PR_REASON_MAX];  /* after "# XFAIL " */
	char lines[1024];            /* diagnostic lines before the result */
};

/* The final verdict of judged result r of run (group g, personality p). */
void pr_final_verdict(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		      const struct pr_result *r, bool strict, struct pr_final *out);

#endif
