#include <fnmatch.h>
#include <string.h>

#include "diagnose.h"
#include "judge.h"
#include "report.h"
#include "verdict.h"

static void tally_add(struct pr_tally *t, enum pr_verdict v)
{
	switch (v) {
	case PR_PASS: t->pass++; break;
	case PR_FAIL: t->fail++; break;
	case PR_SKIP: t->skip++; break;
	case PR_TIMEOUT: t->timeout++; break;
	case PR_XFAIL: t->xfail++; break;
	}
}

static void tally_sum(struct pr_tally *to, const struct pr_tally *t)
{
	to->pass += t->pass;
	to->fail += t->fail;
	to->skip += t->skip;
	to->timeout += t->timeout;
	to->xfail += t->xfail;
	to->xpass += t->xpass;
}

static enum pr_verdict tally_verdict(const struct pr_tally *t)
{
	if (t->fail || t->timeout)
		return PR_FAIL;
	return t->pass || t->xfail ? PR_PASS : PR_SKIP;
}

/* What the current target has tallied so far. */
static struct pr_tally since_target(const struct pr_report *r)
{
	return (struct pr_tally){ r->all.pass - r->at_target.pass, r->all.fail - r->at_target.fail,
				  r->all.skip - r->at_target.skip, r->all.timeout - r->at_target.timeout,
				  r->all.xfail - r->at_target.xfail, r->all.xpass - r->at_target.xpass };
}

void pr_report_begin(struct pr_report *r, FILE *out, const char *only, unsigned ntargets)
{
	memset(r, 0, sizeof(*r));
	r->k.out = out;
	r->only = only;
	pr_ktap_begin(&r->k, ntargets);
}

void pr_report_fail_target(struct pr_report *r, unsigned n, const struct pr_target *t, const char *what)
{
	char line[PR_REASON_MAX + 64];

	snprintf(line, sizeof(line), "%s: %s", t->name, what);
	pr_ktap_diag(&r->k, line);
	pr_ktap_result(&r->k, n, PR_FAIL, t->name, NULL);
	r->all.fail++;
}

void pr_report_skip_target(struct pr_report *r, unsigned n, const struct pr_target *t,
			   const char *why)
{
	pr_ktap_result(&r->k, n, PR_SKIP, t->name, why);
	r->all.skip++;
}

void pr_report_target_begin(struct pr_report *r, const struct pr_target *t, unsigned ngroups)
{
	r->at_target = r->all;
	r->groups = 0;
	pr_ktap_subtest(&r->k, t->name, ngroups);
}

struct group_out {
	struct pr_report *r;
	const struct pr_target *t;
	const struct pr_run *run;
	unsigned n;
	struct pr_tally tally;
};

static void print_result(void *ctx, const struct pr_result *res)
{
	struct group_out *out = ctx;
	struct pr_final f;

	if (!pr_check_selected(out->r->only, out->t, out->run->group, res->name))
		return;
	pr_final_verdict(out->t->pers, out->run->group, out->run, res, out->r->strict, &f);
	pr_ktap_diag(&out->r->k, res->diag);
	pr_ktap_diag(&out->r->k, f.lines);
	pr_ktap_result(&out->r->k, ++out->n, f.verdict, res->name, f.reason);
	tally_add(&out->tally, f.verdict);
	out->tally.xpass += f.xpass;
}

void pr_report_group(struct pr_report *r, const struct pr_target *t, const struct pr_run *run)
{
	const struct pr_group *g = run->group;
	struct group_out out = { .r = r, .t = t, .run = run };

	pr_ktap_subtest(&r->k, g->name, pr_selected_in_group(r->only, t, g));
	pr_judge(t->pers, g, run, print_result, &out);
	pr_ktap_subtest_end(&r->k, ++r->groups, tally_verdict(&out.tally), g->name, NULL);
	tally_sum(&r->all, &out.tally);
}

void pr_report_target_end(struct pr_report *r, unsigned n, const struct pr_target *t)
{
	struct pr_tally mine = since_target(r);

	pr_ktap_subtest_end(&r->k, n, tally_verdict(&mine), t->name, NULL);
}

int pr_report_end(struct pr_report *r)
{
	/* kselftest's totals line; an xpass is a pass with a note, counted in
	 * both. */
	fprintf(r->k.out, "# Totals: pass:%u fail:%u xfail:%u xpass:%u skip:%u error:%u\n", r->all.pass,
		r->all.fail, r->all.xfail, r->all.xpass, r->all.skip, r->all.timeout);
	if (r->all.fail || r->all.timeout)
		return PR_EXIT_FAIL;
	return r->all.pass || r->all.xfail ? PR_EXIT_PASS : PR_EXIT_SKIP;
}

unsigned pr_selected_groups(const char *only, const struct pr_target *t)
{
	unsigned n = 0;

	for (unsigned g = 0; g < pr_ngroups; g++)
		n += pr_selected_in_group(only, t, &pr_groups[g]) > 0;
	return n;
}

bool pr_finding_selected(const char *only, const char *name)
{
	char id[160];

	if (!only)
		return true;
	snprintf(id, sizeof(id), "%s.%s.%s", PR_FINDINGS_TARGET, PR_FINDINGS_GROUP, name);
	return fnmatch(only, id, 0) == 0 || fnmatch(only, strchr(id, '.') + 1, 0) == 0;
}

unsigned pr_findings_selected(const char *only, const char **names)
{
	unsigned n = 0;

	for (unsigned i = 0; i < pr_nknown_bugs && n < PR_FINDINGS_MAX; i++) {
		const char *name = pr_known_bugs[i].finding;

		if (!name || !pr_finding_selected(only, name))
			continue;
		if (names)
			names[n] = name;
		n++;
	}
	return n;
}

void pr_report_findings_begin(struct pr_report *r, unsigned nselected)
{
	r->at_target = r->all;
	r->groups = 0;
	pr_ktap_subtest(&r->k, PR_FINDINGS_TARGET, 1);
	pr_ktap_subtest(&r->k, PR_FINDINGS_GROUP, nselected);
}

void pr_report_finding(struct pr_report *r, const struct pr_run *run, const char *name, int status,
		       const char *said)
{
	struct pr_final f;

	pr_final_repro(pr_finding_bug(name), run, status, said, r->strict, &f);
	pr_ktap_diag(&r->k, f.lines);
	pr_ktap_result(&r->k, ++r->groups, f.verdict, name, f.reason);
	tally_add(&r->all, f.verdict);
	r->all.xpass += f.xpass;
}

void pr_report_findings_end(struct pr_report *r, unsigned n)
{
	struct pr_tally mine = since_target(r);

	pr_ktap_subtest_end(&r->k, 1, tally_verdict(&mine), PR_FINDINGS_GROUP, NULL);
	pr_ktap_subtest_end(&r->k, n, tally_verdict(&mine), PR_FINDINGS_TARGET, NULL);
}
