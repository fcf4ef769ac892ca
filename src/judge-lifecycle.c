/* Life cycle: for each call the tracer kills (src/actions/kill.c) or
 * detaches at (src/actions/detach.c), or exits at (src/actions/
 * tracer-exit.c: with PTRACE_O_EXITKILL a death, without a detach), or
 * that faults (src/actions/fault.c),
 *   NAME.fault-ip, NAME.fault-sp
 *                    the fault's signal-delivery-stop is at the faulting
 *                    instruction, right after the stub's trap, with the sp
 *                    the stub stored before it (read at the entry stop):
 *                    the call's return faulted where it returned to; the
 *                    registers read and agree;
 *   NAME.death       killed, waitpid says WIFSIGNALED with SIGKILL (faulted:
 *                    SIGSEGV, WCOREDUMP as the exit event's message says,
 *                    judge-events.c), and no stop came after the plan's
 *                    last (ptrace(2), "Death under ptrace");
 *   NAME.goes-on     detached, the tracee runs on untraced: it exits with
 *                    its call's result (its rows end exit_group(LAST)), or
 *                    dies of the signal PTRACE_DETACH passed on; no stop
 *                    after the plan's last.
 * The stops before the death are the sequence's (no exit stop after a kill
 * at entry), the PTRACE_EVENT_EXIT stop of a killed tracee under
 * PTRACE_O_TRACEEXIT the events family's (its message SIGKILL). */
#include <signal.h>

#include "action.h"
#include "judge-families.h"

static int last_stop(const struct judge *j, unsigned call)
{
	int at = -1;

	for (unsigned k = 0; k < j->nplan; k++)
		if (j->plan[k].call == (int)call)
			at = (int)k;
	return at;
}

/* The run ended as its actions say (pr_expected_end), and no stop came
 * after the plan's last. */
CALL_CHECK(ended)
{
	const struct pr_run *run = j->run;
	struct pr_run_end want;

	CHECK_ARGS_USED;
	pr_expected_end(j->p, j->g, run->pid, run->ppid, &want);
	if (run->end != want.end || run->end_code != want.code) {
		char seen[240];

		pr_run_describe_end(run, seen, sizeof(seen));
		check_fail(j, "end: expected %s (%s %d), seen: the tracee %s", want.why,
			   want.end == PR_END_SIGNALED ? "signal" : "status", want.code, seen);
	}
	if (run->end == PR_END_SIGNALED && run->end_core && !want.dumps)
		check_fail(j, "end: a core dumped (WCOREDUMP), expected none: %s", want.why);
	if (run->extra_stops)
		check_fail(j, "%u stops after the plan's last (the first: wait status %#x), expected none",
			   run->extra_stops, run->extra_status);
}

/* Its tracer exited at its stop (src/actions/tracer-exit.c), with or
 * without PTRACE_O_EXITKILL. */
static bool tracer_exited(const struct pr_call *c, bool exitkill)
{
	const struct pr_do *d = pr_call_does(c, PR_ACTION_TRACER_EXIT);

	return d && d->tracer_exit.exitkill == exitkill;
}

static int fault_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SIGNAL);
}

/* Where the tracee faulted: the address after the trap, the sp the stub
 * stored before it (read at the call's entry stop); the raw registers'. */
CALL_CHECK(fault_ip)
{
	CHECK_ARGS_USED;
	expect_raw_ip(j, at, s, info);
	expect_ip_at_trap(j, info);
}

CALL_CHECK(fault_sp)
{
	int entry = entry_stop(j, idx);

	CHECK_ARGS_USED;
	expect_raw_sp(j, at, s, info);
	if (entry >= 0 && (unsigned)entry < j->run->nstops)
		expect_sp_stored(j, &j->run->stops[entry], info);
}

static bool killed(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_KILL) || tracer_exited(c, true);
}

static bool detached(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_DETACH) || tracer_exited(c, false);
}

static bool faulted(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_FAULT);
}

static bool dies(const struct judge *j, const struct pr_call *c)
{
	return killed(j, c) || faulted(j, c);
}

static bool ends_the_run(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)i;
	return dies(j, c) || detached(j, c);
}

static const struct call_check lifecycle_checks[] = {
	{ "fault-ip", fault_stop, fault_ip, faulted },
	{ "fault-sp", fault_stop, fault_sp, faulted },
	{ "death", last_stop, ended, dies },
	{ "goes-on", last_stop, ended, detached },
};

PR_CALL_FAMILY(lifecycle, lifecycle_checks, ends_the_run)
