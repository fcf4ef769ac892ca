/* The live unwinder: libunwind-ptrace over a stopped tracee, its result kept
 * as plain data in the stop's payload (payloads/unwind.h) for the judge. */
#ifndef PR_UNWIND_H
#define PR_UNWIND_H

#include <sys/types.h>

#include "run.h"

/* Unwind the tracee at this stop into its unwind payload; where this build cannot
 * unwind the run's personality, mark the stop UNSUPPORTED and say why in
 * run->unwind_skip. */
void pr_unwind(pid_t pid, struct pr_run *run, struct pr_stop *s);

#endif
