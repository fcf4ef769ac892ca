/* The action table (src/actions/): every behaviour a row names is described,
 * judged by a family the group asks for, and planned where it says. */
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>

#include "action.h"
#include "group-plan.h"
#include "plan-run.h"
#include "suites.h"

/* Every id has its description, and names itself. */
START_TEST(every_id_is_described)
{
	for (unsigned id = PR_ACTION_NONE + 1; id < PR_ACTION_COUNT; id++) {
		ck_assert_msg(pr_actions[id] != NULL, "action id %u has no row in src/actions/table.c", id);
		ck_assert_msg(pr_actions[id]->name && *pr_actions[id]->name, "action id %u has no name", id);
		ck_assert_msg(pr_actions[id]->checks, "action %s names no check family", pr_actions[id]->name);
	}
}
END_TEST

/* A group whose row has an action asks for a family that judges it: else
 * what the tracer did there would go unjudged. */
START_TEST(every_action_is_judged)
{
	for (unsigned g = 0; g < pr_ngroups; g++)
		for (unsigned i = 0; i < pr_groups[g].ncalls; i++)
			for (const struct pr_do *d = pr_groups[g].calls[i].does;
			     d < pr_groups[g].calls[i].does + PR_DOES_MAX && d->id; d++)
				ck_assert_msg(pr_groups[g].checks & pr_actions[d->id]->checks,
					      "group %s, call %s: its action %s is judged by families %#x, the group "
					      "asks for %#x", pr_groups[g].name, pr_groups[g].calls[i].name,
					      pr_actions[d->id]->name, pr_actions[d->id]->checks, pr_groups[g].checks);
}
END_TEST

/* Every behaviour is in some row: an action no scenario uses is untested. */
START_TEST(every_action_is_used)
{
	bool used[PR_ACTION_COUNT] = { false };

	for (unsigned g = 0; g < pr_ngroups; g++)
		for (unsigned i = 0; i < pr_groups[g].ncalls; i++)
			for (unsigned d = 0; d < PR_DOES_MAX; d++)
				used[pr_groups[g].calls[i].does[d].id] = true;
	for (unsigned id = PR_ACTION_NONE + 1; id < PR_ACTION_COUNT; id++)
		ck_assert_msg(used[id], "action %s is in no scenario row", pr_actions[id]->name);
}
END_TEST

/* Nothing comes after a death: a killed or faulting call is its group's
 * last, and its plan ends at the kill or the fault's delivery (or at the
 * exit event after it). */
START_TEST(a_killed_call_is_last)
{
	for (unsigned g = 0; g < pr_ngroups; g++)
		for (unsigned i = 0; i < pr_groups[g].ncalls; i++)
			if (pr_call_does(&pr_groups[g].calls[i], PR_ACTION_KILL) ||
			    pr_call_does(&pr_groups[g].calls[i], PR_ACTION_FAULT))
				ck_assert_msg(i + 1 == pr_groups[g].ncalls, "group %s: call %s dies, %s comes after it",
					      pr_groups[g].name, pr_groups[g].calls[i].name, pr_groups[g].calls[i + 1].name);
}
END_TEST

/* The plan of a fault (src/actions/fault.c): the call's entry and exit,
 * then SIGSEGV's delivery stop, where the tracer passes SIGSEGV on; under
 * PTRACE_O_TRACEEXIT one PTRACE_EVENT_EXIT stop of the same call after it. */
START_TEST(fault_plan)
{
	static const char *const groups[] = { "fault", "fault-exit-event" };

	for (unsigned n = 0; n < 2; n++) {
		const struct pr_group *g = pr_group_find(groups[n]);
		struct pr_plan_stop plan[PR_PLAN_MAX];
		unsigned want, sig;

		ck_assert_msg(g, "no group %s", groups[n]);
		want = pr_plan(g, plan);
		sig = want - 1 - n;
		ck_assert_uint_eq(plan[sig - 2].kind, PR_STOP_ENTRY);
		ck_assert_uint_eq(plan[sig - 1].kind, PR_STOP_EXIT);
		ck_assert_uint_eq(plan[sig].kind, PR_STOP_SIGNAL);
		ck_assert_uint_eq(plan[sig].sig, SIGSEGV);
		ck_assert_uint_eq(plan[sig].deliver, SIGSEGV);
		ck_assert_uint_eq(plan[sig].tracer, 0);
		ck_assert_uint_eq(plan[sig].resume, PR_RESUME_GROUP);
		ck_assert_int_eq(plan[sig].call, (int)g->ncalls - 1);
		if (n) {
			ck_assert_uint_eq(plan[want - 1].kind, PR_STOP_EVENT);
			ck_assert_uint_eq(plan[want - 1].event, PTRACE_EVENT_EXIT);
			ck_assert_int_eq(plan[want - 1].call, plan[sig].call);
		}
	}
}
END_TEST

/* The plan of a kill at entry (src/actions/kill.c): the entry stop is the
 * call's last, the tracer sends SIGKILL there and does not resume; under
 * PTRACE_O_TRACEEXIT one PTRACE_EVENT_EXIT stop follows. */
START_TEST(kill_at_entry_plan)
{
	static const char *const groups[] = { "kill-at-entry", "kill-at-entry-exit-event" };

	for (unsigned n = 0; n < 2; n++) {
		const struct pr_group *g = pr_group_find(groups[n]);
		struct pr_plan_stop plan[PR_PLAN_MAX];
		unsigned want = pr_plan(g, plan), kill = want - 1 - n;

		ck_assert_msg(g, "no group %s", groups[n]);
		ck_assert_uint_eq(plan[kill].kind, PR_STOP_ENTRY);
		ck_assert_uint_eq(plan[kill].tracer, PR_TRACER_KILL);
		ck_assert_uint_eq(plan[kill].resume, PR_RESUME_NONE);
		if (n) {
			ck_assert_uint_eq(plan[want - 1].kind, PR_STOP_EVENT);
			ck_assert_uint_eq(plan[want - 1].event, PTRACE_EVENT_EXIT);
		}
	}
}
END_TEST

/* PTRACE_INTERRUPT under PTRACE_CONT: its entry stop resumes with
 * PTRACE_CONT, and the PTRACE_EVENT_STOP in the exit's place is where the
 * interrupt shows, where the feed goes. */
START_TEST(ptrace_interrupt_cont_plan)
{
	const struct pr_group *g = pr_group_find("seize");
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);
	int call = -1;

	for (unsigned i = 0; i < g->ncalls; i++)
		if (pr_call_interrupt(&g->calls[i]) && pr_call_interrupt(&g->calls[i])->then == PR_INTERRUPT_THEN_CONT)
			call = (int)i;
	ck_assert_int_ge(call, 0);
	for (unsigned k = 0; k < n; k++) {
		if (plan[k].call != call || plan[k].again)
			continue;
		if (plan[k].kind == PR_STOP_ENTRY) {
			ck_assert_uint_eq(plan[k].tracer, PR_TRACER_PTRACE_INTERRUPT);
			ck_assert_uint_eq(plan[k].resume, PR_RESUME_CONT);
		} else {
			ck_assert_uint_eq(plan[k].kind, PR_STOP_EVENT);
			ck_assert_uint_eq(plan[k].event, PTRACE_EVENT_STOP);
			ck_assert(plan[k].interrupt_shows);
			ck_assert_uint_eq(plan[k].tracer, PR_TRACER_FEED);
		}
	}
}
END_TEST

/* The tracer exits (src/actions/tracer-exit.c): a PTRACE_SEIZE group (its
 * tracer, a sibling, seizes the tracee), whose plan ends at the row's stop
 * with the tracer's exit and nothing else done there; the end the run
 * must show is SIGKILL with PTRACE_O_EXITKILL, else the lseek's 0x42 or
 * kill()'s 0 (the signal discarded), and the judge fails the other. */
START_TEST(tracer_exit_plan_and_end)
{
	static const struct {
		const char *group, *call;
		enum pr_stop_kind at;
		enum pr_end end;
		int code;
		const char *check;
	} want[] = {
		{ "tracer-exit-exitkill", "exit-at-entry", PR_STOP_ENTRY, PR_END_SIGNALED, SIGKILL, "death" },
		{ "tracer-exit-detaches", "exit-at-entry", PR_STOP_ENTRY, PR_END_EXITED, 0x42, "goes-on" },
		{ "tracer-exit-exitkill-at-signal", "exit-at-signal", PR_STOP_SIGNAL, PR_END_SIGNALED, SIGKILL, "death" },
		{ "tracer-exit-detaches-at-signal", "exit-at-signal", PR_STOP_SIGNAL, PR_END_EXITED, 0, "goes-on" },
	};

	for (unsigned n = 0; n < sizeof(want) / sizeof(want[0]); n++) {
		const struct pr_group *g = pr_group_find(want[n].group);
		struct pr_plan_stop plan[PR_PLAN_MAX];
		char check[64];
		unsigned k;

		ck_assert_msg(g, "no group %s", want[n].group);
		ck_assert_msg(g->seize && pr_group_tracer_exit(g), "%s: not a PTRACE_SEIZE group whose tracer exits",
			      g->name);
		k = pr_plan(g, plan) - 1;
		ck_assert_uint_eq(plan[k].kind, want[n].at);
		ck_assert_uint_eq(plan[k].resume, PR_RESUME_EXIT);
		ck_assert_uint_eq(plan[k].tracer, 0);
		fab_use("x86_64", want[n].group);
		ck_assert_uint_eq(fab.run.end, want[n].end);
		ck_assert_int_eq(fab.run.end_code, want[n].code);
		fab_expect_all_pass(5);
		/* The other end: EXITKILL ignored, or a SIGKILL without it. */
		fab.run.end = want[n].end == PR_END_EXITED ? PR_END_SIGNALED : PR_END_EXITED;
		fab.run.end_code = want[n].end == PR_END_EXITED ? SIGKILL : 0x42;
		snprintf(check, sizeof(check), "%s.%s", want[n].call, want[n].check);
		fab_expect(check, PR_FAIL, want[n].end == PR_END_EXITED ? "exit_group with the call's result"
			   : "death by the SIGKILL exit_ptrace() sends");
	}
	fab_free(&fab.run);
}
END_TEST

Suite *actions_suite(void)
{
	const TTest *const tests[] = {
		every_id_is_described, every_action_is_judged, every_action_is_used, a_killed_call_is_last,
		kill_at_entry_plan, tracer_exit_plan_and_end, fault_plan,
		ptrace_interrupt_cont_plan, NULL,
	};

	return pr_suite("actions", "table", NULL, tests);
}
