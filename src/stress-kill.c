/* --stress's kills at random stops: from a group and a random number, the
 * same group with a SIGKILL (src/actions/kill.c, KILL_AT) at one of its
 * planned stops and its calls after that one dropped (a killed call is its
 * group's last).  The tracee runs the group by name, the tracer and the
 * judge the derived one: the two agree up to the kill, where the tracee
 * dies, and the kill's expectations (no stop after it but the exit event,
 * death by SIGKILL, ESRCH after) are the fixed kill-at-* groups', at every
 * stop of every group instead of a chosen few.  Left out, so that nothing
 * is judged that the planner cannot say: groups with a worker thread (its
 * stops and the leader's interleave), groups judged by a family that needs
 * the whole run (judge.c: the tracee's exit status, a later stop), groups
 * traced by a process of their own that exits (tracer-exit.c); calls whose
 * action already ends the run (a kill, a detach, the tracer's exit),
 * untraced calls or the worker's, a restarted call's second stops, and
 * calls with no room for one more action. */
#include <stdio.h>
#include <sys/ptrace.h>
#include <string.h>

#include "action.h"
#include "group-plan.h"
#include "judge.h"
#include "stress-kill.h"

static bool fits(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	const struct pr_call *c;

	if (ps->call < 0 || ps->again || ps->thread || ps->kind == PR_STOP_SIGSTOP)
		return false;
	/* The kill's own PTRACE_EVENT_EXIT stop would come twice. */
	if (ps->kind == PR_STOP_EVENT && ps->event == PTRACE_EVENT_EXIT)
		return false;
	c = &g->calls[ps->call];
	if ((unsigned)ps->call >= PR_STRESS_KILL_CALLS || c->does[PR_DOES_MAX - 1].id)
		return false;
	/* (A worker's calls are a threads group's, which no kill fits.) */
	for (const struct pr_do *d = c->does; d < c->does + PR_DOES_MAX && d->id; d++)
		if (pr_actions[d->id]->run_end || pr_actions[d->id]->untraced)
			return false;
	return true;
}

/* g's plan in plan, and how many of its stops a kill fits. */
static unsigned candidates(const struct pr_group *g, struct pr_plan_stop *plan, unsigned *n)
{
	unsigned count = 0;

	if (g->threads || pr_group_tracer_exit(g) || (g->checks & pr_judge_whole_run_checks()))
		return 0;
	*n = pr_plan(g, plan);
	for (unsigned k = 0; k < *n; k++)
		count += fits(g, &plan[k]);
	return count;
}

unsigned pr_stress_kill_stops(const struct pr_group *g)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n;

	return candidates(g, plan, &n);
}

bool pr_stress_kill_make(const struct pr_group *g, uint64_t r, struct pr_stress_kill *out)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n, count = candidates(g, plan, &n), pick, k;
	struct pr_call *c;
	unsigned d = 0;

	if (!count)
		return false;
	pick = (unsigned)(r % count);
	for (k = 0; k < n; k++)
		if (fits(g, &plan[k]) && pick-- == 0)
			break;
	/* The kill lands at the call's first stop of the kind: take that one,
	 * so the plan ends where the count says. */
	out->group = *g;
	out->group.ncalls = (unsigned)plan[k].call + 1;
	memcpy(out->calls, g->calls, out->group.ncalls * sizeof(*out->calls));
	out->group.calls = out->calls;
	c = &out->calls[plan[k].call];
	while (c->does[d].id)
		d++;
	c->does[d] = (struct pr_do){ PR_ACTION_KILL, .kill_at = plan[k].kind };
	out->group.checks |= pr_actions[PR_ACTION_KILL]->checks | (g->events ? PR_CHECK_EVENTS : 0);
	snprintf(out->where, sizeof(out->where), "killed at %s's %s stop", c->name, pr_stop_kind_name(plan[k].kind));
	out->group.summary = out->where;
	return true;
}
