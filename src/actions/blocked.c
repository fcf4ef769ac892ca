/* blocked: /proc/PID/syscall of a tracee blocked in a syscall and not
 * stopped.  From the call's entry stop the tracer resumes the tracee as
 * usual; before it waits for the exit stop it waits until the thread sleeps
 * (/proc/PID/task/TID/stat's S: the call, a read of the empty PR_FD_FEED,
 * blocks in pipe_read()), reads /proc/PID/syscall, then writes one byte into
 * the pipe, so the read returns 1 and the exit stop comes.
 * - task_current_syscall() (lib/syscall.c, 6.1 and 7.3) sees a task in
 *   TASK_INTERRUPTIBLE, not 0: wait_task_inactive() waits until it is off
 *   its CPU, collect_syscall() reads its task_pt_regs() and
 *   wait_task_inactive() checks it did not run meanwhile: so the line is
 *   the syscall's, "NR A0..A5 SP PC", never "running".
 * - Nothing changed those registers since the entry stop: the tracee has not
 *   returned to user mode.  So the line says what GET said there: the same
 *   nr, args (syscall_get_nr(), syscall_get_arguments()), sp and pc
 *   (user_stack_pointer(), instruction_pointer()).
 * judge-proc-syscall.c judges it; the recording keeps it at the exit stop
 * (payloads/proc-syscall.h). */
#include <string.h>

#include "action.h"
#include "payloads/proc-syscall.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)d;
	for (unsigned k = first; k < b->n; k++)
		if (b->out[k].kind == PR_STOP_EXIT && b->out[k].call == (int)i) {
			b->out[k].tracer |= PR_TRACER_READ_BLOCKED;
			return;
		}
	pr_plan_missing(b, i, "an exit stop to read /proc/PID/syscall before");
}

/* A correct kernel's line: the entry stop's GET. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	const struct pr_plan_stop *ps = &x->plan[x->k];
	int at = pr_plan_find(x->plan, x->k, (unsigned)ps->call, PR_STOP_ENTRY);
	const struct pr_stop *es;
	struct pr_proc_view v = { PR_PROC_SYSCALL, 0, { 0 }, 0, 0 };
	struct pr_info entry;

	(void)d, (void)info;
	if (ph != PR_SYNTH_RECORD || !(ps->tracer & PR_TRACER_READ_BLOCKED) || at < 0)
		return;
	es = &x->run->stops[at];
	pr_info_decode(es->info, (size_t)es->info_ret, x->p->big_endian, &entry);
	v.nr = (int32_t)entry.nr;
	memcpy(v.args, entry.args, sizeof(v.args));
	v.sp = entry.stack_pointer;
	v.pc = entry.instruction_pointer;
	pr_proc_syscall_format(&v, pr_proc_syscall_make(s)->blocked, PR_PROC_LINE_MAX);
}

const struct pr_action pr_action_blocked = {
	.name = "blocked",
	.checks = PR_CHECK_PROC_SYSCALL,
	.plan_mark = plan_mark,
	.synth = synth,
};
