/* A group's plan, derived: its calls' stops, each call's actions adding
 * theirs (src/actions/).  Above the actions: it calls them, they do not
 * call it. */
#include <signal.h>
#include <sys/ptrace.h>

#include "action.h"
#include "group-plan.h"

/* The syscall the exit stop is about once the tracer changed the number. */
static enum pr_sys effective_sys(const struct pr_call *c)
{
	const struct pr_tamper *t = pr_call_tamper(c);

	if (t && t->nr_change == PR_TAMPER_NR_SET && (t->at == PR_STOP_ENTRY || t->at == PR_STOP_SECCOMP))
		return t->nr;
	return c->sys;
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
		if (pr_call_seccomp_traced(c))
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
	struct pr_planner b = { g, out, 0, false };

	if (g->seize)
		pr_plan_put(&b, PR_STOP_EVENT, -1, PR_SYS_execve, false, PTRACE_EVENT_EXEC, SIGTRAP);
	/* A threads group's worker, blocked in its read of PR_FD_GO_R until
	 * the leader's go row: attached here, before that. */
	pr_plan_put(&b, PR_STOP_SIGSTOP, -1, PR_SYS_tgkill, false, 0, SIGSTOP)->tracer =
		g->threads ? PR_TRACER_SEIZE_WORKER : 0;
	for (unsigned i = 0; i < g->ncalls && !b.ended; i++) {
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

