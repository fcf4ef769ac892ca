/* A plan in the making: the one way every stop is added, by group-plan.c
 * and by the actions. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>

#include "action.h"

/* A group whose stops do not fit is a mistake in the table, not a run to
 * cut short: said, and stopped (tests/unit-judge.c keeps every group in). */
static void __attribute__((noreturn)) plan_overflow(const struct pr_group *g)
{
	fprintf(stderr, "ptrace-regress: group %s has more than %d stops: raise PR_PLAN_MAX\n", g->name,
		PR_PLAN_MAX);
	abort();
}

void pr_plan_missing(const struct pr_planner *b, unsigned i, const char *what)
{
	fprintf(stderr, "ptrace-regress: group %s, call %s: no %s stop for its action\n", b->g->name,
		b->g->calls[i].name, what);
	abort();
}

struct pr_plan_stop *pr_plan_end_at(struct pr_planner *b, unsigned i, unsigned first, enum pr_stop_kind k)
{
	for (unsigned s = first; s < b->n; s++)
		if (b->out[s].kind == k && !b->out[s].again) {
			b->n = s + 1;
			b->ended = true;
			b->out[s].resume = PR_RESUME_NONE;
			return &b->out[s];
		}
	pr_plan_missing(b, i, pr_stop_kind_name(k));
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

void pr_plan_death(struct pr_planner *b, unsigned i)
{
	if (b->g->events)
		pr_plan_put(b, PR_STOP_EVENT, (int)i, b->g->calls[i].sys, false, PTRACE_EVENT_EXIT, SIGTRAP);
	b->ended = true;
}
