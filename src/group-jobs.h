/* Several groups traced at once.  Each of `jobs` worker processes traces
 * its share of the groups (it is the tracer of their tracees) and hands the
 * runs back as a recording (the same text --record writes), so the runner
 * judges and reports every run in order, exactly as if it had traced them
 * one after another.  Under TCG a VM's guest has a vCPU per host core; this is what
 * puts the second one to work. */
#ifndef PR_GROUP_JOBS_H
#define PR_GROUP_JOBS_H

#include "tracer.h"

/* Called once per launch, in the order of the launches, with its run (freed
 * after the call). */
typedef void pr_group_done(void *ctx, struct pr_run *run);

/* Trace launches[0..n-1], up to jobs at a time (1: one after another, in
 * this process). */
void pr_trace_groups(const struct pr_launch *launches, unsigned n, unsigned jobs,
		     pr_group_done *done, void *ctx);

/* The default number of jobs: the CPUs this process may run on. */
unsigned pr_default_jobs(void);

#endif
