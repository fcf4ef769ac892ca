/* The plan: a group's stops from its calls, each call's actions adding
 * theirs (src/actions/). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>

#include "action.h"

/* The syscall the exit stop is about once the tracer changed the number. */
static enum pr_sys effective_sys(const struct pr_call *c)
{
	const struct pr_tamper *t = pr_call_tamper(c);

	if (t && t->nr_change == PR_TAMPER_NR_SET && (t->at == PR_STOP_ENTRY || t->at == PR_STOP_SECCOMP))
		return t->nr;
	return c->sys;
}

/* A group whose stops do not fit is a mistake in the table, not a run to
 * cut short: said, and stopped (tests/unit-judge.c keeps every group in). */
static void __attribute__((noreturn)) plan_overflow(const struct pr_group *g)
{
	fprintf(stderr, "ptrace-regress: group %s has more than %d stops: raise PR_PLAN_MAX\n", g->name,
		PR_PLAN_MAX);
	abort();
}

struct pr_plan_stop *pr_plan_put(struct pr_planner *b, enum pr_stop_kind k, int i, enum pr_sys sys, bool again,
				 unsigned event, int sig)
{
	struct pr_plan_stop *ps;

	if (b->n >= PR_PLAN_MAX)
		plan_overflow(b->g);
	ps = &b->out[b->n++];
	*ps = (struct pr_plan_stop){ .kind = k, .call = i, .sys = sys, .again = again, .event = (unsigned char)event,
				     .sig = (unsigned char)sig };
	return ps;
}

/* Each of the call's actions' hook of one kind, in the row's order. */
#define EACH_ACTION(c, d, a) \
	for (const struct pr_do *d = (c)->does; d < (c)->does + PR_DOES_MAX && d->id; d++) \
		for (const struct pr_action *a = pr_actions[d->id]; a; a = NULL)

/* A call's stops: entry, seccomp, its actions' during the call, exit (or
 * what an action makes of it), its actions' after it.  A call made before
 * its thread is traced has only the stops its actions make after it. */
static void plan_call(struct pr_planner *b, unsigned i)
{
	const struct pr_group *g = b->g;
	const struct pr_call *c = &g->calls[i];
	enum pr_exit_plan exit = PR_EXIT_PLANNED;
	bool traced = true;

	EACH_ACTION(c, d, a)
		traced = traced && !a->untraced;
	if (traced) {
		/* Since Linux 4.8 seccomp runs after the syscall-entry-stop (so
		 * it sees the tracer's changes): entry, then seccomp, then exit. */
		if (!g->cont)
			pr_plan_put(b, PR_STOP_ENTRY, (int)i, c->sys, false, 0, 0);
		if (c->seccomp)
			pr_plan_put(b, PR_STOP_SECCOMP, (int)i, c->sys, false, 0, 0);
		if (g->cont)
			return;
		EACH_ACTION(c, d, a)
			if (a->plan_during)
				a->plan_during(b, d, i);
		if (c->sys == PR_SYS_exit || c->sys == PR_SYS_exit_group)
			return; /* the process, or the thread, is gone */
		EACH_ACTION(c, d, a)
			if (exit == PR_EXIT_PLANNED && a->plan_exit)
				exit = a->plan_exit(b, d, i);
		if (exit == PR_EXIT_NONE)
			return;
		if (exit == PR_EXIT_PLANNED)
			pr_plan_put(b, PR_STOP_EXIT, (int)i, effective_sys(c), false, 0, 0);
	}
	EACH_ACTION(c, d, a)
		if (a->plan_after)
			a->plan_after(b, d, i);
}

unsigned pr_plan(const struct pr_group *g, struct pr_plan_stop *out)
{
	struct pr_planner b = { g, out, 0 };

	if (g->seize)
		pr_plan_put(&b, PR_STOP_EVENT, -1, PR_SYS_execve, false, PTRACE_EVENT_EXEC, SIGTRAP);
	/* A threads group's worker, blocked in its read of PR_FD_GO_R until
	 * the leader's go row: attached here, before that. */
	pr_plan_put(&b, PR_STOP_SIGSTOP, -1, PR_SYS_tgkill, false, 0, SIGSTOP)->tracer =
		g->threads ? PR_TRACER_SEIZE_WORKER : 0;
	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_call *c = &g->calls[i];
		unsigned first = b.n;

		plan_call(&b, i);
		EACH_ACTION(c, d, a)
			if (a->plan_mark)
				a->plan_mark(&b, d, i, first);
	}
	return b.n;
}
#undef EACH_ACTION

bool pr_event_makes_child(unsigned event)
{
	return event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE;
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

