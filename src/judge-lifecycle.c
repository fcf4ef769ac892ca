/* Life cycle: for each call the tracer kills (src/actions/kill.c) or
 * detaches at (src/actions/detach.c),
 *   NAME.death       killed, waitpid says WIFSIGNALED with SIGKILL, and no
 *                    stop came after the plan's last (ptrace(2), "Death
 *                    under ptrace");
 *   NAME.goes-on     detached, the tracee runs on untraced: it exits with
 *                    its call's result (its rows end exit_group(LAST)), or
 *                    dies of the signal PTRACE_DETACH passed on; no stop
 *                    after the plan's last;
 *   NAME.image-ends  a worker's execve (src/actions/exec.c): the new image
 *                    exits with PR_EXEC_STATUS; no stop after its exit
 *                    event, and no exit of the zapped leader reported.
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
	if (run->extra_stops)
		check_fail(j, "%u stops after the plan's last (the first: wait status %#x), expected none",
			   run->extra_stops, run->extra_status);
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

static bool execs(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_EXEC);
}

static bool ends_the_run(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)i;
	return killed(j, c) || detached(j, c) || execs(j, c);
}

static const struct call_check lifecycle_checks[] = {
	{ "death", last_stop, ended, killed },
	{ "goes-on", last_stop, ended, detached },
	{ "image-ends", last_stop, ended, execs },
};

PR_CALL_FAMILY(lifecycle, lifecycle_checks, ends_the_run)
