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
/* The pid of the group's tracee forked by its program's fork server, with
 * hs, err and feed as a launch by exec gives them; -1 where the group is
 * launched by exec (it sees the exec, or there is no server). */
pid_t pr_launch_forked(const struct pr_launch *l, const char *workdir, int hs, int err, int feed, double deadline);
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
/* What the plan asks of the tracer while the tracee runs, around stop ps
 * (of thread tid): before it waits for ps, every thread of pid attached
 * (PR_TRACER_ATTACH: once asleep, as ps's kind says), or once thread tid
 * sleeps its /proc/PID/syscall read into s's payload and a byte fed
 * (PR_TRACER_READ_BLOCKED); after it resumed the tracee from ps, the
 * notified call answered (PR_TRACER_NOTIFY).  False where the run ended
 * there (its end says why). */
enum pr_running { PR_BEFORE_STOP, PR_AFTER_RESUME };
bool pr_act_while_running(const struct pr_launch *l, struct pr_run *run, pid_t pid, pid_t tid, int feed,
			  double deadline, const struct pr_plan_stop *ps, struct pr_stop *s, enum pr_running when);
/* What the group's checks record at the stop beyond the common record. */
void pr_observe_at(const struct pr_launch *l, struct pr_run *run, pid_t pid, const struct pr_plan_stop *ps,
		   struct pr_stop *s);
/* That, then what the plan asks the tracer to do there. */
void pr_act(const struct pr_launch *l, struct pr_run *run, pid_t pid, int feed, double deadline,
	    const struct pr_plan_stop *ps, struct pr_stop *s);
/* After the group: reap the children the tracer let go that outlived the tracee. */
void pr_reap_let_go(const struct pr_run *run, double deadline);

#endif
