/* Life cycle: for each call the tracer kills (src/actions/kill.c) or
 * detaches at (src/actions/detach.c),
 *   NAME.death       killed, waitpid says WIFSIGNALED with SIGKILL, and no
 *                    stop came after the plan's last (ptrace(2), "Death
 *                    under ptrace");
 *   NAME.goes-on     detached, the tracee runs on untraced: it exits with
 *                    its call's result (its rows end exit_group(LAST)), or
 *                    dies of the signal PTRACE_DETACH passed on; no stop
 *                    after the plan's last.
 * The stops before the death are the sequence's (no exit stop after a kill
 * at entry), the PTRACE_EVENT_EXIT stop of a killed tracee under
 * PTRACE_O_TRACEEXIT the events family's (its message SIGKILL). */
#include <signal.h>

#include "judge-families.h"

static int last_stop(const struct judge *j, unsigned call)
{
	int at = -1;

	for (unsigned k = 0; k < j->nplan; k++)
		if (j->plan[k].call == (int)call)
			at = (int)k;
	return at;
}

/* The run ended as expected, and no stop came after the plan's last. */
static void expect_end(struct judge *j, enum pr_end end, int code, const char *what)
{
	const struct pr_run *run = j->run;

	if (run->end != end || run->end_code != code) {
		char seen[240];

		pr_run_describe_end(run, seen, sizeof(seen));
		check_fail(j, "end: expected %s (%d), seen: the tracee %s", what, code, seen);
	}
	if (run->extra_stops)
		check_fail(j, "%u stops after the plan's last (the first: wait status %#x), expected none",
			   run->extra_stops, run->extra_status);
}

CALL_CHECK(death)
{
	CHECK_ARGS_USED;
	expect_end(j, PR_END_SIGNALED, pr_signal(j->p, SIGKILL), "death by SIGKILL");
}

/* Detached, the tracee runs its rows to their end, exit_group(LAST): it
 * exits with what the call before that returned, cut to 8 bits; a signal
 * passed on kills it first (no row handles it). */
CALL_CHECK(goes_on)
{
	const struct pr_detach *dt = &pr_call_does(c, PR_ACTION_DETACH)->detach;
	unsigned before = j->g->ncalls - 2;
	int64_t rval;
	bool is_error;

	CHECK_ARGS_USED;
	if (dt->sig) {
		expect_end(j, PR_END_SIGNALED, pr_signal(j->p, dt->sig), "death by the signal PTRACE_DETACH passed");
		return;
	}
	expected_result(j, &j->g->calls[before], before, j->g->calls[before].expect, j->g->calls[before].value, &rval,
			&is_error);
	expect_end(j, PR_END_EXITED, (int)(rval & 0xff), "exit_group with the call's result, its low 8 bits");
}

static bool killed(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_KILL);
}

static bool detached(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_DETACH);
}

static bool ends_the_run(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)i;
	return killed(j, c) || detached(j, c);
}

static const struct call_check lifecycle_checks[] = {
	{ "death", last_stop, death, killed },
	{ "goes-on", last_stop, goes_on, detached },
};

PR_CALL_FAMILY(lifecycle, lifecycle_checks, ends_the_run)
