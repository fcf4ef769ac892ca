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

/* Nothing comes after a death: a killed (by the tracer or by its seccomp
 * filter) or faulting call is its group's
 * last, and its plan ends at the kill or the fault's delivery (or at the
 * exit event after it). */
START_TEST(a_killed_call_is_last)
{
	for (unsigned g = 0; g < pr_ngroups; g++)
		for (unsigned i = 0; i < pr_groups[g].ncalls; i++)
			if (pr_call_does(&pr_groups[g].calls[i], PR_ACTION_KILL) ||
			    pr_call_does(&pr_groups[g].calls[i], PR_ACTION_FAULT) ||
			    pr_call_does(&pr_groups[g].calls[i], PR_ACTION_SECCOMP_KILL))
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

/* The plan of a seccomp kill (src/actions/seccomp-kill.c): the call's entry
 * and exit stops and no seccomp or signal-delivery stop; under
 * PTRACE_O_TRACEEXIT one PTRACE_EVENT_EXIT stop after them; the end is
 * death by SIGSYS, which may dump core. */
START_TEST(seccomp_kill_plan)
{
	static const char *const groups[] = { "seccomp-kill", "seccomp-kill-exit-event" };

	for (unsigned n = 0; n < 2; n++) {
		const struct pr_group *g = pr_group_find(groups[n]);
		const struct pr_personality *p = pr_personality_find("mips64el");
		struct pr_plan_stop plan[PR_PLAN_MAX];
		struct pr_run_end end;
		unsigned want, exit;

		ck_assert_msg(g, "no group %s", groups[n]);
		want = pr_plan(g, plan);
		exit = want - 1 - n;
		ck_assert_uint_eq(plan[exit - 1].kind, PR_STOP_ENTRY);
		ck_assert_uint_eq(plan[exit].kind, PR_STOP_EXIT);
		ck_assert_uint_eq(plan[exit].resume, PR_RESUME_GROUP);
		ck_assert_int_eq(plan[exit].call, (int)g->ncalls - 1);
		if (n) {
			ck_assert_uint_eq(plan[want - 1].kind, PR_STOP_EVENT);
			ck_assert_uint_eq(plan[want - 1].event, PTRACE_EVENT_EXIT);
		}
		pr_expected_end(p, g, 1, 2, &end);
		ck_assert_int_eq(end.end, PR_END_SIGNALED);
		ck_assert_int_eq(end.code, 12); /* mips's SIGSYS */
		ck_assert(end.dumps);
	}
}
END_TEST

/* The plan of a seccomp trap (src/actions/seccomp-trap.c): entry, exit,
 * SIGSYS's delivery stop where the tracer passes it on, the handler's
 * rt_sigreturn entry and exit; then the report. */
START_TEST(seccomp_trap_plan)
{
	const struct pr_group *g = pr_group_find("seccomp-trap");
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n;
	int e;

	ck_assert(g);
	n = pr_plan(g, plan);
	e = pr_plan_find(plan, n, 1, PR_STOP_ENTRY);
	ck_assert_int_lt(e + 5, (int)n);
	ck_assert_int_ge(e, 0);
	ck_assert_uint_eq(plan[e + 1].kind, PR_STOP_EXIT);
	ck_assert_uint_eq(plan[e + 2].kind, PR_STOP_SIGNAL);
	ck_assert_uint_eq(plan[e + 2].sig, SIGSYS);
	ck_assert_uint_eq(plan[e + 2].deliver, SIGSYS);
	ck_assert_uint_eq(plan[e + 3].kind, PR_STOP_ENTRY);
	ck_assert_uint_eq(plan[e + 3].sys, PR_SYS_rt_sigreturn);
	ck_assert_uint_eq(plan[e + 4].kind, PR_STOP_EXIT);
	ck_assert_uint_eq(plan[e + 5].kind, PR_STOP_ENTRY);
	ck_assert_int_eq(plan[e + 5].call, 2);
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

/* The plan of the group named name. */
static unsigned group_plan(const char *name, struct pr_plan_stop *plan)
{
	const struct pr_group *g = pr_group_find(name);

	ck_assert_msg(g, "no group %s", name);
	return pr_plan(g, plan);
}

/* A worker's exec (src/actions/exec.c): the leader is left at its last
 * stop for de_thread()'s SIGKILL; after the worker's execve entry, the
 * leader's PTRACE_EVENT_EXIT, the PTRACE_EVENT_EXEC (resumed with
 * PTRACE_CONT) and the new image's PTRACE_EVENT_EXIT, all for the leader's
 * pid (thread 0), and nothing more. */
START_TEST(exec_in_worker_plan)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = group_plan("exec-in-worker", plan), entry = 0;

	while (entry < n && plan[entry].sys != PR_SYS_execve)
		entry++;
	ck_assert_uint_eq(n, entry + 4);
	ck_assert_uint_eq(plan[entry].kind, PR_STOP_ENTRY);
	ck_assert_uint_eq(plan[entry].thread, 1);
	for (unsigned k = entry; k-- > 0;)
		if (plan[k].thread == 0) {
			ck_assert_uint_eq(plan[k].kind, PR_STOP_EXIT);
			ck_assert_uint_eq(plan[k].resume, PR_RESUME_NONE);
			break;
		}
	for (unsigned k = entry + 1; k < n; k++) {
		ck_assert_uint_eq(plan[k].kind, PR_STOP_EVENT);
		ck_assert_uint_eq(plan[k].thread, 0);
	}
	ck_assert_uint_eq(plan[entry + 1].event, PTRACE_EVENT_EXIT);
	ck_assert(pr_plan_zapped_by_exec(plan, n, entry + 1));
	ck_assert_uint_eq(plan[entry + 2].event, PTRACE_EVENT_EXEC);
	ck_assert_uint_eq(plan[entry + 2].resume, PR_RESUME_CONT);
	ck_assert_uint_eq(plan[entry + 3].event, PTRACE_EVENT_EXIT);
	ck_assert(!pr_plan_zapped_by_exec(plan, n, entry + 3));
}
END_TEST

/* Near misses of a worker's exec, each failing its own check: the exec's
 * message the leader's pid (the tid after the swap, not old_vpid), the
 * zapped leader's exit message SIGKILL (not do_group_exit()'s 0), the
 * zapped leader reported as exited (the run's end not the image's). */
START_TEST(exec_in_worker_near_misses)
{
	struct pr_stop *leader_exit;

	fab_use("x86_64", "exec-in-worker");
	fab_expect_all_pass(20);
	leader_exit = fab_stop_of("worker-execve", PR_STOP_EVENT);
	leader_exit[1].eventmsg = (uint64_t)fab.run.pid;
	fab_expect("worker-execve.exec", PR_FAIL, "former thread id");
	fab_expect("worker-execve.exec-ip", PR_PASS, "");
	leader_exit[1].eventmsg = (uint64_t)fab.run.worker_tid;
	leader_exit->eventmsg = SIGKILL;
	fab_expect("worker-execve.leader-exit", PR_FAIL, "zapped by another thread's exec");
	leader_exit->eventmsg = 0;
	fab.run.end_code = 0;
	fab_expect("worker-execve.image-ends", PR_FAIL, "PR_EXEC_STATUS");
	fab_teardown();
}
END_TEST

/* Attach rounds (src/actions/attach-rounds.c): the worker is never seized;
 * after the detach at the read's entry, each round's PTRACE_ATTACH stops
 * (SIGSTOP) then PTRACE_EVENT_STOPs, one per thread, the leader's first
 * attaching both, each detached; the last feeds the read. */
START_TEST(attach_rounds_plan)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = group_plan("attach-running-threads", plan), detach = 0;

	for (unsigned k = 0; k < n; k++)
		ck_assert(!(plan[k].tracer & PR_TRACER_SEIZE_WORKER));
	while (detach < n && !(plan[detach].tracer & PR_TRACER_DETACH))
		detach++;
	ck_assert_uint_eq(plan[detach].kind, PR_STOP_ENTRY);
	ck_assert_uint_eq(n, detach + 1 + 4 * PR_ATTACH_ROUNDS);
	for (unsigned k = detach + 1; k < n; k++) {
		unsigned at = (k - detach - 1) % 4;

		ck_assert_uint_eq(plan[k].kind, at < 2 ? PR_STOP_SIGNAL : PR_STOP_EVENT);
		ck_assert_uint_eq(plan[k].sig, at < 2 ? SIGSTOP : SIGTRAP);
		ck_assert_uint_eq(plan[k].thread, at % 2);
		ck_assert_uint_eq(plan[k].resume, PR_RESUME_NONE);
		ck_assert_uint_eq(plan[k].tracer, (at % 2 ? 0 : PR_TRACER_ATTACH) | PR_TRACER_DETACH |
						  (k + 1 == n ? PR_TRACER_FEED : 0));
	}
}
END_TEST

/* Near misses of the attach rounds, each failing its check: a
 * PTRACE_EVENT_STOP whose GET says ENTRY, a SIGSTOP stop of 80 bytes, a
 * worker's read that returned -EINTR and ended the tracee with it. */
START_TEST(attach_rounds_near_misses)
{
	struct pr_stop *first;

	fab_use("x86_64", "attach-running-threads");
	fab_expect_all_pass(10);
	first = fab_stop_of("leader-read", PR_STOP_SIGNAL);
	FAB_EDIT_INFO(&first[7], info.op = PR_OP_ENTRY);
	fab_expect("leader-read.seize", PR_FAIL, "stop 11 (round 2, thread 1): op");
	fab_expect("leader-read.attach", PR_PASS, "");
	FAB_EDIT_INFO(&first[7], info.op = PR_OP_NONE);
	first[1].info_ret = 80;
	fab_expect("leader-read.attach", PR_FAIL, "returned size");
	first[1].info_ret = 24;
	fab.run.end_code = 252;
	fab_expect("leader-read.goes-on", PR_FAIL, "status 1");
	fab_teardown();
}
END_TEST

Suite *actions_suite(void)
{
	const TTest *const tests[] = {
		every_id_is_described, every_action_is_judged, every_action_is_used, a_killed_call_is_last,
		kill_at_entry_plan, tracer_exit_plan_and_end, fault_plan,
		ptrace_interrupt_cont_plan, exec_in_worker_plan, exec_in_worker_near_misses,
		attach_rounds_plan, attach_rounds_near_misses, seccomp_kill_plan, seccomp_trap_plan, NULL,
	};

	return pr_suite("actions", "table", NULL, tests);
}
