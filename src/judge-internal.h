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
};

/* Start a check named by fmt, about call c (or NULL) at stop index stop. */
void check_begin(struct judge *j, const struct pr_call *c, int stop, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Record a failed expectation: one diagnostic line. */
void check_fail(struct judge *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_end(struct judge *j);

/* The stop at index, decoded; false (and the check failed or timed out with
 * the reason) when the run has no such stop or the info read failed. */
bool check_stop(struct judge *j, int index, const struct pr_stop **stop, struct pr_info *info);

void expect_hex(struct judge *j, const char *what, uint64_t expected, uint64_t seen);
void expect_dec(struct judge *j, const char *what, int64_t expected, int64_t seen);

/* Check families. */
void judge_sigstop(struct judge *j);
void judge_sequence(struct judge *j);
void judge_entry(struct judge *j);
void judge_exit(struct judge *j);
void judge_info_size(struct judge *j);

static inline int entry_stop(unsigned call) { return 1 + 2 * (int)call; }
static inline int exit_stop(unsigned call) { return 2 + 2 * (int)call; }

#endif
