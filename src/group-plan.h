/* A group's plan, derived from its calls and their actions (group-plan.c). */
#ifndef PR_GROUP_PLAN_H
#define PR_GROUP_PLAN_H

#include "plan.h"

/* A group's expected stop sequence, derived from its calls: the initial
 * SIGSTOP (after the exec's PTRACE_EVENT_EXEC stop in a PTRACE_SEIZE group),
 * then per call its entry stop, its seccomp stop (if filtered: since Linux 4.8
 * after the entry stop), the stops its actions make during the call, its exit
 * stop (a PTRACE_CONT group has only the seccomp stops) and the stops its
 * actions make after it. */
unsigned pr_plan(const struct pr_group *g, struct pr_plan_stop *out);
/* Stops a group produces: its plan's length. */
static inline unsigned pr_expected_stops(const struct pr_group *g)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];

	return pr_plan(g, plan);
}

#endif
