/* Life cycle: for each call the tracer kills (src/actions/kill.c) or
 * detaches at (src/actions/detach.c), or exits at (src/actions/
 * tracer-exit.c: with PTRACE_O_EXITKILL a death, without a detach), or
 * that faults (src/actions/fault.c) or its seccomp filter kills
 * (src/actions/seccomp-kill.c),
 *   NAME.fault-ip, NAME.fault-sp
 *                    the fault's signal-delivery-stop is at the faulting
 *                    instruction, right after the stub's trap, with the sp
 *                    the stub stored before it (read at the entry stop):
 *                    the call's return faulted where it returned to; the
 *                    registers read and agree;
 *   NAME.death       killed, waitpid says WIFSIGNALED with SIGKILL (faulted:
 *                    SIGSEGV, seccomp-killed SIGSYS, WCOREDUMP as the exit
 *                    event's message says,
 *                    judge-events.c), and no stop came after the plan's
 *                    last (ptrace(2), "Death under ptrace");
 *   NAME.goes-on     detached, the tracee runs on untraced: it exits with
 *                    its call's result (its rows end exit_group(LAST)), or
 *                    dies of the signal PTRACE_DETACH passed on; no stop
 *                    after the plan's last;
 *   NAME.attach, NAME.seize  the stops of attach rounds after the detach
 *                    (src/actions/attach-rounds.c): PTRACE_ATTACH's SIGSTOP
 *                    signal-delivery-stops, PTRACE_INTERRUPT's
 *                    PTRACE_EVENT_STOPs after PTRACE_SEIZE, of every
 *                    thread in every round: op NONE, 24 bytes, the raw
 *                    registers' ip, the event's message 0 (NAME.attach-sp,
 *                    NAME.seize-sp: the raw registers' sp);
 *   NAME.image-ends  a worker's execve (src/actions/exec.c): the new image
 *                    exits with PR_EXEC_STATUS; no stop after its exit
 *                    event, and no exit of the zapped leader reported.
 * The stops before the death are the sequence's (no exit stop after a kill
 * at entry), the PTRACE_EVENT_EXIT stop of a killed tracee under
 * PTRACE_O_TRACEEXIT the events family's (its message SIGKILL). */
#include <signal.h>
#include <stdio.h>

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

/* Its filter returned SECCOMP_RET_KILL_PROCESS (src/actions/seccomp-kill.c). */
static bool seccomp_killed(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_SECCOMP_KILL);
}

static bool dies(const struct judge *j, const struct pr_call *c)
{
	return killed(j, c) || faulted(j, c) || seccomp_killed(j, c);
}

/* Each stop of call idx's attach rounds of one kind (src/actions/
 * attach-rounds.c): op NONE in 24 bytes (ptrace_get_syscall_info(): no
 * syscall si_code), at the raw registers' ip, a PTRACE_EVENT_STOP's message
 * 0 (do_jobctl_trap()); or (sp) at the raw registers' sp.  The wait status
 * is the sequence's, where the leader stops (its read's trap) the frame
 * family's ip-sp. */
static void attach_stops(struct judge *j, unsigned idx, enum pr_stop_kind kind, bool sp)
{
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_plan_stop *ps = &j->plan[k];
		const struct pr_stop *s;
		struct pr_info info;
		char what[96];

		if (ps->call != (int)idx || ps->kind != kind)
			continue;
		if (!check_stop(j, (int)k, &s, &info))
			return;
#define AT(field) (snprintf(what, sizeof(what), "stop %u (round %u, thread %u): %s", k, \
			    (k - (unsigned)plan_stop(j, idx, PR_STOP_SIGNAL)) / 4 + 1, ps->thread, field), what)
		if (s->regs_err)
			check_fail(j, "%s %d", AT("raw registers unreadable: error"), -s->regs_err);
		else if (sp)
			expect_hex(j, AT("stack_pointer vs raw sp"), s->regs.sp, info.stack_pointer);
		else
			expect_hex(j, AT("instruction_pointer vs raw pc"), s->regs.pc, info.instruction_pointer);
		if (sp)
			continue;
		expect_dec(j, AT("op"), PR_OP_NONE, info.op);
		expect_dec(j, AT("returned size"), PR_INFO_SIZE_NONE, s->info_ret);
		if (kind == PR_STOP_EVENT)
			expect_hex(j, AT("message (PTRACE_GETEVENTMSG)"), 0, s->eventmsg_err ? UINT64_MAX : s->eventmsg);
#undef AT
	}
}

static int first_attach(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SIGNAL);
}

static int first_seize(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_EVENT);
}

/* The stops of the kind of the first one (first_attach, first_seize); their
 * sp apart, as a known bug's rule reads a "-sp" check (known-bugs.c). */
CALL_CHECK(attach_round_stops)
{
	CHECK_ARGS_USED;
	attach_stops(j, idx, j->plan[at].kind, false);
}

CALL_CHECK(attach_round_sp)
{
	CHECK_ARGS_USED;
	attach_stops(j, idx, j->plan[at].kind, true);
}

static bool attaches(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_ATTACH_ROUNDS);
}

static bool execs(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_EXEC);
}

static bool ends_the_run(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)i;
	return dies(j, c) || detached(j, c) || execs(j, c);
}

static const struct call_check lifecycle_checks[] = {
	{ "fault-ip", fault_stop, fault_ip, faulted },
	{ "fault-sp", fault_stop, fault_sp, faulted },
	{ "death", last_stop, ended, dies },
	{ "attach", first_attach, attach_round_stops, attaches },
	{ "attach-sp", first_attach, attach_round_sp, attaches },
	{ "seize", first_seize, attach_round_stops, attaches },
	{ "seize-sp", first_seize, attach_round_sp, attaches },
	{ "goes-on", last_stop, ended, detached },
	{ "image-ends", last_stop, ended, execs },
};

PR_CALL_FAMILY(lifecycle, lifecycle_checks, ends_the_run)
