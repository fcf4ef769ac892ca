/* The check families, each a file judge-<family>.c over the shared
 * expectations (judge-expect.h); only the dispatcher (judge.c) calls them. */
#ifndef PR_JUDGE_FAMILIES_H
#define PR_JUDGE_FAMILIES_H

#include "judge-expect.h"

/* Each family judges (judge_X) and names (names_X) its checks, in the
 * same order; the names come from the group and its plan alone. */
#define PR_JUDGE_FAMILY(x) \
	void judge_##x(struct judge *j); \
	void names_##x(const struct judge *j, const struct names *out);
PR_JUDGE_FAMILY(sigstop)
PR_JUDGE_FAMILY(sequence)
PR_JUDGE_FAMILY(entry)
PR_JUDGE_FAMILY(exit)
PR_JUDGE_FAMILY(info_size)
PR_JUDGE_FAMILY(seccomp)
PR_JUDGE_FAMILY(sigreturn)
PR_JUDGE_FAMILY(tamper)
PR_JUDGE_FAMILY(unwind)
PR_JUDGE_FAMILY(restart)
PR_JUDGE_FAMILY(mixed)
PR_JUDGE_FAMILY(events)
PR_JUDGE_FAMILY(refusals)
PR_JUDGE_FAMILY(lifecycle)
PR_JUDGE_FAMILY(proc_syscall)
PR_JUDGE_FAMILY(frame)   /* every group */
PR_JUDGE_FAMILY(sigsys)
PR_JUDGE_FAMILY(seccomp_ret)
PR_JUDGE_FAMILY(notif)
#undef PR_JUDGE_FAMILY

#endif
