#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "plan-run.h"
#include "synth.h"

void fab_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run)
{
	pr_synth_run(p, p->paths[0], g, NULL, run);
}

void fab_free(struct pr_run *run)
{
	pr_run_free(run);
}

static void keep(void *ctx, const struct pr_result *r)
{
	struct fab_results *out = ctx;

	ck_assert_uint_lt(out->n, sizeof(out->r) / sizeof(out->r[0]));
	out->r[out->n++] = *r;
}

void fab_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	       struct fab_results *out)
{
	out->n = 0;
	pr_judge(p, g, run, keep, out);
}

const struct pr_result *fab_find(const struct fab_results *res, const char *name)
{
	for (unsigned i = 0; i < res->n; i++)
		if (strcmp(res->r[i].name, name) == 0)
			return &res->r[i];
	ck_abort_msg("no check named %s", name);
	return NULL;
}

unsigned fab_count(const struct fab_results *res, enum pr_verdict v)
{
	unsigned n = 0;

	for (unsigned i = 0; i < res->n; i++)
		n += res->r[i].verdict == v;
	return n;
}

struct fab_fixture fab;

void fab_use(const char *personality, const char *group)
{
	fab_use_on(personality, group, NULL);
}

void fab_use_on(const char *personality, const char *group, const char *uts_version)
{
	fab_free(&fab.run);
	fab.p = pr_personality_find(personality);
	fab.g = pr_group_find(group);
	ck_assert_ptr_nonnull(fab.p);
	ck_assert_ptr_nonnull(fab.g);
	pr_synth_run_of(fab.p, fab.p->paths[0], fab.g, NULL, uts_version, &fab.run);
}

struct pr_stop *fab_stop_of(const char *call, enum pr_stop_kind k)
{
	int at = -1;

	for (unsigned i = 0; i < fab.g->ncalls; i++)
		if (strcmp(fab.g->calls[i].name, call) == 0)
			at = fab_stop(fab.g, i, k);
	ck_assert_msg(at >= 0, "no %s stop of %s in %s", pr_stop_kind_name(k), call, fab.g->name);
	return &fab.run.stops[at];
}

void fab_expect(const char *check, enum pr_verdict v, const char *part)
{
	static const char *const names[] = { "PASS", "FAIL", "SKIP", "TIMEOUT" };
	const struct pr_result *r;

	fab_judge(fab.p, fab.g, &fab.run, &fab.res);
	r = fab_find(&fab.res, check);
	ck_assert_msg(r->verdict == v, "%s: expected %s, got %s (%s)", check, names[v], names[r->verdict],
		      r->diag);
	ck_assert_msg(strstr(r->diag, part) || strstr(r->reason, part),
		      "%s: diagnostics lack '%s': %s", check, part, r->diag);
}

void fab_expect_all_pass(unsigned min)
{
	fab_judge(fab.p, fab.g, &fab.run, &fab.res);
	ck_assert_uint_gt(fab.res.n, min);
	for (unsigned i = 0; i < fab.res.n; i++)
		ck_assert_msg(fab.res.r[i].verdict == PR_PASS, "%s: %s", fab.res.r[i].name,
			      fab.res.r[i].diag);
}

int fab_stop(const struct pr_group *g, unsigned call, enum pr_stop_kind k)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);

	return pr_plan_find(plan, n, call, k);
}

void fab_teardown(void)
{
	fab_free(&fab.run);
}

