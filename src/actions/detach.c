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
#include <stdio.h>
#include <string.h>

#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_end_at(b, i, first, d->detach.at);

	ps->tracer |= PR_TRACER_DETACH;
	ps->deliver = (unsigned char)d->detach.sig;
}

/* The rows' last call is exit_group(LAST): the status is what the call
 * before it returned, cut to 8 bits; a signal passed on kills it first. */
static void synth_end(const struct pr_personality *p, const struct pr_do *d, unsigned i, struct pr_run *run)
{
	const struct pr_group *g = run->group;
	const struct pr_call *before = &g->calls[g->ncalls - 2];
	int64_t rval;
	bool is_error;

	(void)i;
	if (d->detach.sig) {
		run->end = PR_END_SIGNALED;
		run->end_code = pr_signal(p, d->detach.sig);
		snprintf(run->end_msg, sizeof(run->end_msg), "killed by %s", strsignal(d->detach.sig));
		return;
	}
	pr_expected_result(p, g->via, before->expect, before->value, pr_arg_value(p, before, g->ncalls - 2, 0, run->pid),
			   run->pid, run->ppid, &rval, &is_error);
	run->end_code = (int)(rval & 0xff);
}

const struct pr_action pr_action_detach = {
	.name = "detach",
	.checks = PR_CHECK_LIFECYCLE,
	.plan_mark = plan_mark,
	.synth_end = synth_end,
};
