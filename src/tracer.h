/* The live half: start a tracee for one group, drive it through its stops and
 * record what each stop showed. */
#ifndef PR_TRACER_H
#define PR_TRACER_H

#include "launch.h"
#include "run.h"

/* Fill *run (stops allocated here; free with payload.h's pr_run_free).  Always reaps the
 * tracee.  The run's end says how it finished; launch failures (exec, ptrace
 * not permitted) are PR_END_LAUNCH with end_code the errno. */
void pr_trace_group(const struct pr_launch *l, struct pr_run *run);
/* What every run of l says about itself, traced or not: *run zeroed but for
 * its personality, path, group, tracer pid and kernel. */
void pr_run_init(const struct pr_launch *l, struct pr_run *run);

#endif
