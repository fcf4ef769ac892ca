/* notify: the tracee's filter returns SECCOMP_RET_USER_NOTIF for the call
 * (its row's .seccomp), and the tracer, holding the filter's listener, is
 * its supervisor (src/notify.c).  Under PTRACE_SYSCALL:
 * - The entry stop comes first: seccomp runs after the syscall-entry-stop
 *   (since 4.8, syscall_trace_enter(): ptrace_report_syscall_entry() then
 *   __secure_computing()).  There the tracer reads how the tracee's
 *   seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER) went, and resumes it.
 * - The filter's seccomp_do_user_notification() (kernel/seccomp.c) queues
 *   the notification, wakes the listener and waits for the answer.  struct
 *   seccomp_notif is populate_seccomp_data()'s: nr syscall_get_nr(), arch
 *   syscall_get_arch(), args syscall_get_arguments(), instruction_pointer
 *   KSTK_EIP(); the very hooks GET's entry info reads (ptrace_get_syscall_
 *   info_entry(): instruction_pointer()), so each must equal the entry
 *   stop's.  pid is task_pid_vnr() in the listener's namespace: the
 *   tracee's pid; flags are unused (0); id is the filter's next_id++
 *   (seccomp_next_notify_id()), valid (SECCOMP_IOCTL_NOTIF_ID_VALID: 0)
 *   until answered.
 * - The answer: a value (error 0) or an error makes the call return it
 *   without running (syscall_set_return_value(current, regs, err, val),
 *   then __seccomp_filter() skips the call); SECCOMP_USER_NOTIF_FLAG_CONTINUE
 *   lets it run (return 0).  Either way the exit stop comes next
 *   (syscall_exit_work(): a skipped call's too) and reports it: the call's
 *   expect and value, which the exit family judges; the tracee sees the same
 *   (judge-notif.c: its memory and the report call after it).
 * The same on 6.1 (kernel/seccomp.c, kernel/entry/common.c).  Under
 * PTRACE_CONT the tracer would have no stop to act at: a table error. */
#include <linux/seccomp.h>

#include "action.h"
#include "payloads/notif.h"

#ifndef SECCOMP_USER_NOTIF_FLAG_CONTINUE
#define SECCOMP_USER_NOTIF_FLAG_CONTINUE (1UL << 0)
#endif

void pr_notify_response(const struct pr_personality *p, const struct pr_call *c, int64_t *val, int64_t *error,
			uint64_t *flags)
{
	const struct pr_do *d = pr_call_does(c, PR_ACTION_NOTIFY);

	*val = *error = 0;
	*flags = 0;
	switch (d ? d->notify : PR_NOTIFY_CONTINUE) {
	case PR_NOTIFY_VALUE: *val = c->value; break;
	case PR_NOTIFY_ERROR: *error = -pr_errno(p, (int)c->value); break;
	case PR_NOTIFY_CONTINUE: *flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE; break;
	}
}

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	struct pr_plan_stop *ps = pr_plan_first_entry(b, i, first);

	(void)d;
	if (!ps)
		pr_plan_missing(b, i, "entry");
	ps->tracer |= PR_TRACER_NOTIFY;
}

/* The synthesiser's supervisor, on a correct kernel: every request
 * succeeds and the notification is the entry stop's info. */
#define SYNTH_NOTIF_ID UINT64_C(0x5eccd00d00000000)

static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph, struct pr_info *info,
		  struct pr_stop *s)
{
	const struct pr_plan_stop *ps = &x->plan[x->k];
	struct pr_notif *n;

	(void)d;
	if (ph != PR_SYNTH_RECORD || !(ps->tracer & PR_TRACER_NOTIFY))
		return;
	n = pr_notif_make(s);
	n->notif_tried = true;
	n->pidfd_ret = 5;
	n->getfd_ret = 6;
	n->poll_ret = 1;
	n->id = SYNTH_NOTIF_ID + (uint64_t)ps->call;
	n->pid = (uint64_t)x->run->pid;
	n->nr = (uint32_t)info->nr;
	n->arch = info->arch;
	n->ip = info->instruction_pointer;
	for (unsigned a = 0; a < 6; a++)
		n->args[a] = info->args[a];
	pr_notify_response(x->p, &x->run->group->calls[ps->call], &n->resp_val, &n->resp_error, &n->resp_flags);
}

const struct pr_action pr_action_notify = {
	.name = "notify",
	.checks = PR_CHECK_NOTIF,
	.plan_mark = plan_mark,
	.synth = synth,
};
