/* The check families, each a file judge-<family>.c over the shared
 * expectations (judge-expect.h); only the dispatcher (judge.c) calls them. */
#ifndef PR_JUDGE_FAMILIES_H
#define PR_JUDGE_FAMILIES_H

#include "judge-expect.h"

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
void judge_lifecycle(struct judge *j);
void judge_frame(struct judge *j);   /* every group */

#endif
