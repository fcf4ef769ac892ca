/* The tracer's parts below src/tracer.c's stop loop: starting the tracee
 * (tracer-launch.c) and what to record and do at each planned stop
 * (tracer-act.c).  Neither calls the loop. */
#ifndef PR_TRACER_PARTS_H
#define PR_TRACER_PARTS_H

#include <sys/types.h>

#include "launch.h"
#include "plan.h"
#include "run.h"

/* A group's ptrace options: set at PTRACE_SEIZE, or at the exec stop. */
long pr_trace_options(const struct pr_group *g);
/* In the forked child: stdio and fds in place, PTRACE_TRACEME (go < 0) or
 * wait for go's end to close (the tracer seized it), then exec the tracee. */
void __attribute__((noreturn)) pr_launch_child(const struct pr_launch *l, const char *workdir, int hs, int err,
					       int feed, int go);
/* The tracee died before its exec stop: why, from the error pipe. */
void pr_launch_failed(struct pr_run *run, const struct pr_launch *l, int err);
/* The tracee's announcement on fd (stub, slot, worker): 0, or -1 by deadline. */
int pr_read_handshake(struct pr_run *run, int fd, double deadline);

/* Every stop's common record: GET, the registers, sizes where probed, the
 * signal mask, an event's message. */
void pr_record_stop(const struct pr_run *run, pid_t pid, int status, struct pr_stop *s, bool probe_sizes);
/* Before waiting for stop ps (PR_TRACER_ATTACH): every thread of pid (its
 * leader and worker, which /proc/PID/task must list alone), once asleep,
 * attached as ps's kind says (failing: the run's end says why). */
void pr_attach_threads(struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps, double deadline);
/* Before waiting for stop s (PR_TRACER_READ_BLOCKED): once thread tid of
 * pid sleeps, its /proc/PID/syscall into s's payload, then a byte fed. */
void pr_read_while_blocked(struct pr_run *run, pid_t pid, pid_t tid, int feed, double deadline, struct pr_stop *s);
/* What the group's checks record at the stop beyond the common record. */
void pr_observe_at(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps,
		   struct pr_stop *s);
/* That, then what the plan asks the tracer to do there. */
void pr_act(const struct pr_launch *l, struct pr_run *run, pid_t pid, int feed, double deadline,
	    const struct pr_plan_stop *ps, struct pr_stop *s);

#endif
