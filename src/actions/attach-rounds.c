/* attach-rounds: the tracer attaches to a running multi-threaded tracee and
 * detaches again, PR_ATTACH_ROUNDS times.  The call's row also detaches at
 * its entry stop (detach.c), so the tracee runs on untraced: the leader
 * blocked in that call (a read the tracer feeds only after the last round),
 * the worker (never seized: a threads group's, whose untraced rows block it
 * in a read no one feeds) likewise.  Each round, once every thread sleeps
 * (/proc/PID/task/TID/stat), the tracer
 * - PTRACE_ATTACHes every thread: ptrace_attach() sends each SIGSTOP
 *   (send_sig_info(SIGSTOP, SEND_SIG_PRIV) in 6.1, send_signal_locked() in
 *   7.3, PIDTYPE_PID: to that thread), which interrupts its read
 *   (-ERESTARTSYS) and stops it in a signal-delivery-stop (ptrace_signal());
 * - then PTRACE_SEIZEs every thread (no stop: "SEIZE doesn't trap tracee on
 *   attach") and PTRACE_INTERRUPTs it: do_jobctl_trap() stops it with
 *   ptrace_do_notify(SIGTRAP, SIGTRAP | PTRACE_EVENT_STOP << 8, ..., 0): a
 *   PTRACE_EVENT_STOP, message 0;
 * and PTRACE_DETACHes each at that stop with signal 0 (ptrace(2): the
 * tracer suppresses the attach's SIGSTOP, or a group-stop would follow).
 * GET says op NONE (24 bytes) at both: ptrace_get_syscall_info() fills in
 * an entry, exit or seccomp info only for si_code SIGTRAP | 0x80 or the
 * seccomp event's, and these stops' si_code is SI_KERNEL or the
 * PTRACE_EVENT_STOP trap's.  The read, interrupted with no signal left to
 * handle, is restarted (the arch's signal code, ERESTARTSYS without a
 * handler), so no thread sees EINTR (ptrace(2): "system calls will be
 * restarted" after a suppressed signal); where the arch rewinds before it
 * stops (signal_rewind) the stops are at the trap.  After the last round the
 * tracer feeds the leader's read: it returns 1, the tracee's exit status
 * (detach.c's run_end).  A worker's read that returned would end the tracee
 * with its result instead.  judge-lifecycle.c judges the stops. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = NULL;

	(void)d, (void)first;
	for (unsigned k = 0; k < b->n; k++) /* the worker runs untraced */
		b->out[k].tracer &= (unsigned short)~PR_TRACER_SEIZE_WORKER;
	for (unsigned r = 0; r < PR_ATTACH_ROUNDS; r++)
		for (unsigned seize = 0; seize < 2; seize++)
			for (unsigned t = 0; t < 2; t++) {
				ps = pr_plan_put(b, seize ? PR_STOP_EVENT : PR_STOP_SIGNAL, (int)i, b->g->calls[i].sys,
						 false, seize ? PTRACE_EVENT_STOP : 0, seize ? SIGTRAP : SIGSTOP);
				ps->thread = (unsigned char)t;
				ps->tracer = (t == 0 ? PR_TRACER_ATTACH : 0) | PR_TRACER_DETACH;
				ps->resume = PR_RESUME_NONE;
				ps->interrupt_shows = true; /* each stops in its interrupted read */
			}
	ps->tracer |= PR_TRACER_FEED;
}

/* Back at the trap where the arch rewinds before it stops. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	(void)d;
	if (ph == PR_SYNTH_INFO)
		pr_synth_rewound(x, info, s);
}

const struct pr_action pr_action_attach_rounds = {
	.name = "attach-rounds",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_mark = plan_mark,
	.synth = synth,
};
