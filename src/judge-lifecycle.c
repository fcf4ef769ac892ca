/* Life cycle: for each call the tracer kills (src/actions/kill.c),
 *   NAME.death       waitpid says WIFSIGNALED with SIGKILL, and no stop
 *                    came after the plan's last (ptrace(2), "Death under
 *                    ptrace").
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

CALL_CHECK(death)
{
	const struct pr_run *run = j->run;

	CHECK_ARGS_USED;
	if (run->end != PR_END_SIGNALED || run->end_code != pr_signal(j->p, SIGKILL)) {
		char end[240];

		pr_run_describe_end(run, end, sizeof(end));
		check_fail(j, "end: expected death by SIGKILL (signal %d), seen: the tracee %s",
			   pr_signal(j->p, SIGKILL), end);
	}
	if (run->extra_stops)
		check_fail(j, "%u stops after the kill (the first: wait status %#x), expected none", run->extra_stops,
			   run->extra_status);
}

static bool killed(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_does(c, PR_ACTION_KILL);
}

static const struct call_check lifecycle_checks[] = {
	{ "death", last_stop, death, NULL },
};

void judge_lifecycle(struct judge *j)
{
	judge_calls(j, lifecycle_checks, COUNT_OF(lifecycle_checks), killed);
}

void names_lifecycle(const struct judge *j, const struct names *out)
{
	name_calls(j, lifecycle_checks, COUNT_OF(lifecycle_checks), killed, out);
}
