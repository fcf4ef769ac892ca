/* A correct run of any group, fabricated from the group's plan for one
 * personality: what a kernel without bugs shows at every stop.  Tests then
 * break one observation and expect the judge to FAIL the matching check. */
#ifndef PR_TEST_PLAN_RUN_H
#define PR_TEST_PLAN_RUN_H

#include <check.h>

#include "judge.h"
#include "group-plan.h"
#include "run.h"

/* Fill *run (stops malloc'ed; free with fab_free): tests/synth.c's correct
 * run through the personality's first path. */
void fab_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run);
void fab_free(struct pr_run *run);

/* Judge and keep the results, to look them up by check name. */
struct fab_results {
	unsigned n;
	struct pr_result r[512];
};

void fab_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	       struct fab_results *out);
/* The result named name (ck_assert that it exists). */
const struct pr_result *fab_find(const struct fab_results *res, const char *name);
/* How many results have verdict v. */
unsigned fab_count(const struct fab_results *res, enum pr_verdict v);

/* The stop index of call `call`'s first stop of kind k in g's plan. */
int fab_stop(const struct pr_group *g, unsigned call, enum pr_stop_kind k);

/* The fixture of every test: one group's correct run for one personality,
 * fabricated afresh before each test, and the last judgement. */
struct fab_fixture {
	const struct pr_personality *p;
	const struct pr_group *g;
	struct pr_run run;
	struct fab_results res;
};
extern struct fab_fixture fab;

/* Fabricate the correct run of group for personality into fab. */
void fab_use(const char *personality, const char *group);
/* The same on a kernel whose uname -v is uts_version (tests/synth.h). */
void fab_use_on(const char *personality, const char *group, const char *uts_version);

/* Call `call`'s first stop of kind k in fab.run. */
struct pr_stop *fab_stop_of(const char *call, enum pr_stop_kind k);

/* Judge fab.run into fab.res and assert that check has verdict v with
 * part somewhere in its diagnostics (or its SKIP reason). */
void fab_expect(const char *check, enum pr_verdict v, const char *part);

/* Judge fab.run; every check passes, and there are more than min of them. */
void fab_expect_all_pass(unsigned min);

/* Re-encode a stop's info after changing the decoded fields in stmt. */
#define FAB_EDIT_INFO(s, stmt) \
	do { \
		struct pr_info info; \
		pr_info_decode((s)->info, (size_t)(s)->info_ret, fab.p->big_endian, &info); \
		stmt; \
		(s)->info_ret = (int64_t)pr_info_encode(&info, fab.p->big_endian, (s)->info); \
	} while (0)

/* Frees fab.run after each test (the teardown of a pr_suite whose setup calls
 * fab_use). */
void fab_teardown(void);

#endif
