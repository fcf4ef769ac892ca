/* Life cycle: for each call the tracer kills (src/actions/kill.c),
 *   NAME.exit-event  under PTRACE_O_TRACEEXIT, the PTRACE_EVENT_EXIT stop
 *                    of the killed tracee says op NONE in 24 bytes and its
 *                    message is the exit code, SIGKILL (do_exit()'s
 *                    ptrace_event(PTRACE_EVENT_EXIT, code), group_exit_code);
 *   NAME.death       then waitpid says WIFSIGNALED with SIGKILL, and no
 *                    stop came after the plan's last (ptrace(2), "Death
 *                    under ptrace").
 * The stops before the death are the sequence's (no exit stop after a kill
 * at entry), the wait status of the exit event too. */
#include <signal.h>
#include <sys/ptrace.h>

#include "judge-families.h"

static int last_stop(const struct judge *j, unsigned call)
{
	int at = -1;

	for (unsigned k = 0; k < j->nplan; k++)
		if (j->plan[k].call == (int)call)
			at = (int)k;
	return at;
}

static int exit_event_stop(const struct judge *j, unsigned call)
{
	for (unsigned k = 0; k < j->nplan; k++)
		if (j->plan[k].call == (int)call && j->plan[k].kind == PR_STOP_EVENT &&
		    j->plan[k].event == PTRACE_EVENT_EXIT)
			return (int)k;
	return -1;
}

CALL_CHECK(exit_event)
{
	CHECK_ARGS_USED;
	expect_dec(j, "op", PR_OP_NONE, info->op);
	expect_dec(j, "returned size", PR_INFO_SIZE_NONE, s->info_ret);
	if (s->eventmsg_err)
		check_fail(j, "PTRACE_GETEVENTMSG failed: error %d", -s->eventmsg_err);
	else
		expect_dec(j, "message (the exit code: SIGKILL)", pr_signal(j->p, SIGKILL), (int64_t)s->eventmsg);
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

static bool traces_exit(const struct judge *j, const struct pr_call *c)
{
	(void)c;
	return j->g->events;
}

static bool killed(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_does(c, PR_ACTION_KILL);
}

static const struct call_check lifecycle_checks[] = {
	{ "exit-event", exit_event_stop, exit_event, traces_exit },
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
