/* The judge's lowest layer: struct judge and the check primitives every
 * family uses (src/judge-check.c).  Above it: the shared expectations
 * (judge-expect.h), then the families (judge-families.h), then the
 * dispatcher (judge.c); no file includes or calls one above it. */
#ifndef PR_JUDGE_CHECK_H
#define PR_JUDGE_CHECK_H

#include "info.h"
#include "plan.h"
#include "result.h"
#include "run.h"

struct judge {
	const struct pr_personality *p;
	const struct pr_group *g;
	const struct pr_run *run;      /* the run judged; names never read it */
	pr_emit_fn emit;
	void *ctx;
	struct pr_result r;            /* the check being built */
	struct pr_plan_stop plan[PR_PLAN_MAX]; /* the group's expected stops */
	unsigned nplan;
};

/* Where a family's check names go: each family names its checks, in the
 * order it judges them, without a run (pr_judge_names). */
struct names {
	pr_name_fn fn;
	void *ctx;
};

void name_add(const struct names *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Start a check named by fmt, about call c (or NULL) at stop index stop. */
void check_begin(struct judge *j, const struct pr_call *c, int stop, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Record a failed expectation: one diagnostic line. */
void check_fail(struct judge *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A diagnostic line that does not fail the check (what it could not compare). */
void check_note(struct judge *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_end(struct judge *j);
/* The check is about call c rather than the one it began with (what the
 * diagnosis reads: a report call's arguments). */
void check_about(struct judge *j, const struct pr_call *c);

/* The stop at index, decoded; false (and the check failed or timed out with
 * the reason) when the run has no such stop or the info read failed. */
bool check_stop(struct judge *j, int index, const struct pr_stop **stop, struct pr_info *info);

void expect_hex(struct judge *j, const char *what, uint64_t expected, uint64_t seen);
void expect_dec(struct judge *j, const char *what, int64_t expected, int64_t seen);

/* Every later check of the group is SKIP with this reason. */
void check_skip(struct judge *j, const char *reason);

/* A family as a table of named checks of each call: a check looks at the
 * stop stop_of() names (a plan index, -1: none) and judge() says what must
 * hold there.  judge_calls() runs every check of every call applies() takes,
 * call by call, each named "<call>.<check>"; adding a check is adding a row. */
struct call_check {
	const char *name;
	int (*stop_of)(const struct judge *j, unsigned call);
	void (*judge)(struct judge *j, const struct pr_call *c, unsigned call, int at, const struct pr_stop *s,
		      const struct pr_info *info);
	/* NULL: every call the family judges has it; else whether call c does. */
	bool (*has)(const struct judge *j, const struct pr_call *c);
};

void judge_calls(struct judge *j, const struct call_check *checks, unsigned n,
		 bool (*applies)(const struct judge *j, const struct pr_call *c, unsigned call));
/* Their names, in that order, from the group and its plan alone. */
void name_calls(const struct judge *j, const struct call_check *checks, unsigned n,
		bool (*applies)(const struct judge *j, const struct pr_call *c, unsigned call),
		const struct names *out);
/* A family that is one table of call checks over the calls applies() takes:
 * its judge_x() and names_x(), one from the other. */
#define PR_CALL_FAMILY(x, checks, applies) \
	void judge_##x(struct judge *j) \
	{ \
		judge_calls(j, checks, COUNT_OF(checks), applies); \
	} \
	void names_##x(const struct judge *j, const struct names *out) \
	{ \
		name_calls(j, checks, COUNT_OF(checks), applies, out); \
	}

/* The same for a stop that belongs to no call (the initial SIGSTOP): a
 * table of named checks at plan stop at, each "<prefix>.<check>". */
struct stop_check {
	const char *name;
	void (*judge)(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info);
};

void judge_stop(struct judge *j, const struct pr_call *c, const char *prefix, int at,
		const struct stop_check *checks, unsigned n);
void name_stop(const char *prefix, const struct stop_check *checks, unsigned n, const struct names *out);

/* CALL_CHECK(name) { ... }: a call check's judge function; CHECK_ARGS_USED
 * says a body need not use every one of its arguments. */
#define CALL_CHECK(name) \
	static void name(struct judge *j, const struct pr_call *c, unsigned idx, int at, \
			 const struct pr_stop *s, const struct pr_info *info)
#define CHECK_ARGS_USED (void)j, (void)c, (void)idx, (void)at, (void)s, (void)info
#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

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
