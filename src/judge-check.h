/* The judge's lowest layer: struct judge and the check primitives every
 * family uses (src/judge-check.c).  Above it: the shared expectations
 * (judge-expect.h), then the families (judge-families.h), then the
 * dispatcher (judge.c); no file includes or calls one above it. */
#ifndef PR_JUDGE_CHECK_H
#define PR_JUDGE_CHECK_H

#include "info.h"
#include "judge.h"

struct judge {
	const struct pr_personality *p;
	const struct pr_group *g;
	const struct pr_run *run;      /* NULL when only listing */
	pr_emit_fn emit;
	void *ctx;
	struct pr_result r;            /* the check being built */
	struct pr_plan_stop plan[PR_PLAN_MAX]; /* the group's expected stops */
	unsigned nplan;
};

/* Start a check named by fmt, about call c (or NULL) at stop index stop. */
void check_begin(struct judge *j, const struct pr_call *c, int stop, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Record a failed expectation: one diagnostic line. */
void check_fail(struct judge *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A diagnostic line that does not fail the check (what it could not compare). */
void check_note(struct judge *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_end(struct judge *j);

/* The stop at index, decoded; false (and the check failed or timed out with
 * the reason) when the run has no such stop or the info read failed. */
bool check_stop(struct judge *j, int index, const struct pr_stop **stop, struct pr_info *info);

void expect_hex(struct judge *j, const char *what, uint64_t expected, uint64_t seen);
void expect_dec(struct judge *j, const char *what, int64_t expected, int64_t seen);

/* Every later check of the group is SKIP with this reason (run != NULL). */
void check_skip(struct judge *j, const char *reason);

/* Where the plan puts call i's first stop of a kind (-1: none). */
static inline int plan_stop(const struct judge *j, unsigned call, enum pr_stop_kind k)
{
	return pr_plan_find(j->plan, j->nplan, call, k);
}
static inline int entry_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_ENTRY);
}
static inline int exit_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_EXIT);
}

#endif
