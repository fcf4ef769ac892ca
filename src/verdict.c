#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "diagnose.h"
#include "kversion.h"
#include "verdict.h"

/* Append one line to out->lines. */
static void __attribute__((format(printf, 2, 3))) line(struct pr_final *out, const char *fmt, ...)
{
	size_t n = strlen(out->lines);
	va_list ap;

	if (n && n + 1 < sizeof(out->lines))
		out->lines[n++] = '\n';
	va_start(ap, fmt);
	vsnprintf(out->lines + n, sizeof(out->lines) - n, fmt, ap);
	va_end(ap);
}

/* A failure that looks like bug b on its own personality: XFAIL, or a
 * regression, or not b at all, by the kernel's version. */
static void known_bug(const struct pr_known_bug *b, const struct pr_run *run, bool strict, struct pr_final *out)
{
	struct pr_kversion v;
	char why[300];

	pr_run_kversion(run, &v);
	switch (pr_bug_state(&v, b->fixed, b->introduced_in, why, sizeof(why))) {
	case PR_FIX_PRESENT:
		line(out, "regression: %s (fixed in %s) is back: %s", b->id, b->fixed, why);
		return;
	case PR_FIX_BEFORE_BUG:
		line(out, "not %s itself: %s", b->id, why);
		return;
	case PR_FIX_ABSENT:
	case PR_FIX_UNKNOWN:
		line(out, "known bug: %s", why);
		break;
	}
	if (strict) {
		line(out, "--strict: a known bug fails its check");
		return;
	}
	out->verdict = PR_XFAIL;
	snprintf(out->reason, sizeof(out->reason), "%s %s", b->id, b->title);
}

static void failed(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		   const struct pr_result *r, bool strict, struct pr_final *out)
{
	char diagnosis[PR_DIAG_MAX];
	const struct pr_known_bug *b = pr_diagnose_line(p, g, run, r, diagnosis, sizeof(diagnosis));

	line(out, "%s", diagnosis);
	if (b)
		known_bug(b, run, strict, out);
}

/* An XPASS note where bug b (of this personality and path) should have
 * failed a check that passed: the kernel's version lacks its fix. */
static void xpass(const struct pr_known_bug *b, const struct pr_run *run, struct pr_final *out)
{
	struct pr_kversion v;
	char why[300];

	pr_run_kversion(run, &v);
	if (pr_bug_state(&v, b->fixed, b->introduced_in, why, sizeof(why)) != PR_FIX_ABSENT)
		return;
	line(out, "XPASS %s %s: %s", b->id, b->title, why);
	out->xpass = true;
}

/* A passed check that a catalogued bug of this personality and path breaks,
 * on a kernel the bug's version data says lacks the fix: its fix may have
 * been backported (or the symptom depends on what the kernel happens to
 * read): said, never silent. */
static void passed(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
		   const struct pr_result *r, struct pr_final *out)
{
	for (unsigned i = 0; i < pr_nknown_bugs; i++) {
		const struct pr_known_bug *b = &pr_known_bugs[i];

		if (pr_bug_applies(b, p, run->path ? run->path : "") && pr_bug_breaks(b, g->name, r->name))
			xpass(b, run, out);
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

void pr_final_repro(const struct pr_known_bug *b, const struct pr_run *run, int status, const char *said,
		    bool strict, struct pr_final *out)
{
	bool own = pr_bug_applies(b, run->pers, NULL);

	memset(out, 0, sizeof(*out));
	if (WIFEXITED(status) && WEXITSTATUS(status) == PR_REPRO_SKIP) {
		out->verdict = PR_SKIP;
		snprintf(out->reason, sizeof(out->reason), "%s", strncmp(said, "SKIP: ", 6) == 0 ? said + 6 : said);
		return;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == PR_REPRO_OK) {
		/* Said only with a note: a pass prints nothing, as a check's does
		 * (its OK line may hold a pid). */
		out->verdict = PR_PASS;
		if (own)
			xpass(b, run, out);
		return;
	}
	line(out, "%s", *said ? said : "(it said nothing)");
	out->verdict = PR_FAIL;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != PR_REPRO_BUG) {
		char how[48];

		if (WIFEXITED(status))
			snprintf(how, sizeof(how), "exited with %d", WEXITSTATUS(status));
		else
			snprintf(how, sizeof(how), "was killed by signal %d", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
		line(out, "the reproducer %s, not 0, 1 or 4: matches no known bug", how);
		return;
	}
	if (!own) {
		line(out, "same symptom as %s (%s): %s", b->id, b->personalities[0], b->title);
		return;
	}
	line(out, "looks like: %s %s", b->id, b->title);
	known_bug(b, run, strict, out);
}
