/* Helpers shared by the judge's check families (judge-*.c). */
#ifndef PR_JUDGE_INTERNAL_H
#define PR_JUDGE_INTERNAL_H

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

/* The six args of an entry or seccomp stop are call c's (at index idx). */
void expect_call_args(struct judge *j, const struct pr_call *c, unsigned idx,
		      const struct pr_info *info);
/* The info's nr and args agree with the raw register view. */
void expect_regs_agree(struct judge *j, const struct pr_stop *s, const struct pr_info *info);

/* Check families. */
void judge_sigstop(struct judge *j);
void judge_sequence(struct judge *j);
void judge_entry(struct judge *j);
void judge_exit(struct judge *j);
void judge_info_size(struct judge *j);
void judge_seccomp(struct judge *j);
void judge_sigreturn(struct judge *j);
void judge_tamper(struct judge *j);
void judge_unwind(struct judge *j);
void judge_restart(struct judge *j);
void judge_mixed(struct judge *j);
void judge_events(struct judge *j);
void judge_refusals(struct judge *j);
/* The pid the latest fork, vfork or clone event stop up to call's named
 * (0: none, or not seen). */
int64_t judge_child_pid(const struct judge *j, unsigned call);
void judge_frame(struct judge *j);   /* every group */

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

/* The expected result of call c (pid and ppid from the run, 0 when listing). */
/* The outcome e/value of call c (index i) as (rval, is_error). */
void expected_result(const struct judge *j, const struct pr_call *c, unsigned i, enum pr_expect e,
		     int64_t value, int64_t *rval, bool *is_error);
/* Check that the stop is the kind of stop the plan says (wait status, op);
 * false after a failure. */
bool expect_stop_kind(struct judge *j, int index, const struct pr_stop *s,
		      const struct pr_info *info);
/* The ABI call c (NULL: none) speaks: the program's own for an own_path
 * call, else the run's. */
const struct pr_personality *call_personality(const struct judge *j, const struct pr_call *c);

/* Every later check of the group is SKIP with this reason (run != NULL). */
void check_skip(struct judge *j, const char *reason);

#endif
