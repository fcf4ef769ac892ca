#include <stdio.h>
#include <string.h>

#include "diagnose.h"
#include "kversion.h"
#include "verdict.h"

/* Append one line to out->lines. */
static void line(struct pr_final *out, const char *fmt, const char *a, const char *b, const char *c)
{
	size_t n = strlen(out->lines);

	if (n && n + 1 < sizeof(out->lines))
		out->lines[n++] = '\n';
	snprintf(out->lines + n, sizeof(out->lines) - n, fmt, a, b, c);
}

static void failed(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		   const struct pr_result *r, bool strict, struct pr_final *out)
{
	const struct pr_known_bug *b = pr_diagnose(p, g, run, r);
	struct pr_kversion v;
	char diagnosis[PR_DIAG_MAX], why[300];

	pr_diagnose_line(p, g, run, r, diagnosis, sizeof(diagnosis));
	line(out, "%s", diagnosis, NULL, NULL);
	if (!b)
		return;
	pr_run_kversion(run, &v);
	switch (pr_bug_state(&v, b->fixed, b->introduced_in, why, sizeof(why))) {
	case PR_FIX_PRESENT:
		line(out, "regression: %s (fixed in %s) is back: %s", b->id, b->fixed, why);
		return;
	case PR_FIX_BEFORE_BUG:
		line(out, "not %s itself: %s", b->id, why, NULL);
		return;
	case PR_FIX_ABSENT:
	case PR_FIX_UNKNOWN:
		line(out, "known bug: %s", why, NULL, NULL);
		break;
	}
	if (strict) {
		line(out, "--strict: a known bug fails its check", NULL, NULL, NULL);
		return;
	}
	out->verdict = PR_XFAIL;
	snprintf(out->reason, sizeof(out->reason), "%s %s", b->id, b->title);
}

/* A passed check that a catalogued bug of this personality and path breaks,
 * on a kernel the bug's version data says lacks the fix: its fix may have
 * been backported (or the symptom depends on what the kernel happens to
 * read): said, never silent. */
static void passed(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		   const struct pr_result *r, struct pr_final *out)
{
	struct pr_kversion v;
	char why[300];

	pr_run_kversion(run, &v);
	for (unsigned i = 0; i < pr_nknown_bugs; i++) {
		const struct pr_known_bug *b = &pr_known_bugs[i];

		if (!pr_bug_applies(b, p, run->path ? run->path : "") || !pr_bug_breaks(b, g->name, r->name) ||
		    pr_bug_state(&v, b->fixed, b->introduced_in, why, sizeof(why)) != PR_FIX_ABSENT)
			continue;
		line(out, "XPASS %s %s: %s", b->id, b->title, why);
		out->xpass = true;
	}
}

void pr_final_verdict(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		      const struct pr_result *r, bool strict, struct pr_final *out)
{
	memset(out, 0, sizeof(*out));
	out->verdict = r->verdict;
	snprintf(out->reason, sizeof(out->reason), "%s", r->reason);
	if (r->verdict == PR_FAIL)
		failed(p, g, run, r, strict, out);
	else if (r->verdict == PR_PASS)
		passed(p, g, run, r, out);
}
