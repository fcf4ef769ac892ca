/* Questions about a plan's stops, for the tracer, the judge, the
 * synthesiser and the actions alike (group-plan.c derives the plan). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>

#include "info.h"
#include "plan.h"

bool pr_event_makes_child(unsigned event)
{
	return event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE;
}

bool pr_plan_zapped_by_exec(const struct pr_plan_stop *plan, unsigned n, unsigned k)
{
	if (plan[k].kind != PR_STOP_EVENT || plan[k].event != PTRACE_EVENT_EXIT)
		return false;
	for (unsigned i = k + 1; i < n && plan[i].call == plan[k].call; i++)
		if (plan[i].kind == PR_STOP_EVENT && plan[i].event == PTRACE_EVENT_EXEC)
			return true;
	return false;
}

bool pr_plan_after_interrupt(const struct pr_plan_stop *plan, unsigned k)
{
	return plan[k].interrupt_shows && (plan[k].kind == PR_STOP_SIGNAL || plan[k].kind == PR_STOP_EVENT);
}
/* The op GET must report at a stop of the plan. */
static unsigned stop_op(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	/* Without the option a syscall stop is a plain SIGTRAP stop, and GET
	 * says NONE there: ptrace_report_syscall() (include/linux/ptrace.h)
	 * sets si_code SIGTRAP|0x80 only with PT_TRACESYSGOOD, and
	 * ptrace_get_syscall_info_op() (kernel/ptrace.c) keys on that si_code. */
	if (g->no_sysgood && (ps->kind == PR_STOP_ENTRY || ps->kind == PR_STOP_EXIT))
		return PR_OP_NONE;
	switch (ps->kind) {
	case PR_STOP_ENTRY: return PR_OP_ENTRY;
	case PR_STOP_EXIT: return PR_OP_EXIT;
	case PR_STOP_SECCOMP: return PR_OP_SECCOMP;
	default: return PR_OP_NONE;
	}
}

bool pr_plan_refuses(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	return (g->checks & PR_CHECK_REFUSALS) && (!g->refusals_none_only || stop_op(g, ps) == PR_OP_NONE);
}

bool pr_plan_after_fault(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	return ps->call >= 0 && pr_call_does(&g->calls[ps->call], PR_ACTION_FAULT) &&
	       (ps->kind == PR_STOP_SIGNAL || ps->kind == PR_STOP_EVENT);
}

bool pr_plan_reads_proc_syscall(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	return (g->checks & PR_CHECK_PROC_SYSCALL) &&
	       (ps->kind == PR_STOP_ENTRY || ps->kind == PR_STOP_EXIT || ps->kind == PR_STOP_SECCOMP ||
		pr_plan_after_fault(g, ps));
}

int pr_plan_find(const struct pr_plan_stop *plan, unsigned n, unsigned call, enum pr_stop_kind k)
{
	for (unsigned s = 0; s < n; s++)
		if (plan[s].call == (int)call && plan[s].kind == k)
			return (int)s;
	return -1;
}

bool pr_plan_sized(const struct pr_group *g, const struct pr_plan_stop *plan, unsigned k)
{
	if (!(g->checks & PR_CHECK_INFO_SIZE))
		return false;
	for (unsigned i = 0; i < k; i++)
		if (plan[i].kind == plan[k].kind)
			return false;
	return true;
}

const char *pr_stop_kind_name(enum pr_stop_kind k)
{
	static const char *const names[] = { "SIGSTOP", "entry", "exit", "seccomp", "signal", "event" };

	return k <= PR_STOP_EVENT ? names[k] : "?";
}

void pr_plan_stop_shape(const struct pr_personality *p, const struct pr_group *g, const struct pr_plan_stop *ps,
			int *status, unsigned *op)
{
	*op = stop_op(g, ps);
	switch (ps->kind) {
	case PR_STOP_ENTRY:
	case PR_STOP_EXIT: /* SIGTRAP|0x80 under PTRACE_O_TRACESYSGOOD: where GET says ENTRY or EXIT */
		*status = pr_stopped(p, SIGTRAP) | (*op == PR_OP_NONE ? 0 : 0x80 << 8);
		break;
	case PR_STOP_SECCOMP: *status = pr_stopped(p, SIGTRAP) | PTRACE_EVENT_SECCOMP << 16; break;
	case PR_STOP_SIGNAL: *status = pr_stopped(p, ps->sig); break;
	case PR_STOP_EVENT: *status = pr_stopped(p, ps->sig) | ps->event << 16; break;
	default: *status = pr_stopped(p, SIGSTOP); break;
	}
}

