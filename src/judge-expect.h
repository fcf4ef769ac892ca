/* Expectations more than one family needs (src/judge-expect.c), above the
 * check primitives and below the families. */
#ifndef PR_JUDGE_EXPECT_H
#define PR_JUDGE_EXPECT_H

#include "judge-check.h"

/* The six args of an entry or seccomp stop are call c's (at index idx). */
void expect_call_args(struct judge *j, const struct pr_call *c, unsigned idx,
		      const struct pr_info *info);
/* The info's nr and args agree with the raw register view. */
void expect_regs_agree(struct judge *j, const struct pr_stop *s, const struct pr_info *info);

/* The outcome e/value of call c (index i) as (rval, is_error). */
void expected_result(const struct judge *j, const struct pr_call *c, unsigned i, enum pr_expect e,
		     int64_t value, int64_t *rval, bool *is_error);
/* Check that the stop is the kind of stop the plan says (wait status, op);
 * false after a failure. */
bool expect_stop_kind(struct judge *j, int index, const struct pr_stop *s,
		      const struct pr_info *info);
/* The instruction pointer is right after the stub's trap (the address the
 * tracee marks; where it marks none, inside the range its stops are in). */
void expect_ip_at_trap(struct judge *j, const struct pr_info *info);
/* The stack pointer is the one the stub stored just before its trap, as the
 * tracer read it at the call's entry stop (nothing where the stub stores
 * none): a value the kernel did not report. */
void expect_sp_stored(struct judge *j, const struct pr_stop *entry, const struct pr_info *info);
/* The raw registers read (PTRACE_GETREGSET); false, and failed, where not. */
bool expect_regs_read(struct judge *j, const struct pr_stop *s);
/* They read, and their pc (sp) is the info's instruction (stack) pointer;
 * a stop check's judge (struct stop_check) as they are. */
void expect_raw_ip(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info);
void expect_raw_sp(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info);
/* The ABI call c (NULL: none) speaks: the program's own for an own_path
 * call, else the run's. */
const struct pr_personality *call_personality(const struct judge *j, const struct pr_call *c);

/* The pid the latest fork, vfork or clone event stop up to call's named
 * (0: none, or not seen). */
int64_t judge_child_pid(const struct judge *j, unsigned call);

#endif
