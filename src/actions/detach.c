/* detach: at the call's first stop of the row's kind the tracer detaches
 * (PTRACE_DETACH) passing the row's signal, and the tracee goes on untraced
 * (ptrace(2): PTRACE_DETACH "restart the stopped tracee as for PTRACE_CONT,
 * but first detach from it").  ptrace_detach() (kernel/ptrace.c) leaves the
 * signal as the tracee's exit_code: at a syscall stop ptrace_report_syscall()
 * sends it to the tracee (include/linux/ptrace.h), at a signal-delivery-stop
 * ptrace_signal() delivers it in place of the one stopped for (kernel/
 * signal.c), 0 discarding that one.  The call runs on as if never traced:
 * detached at its entry stop, it is made.  No stop follows; the tracee's
 * end says what it did: its rows end with exit_group(LAST), so it exits with
 * its call's result, or the signal's default action (the scenarios install
 * no handler for it) kills it.  judge-lifecycle.c judges the end. */

#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_end_at(b, i, first, d->detach.at);

	ps->tracer |= PR_TRACER_DETACH;
	ps->deliver = (unsigned char)d->detach.sig;
}

static void run_end(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
		    int64_t pid, int64_t ppid, struct pr_run_end *out)
{
	(void)i;
	if (d->detach.sig)
		*out = (struct pr_run_end){ PR_END_SIGNALED, pr_signal(p, d->detach.sig),
					    "death by the signal PTRACE_DETACH passed", false };
	else
		pr_run_end_last_result(p, g, pid, ppid, out);
}

const struct pr_action pr_action_detach = {
	.name = "detach",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_mark = plan_mark,
	.run_end = run_end,
};
