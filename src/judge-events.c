/* PTRACE_EVENT stops: for each event stop a call makes,
 *   NAME.EVENT    the stop says op NONE in 24 bytes (as every non-syscall
 *                 stop: ptrace_get_syscall_info_op()), and its message
 *                 (PTRACE_GETEVENTMSG) is what the event carries: the new
 *                 child's pid for fork, vfork and clone, the same pid at
 *                 vfork-done, at exit do_exit()'s code for the run's end
 *                 (pr_expected_end: exit_group(0), SIGKILL where the
 *                 tracer killed it, SIGSEGV where the tracee faulted, with
 *                 0x80 exactly where the wait status says WCOREDUMP);
 *   NAME.exit-ip, NAME.exit-sp
 *                 at the PTRACE_EVENT_EXIT stop the registers read
 *                 (PTRACE_GETREGSET) and their pc and sp are ip and sp;
 *   NAME.child    the new child's first stop is SIGSTOP (a PTRACE_TRACEME
 *                 tracer's auto-attached child);
 *   exec.ip/sp    a PTRACE_SEIZE group's first stop, the exec's, is at the
 *                 ELF entry point with the kernel's start_stack (so is a
 *                 worker's exec's, NAME.exec-ip/-sp, its message the worker's
 *                 former tid: src/actions/exec.c; NAME.former-tid:
 *                 waitpid(2) of that tid says ECHILD);
 *   NAME.leader-exit  the PTRACE_EVENT_EXIT of the leader a worker's exec
 *                 zaps, message 0 (do_group_exit(), group_exec_task);
 *   NAME.group-stop, NAME.group-stop-end, NAME.interrupt
 *                 the PTRACE_EVENT_STOP stops of a group-stop (WSTOPSIG
 *                 SIGSTOP), of its end under PTRACE_LISTEN and of
 *                 PTRACE_INTERRUPT (SIGTRAP): do_jobctl_trap().
 * The wait status is the sequence's, ip and sp (those of the call's entry
 * stop) judge-frame.c's; the call's result, the child's pid, judge-exit.c's. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>

#include "action.h"
#include "judge-families.h"
#include "payloads/child.h"
#include "payloads/exec.h"

static void event_stop(struct judge *j, int k, const struct pr_stop *s, const struct pr_info *info)
{
	const struct pr_plan_stop *ps = &j->plan[k];
	const struct pr_stop *first;

	expect_dec(j, "op", PR_OP_NONE, info->op);
	expect_dec(j, "returned size", PR_INFO_SIZE_NONE, s->info_ret);
	if (s->eventmsg_err) {
		check_fail(j, "PTRACE_GETEVENTMSG failed: error %d", -s->eventmsg_err);
		return;
	}
	if (pr_event_makes_child(ps->event) && (s->eventmsg == 0 || s->eventmsg > INT32_MAX))
		check_fail(j, "message: expected the new child's pid, seen %#llx", (unsigned long long)s->eventmsg);
	if (ps->event == PTRACE_EVENT_VFORK_DONE && k > 0 && j->plan[k - 1].kind == PR_STOP_EVENT &&
	    (unsigned)k - 1 < j->run->nstops) {
		first = &j->run->stops[k - 1];
		expect_dec(j, "message (the vfork event's child)", (int64_t)first->eventmsg, (int64_t)s->eventmsg);
	}
	if (pr_plan_zapped_by_exec(j->plan, j->nplan, (unsigned)k))
		/* do_group_exit(): "else if (sig->group_exec_task) exit_code = 0" */
		expect_hex(j, "message (do_exit()'s code: 0, zapped by another thread's exec)", 0, s->eventmsg);
	else if (ps->event == PTRACE_EVENT_EXIT) {
		struct pr_run_end end;
		char what[160];

		pr_expected_end(j->p, j->g, j->run->pid, j->run->ppid, &end);
		snprintf(what, sizeof(what), "message (do_exit()'s code: %s%s)", end.why,
			 end.dumps ? j->run->end_core ? ", a core dumped (WCOREDUMP)" : ", no core dumped (no WCOREDUMP)"
				   : "");
		expect_hex(j, what, pr_exit_event_message(&end, j->run->end_core), s->eventmsg);
	}
	/* exec_binprm(): old_vpid, taken before de_thread() gave the worker
	 * the leader's pid. */
	if (ps->event == PTRACE_EVENT_EXEC)
		expect_dec(j, "message (the former thread id)",
			   ps->call >= 0 && pr_call_does(&j->g->calls[ps->call], PR_ACTION_WORKER) ? j->run->worker_tid
												 : j->run->pid,
			   (int64_t)s->eventmsg);
}

/* The exec's stop is the new image's first: at its ELF entry point, on the
 * stack the kernel built (start_thread(regs, elf_entry, bprm->p), and
 * mm->start_stack = bprm->p, fs/binfmt_elf.c). */
static void exec_at(struct judge *j, bool sp, const struct pr_stop *s, const struct pr_info *info)
{
	uint64_t want = sp ? pr_exec_of(s)->start_stack : pr_exec_of(s)->elf_entry;

	if (!want)
		check_fail(j, sp ? "the kernel's start_stack could not be read (/proc/PID/stat)"
				 : "the program's ELF entry point could not be read (not ET_EXEC?)");
	else
		expect_hex(j, sp ? "stack_pointer vs start_stack" : "instruction_pointer vs the ELF entry point",
			   want, sp ? info->stack_pointer : info->instruction_pointer);
	if (s->regs_err)
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
	else
		expect_hex(j, sp ? "stack_pointer vs raw sp" : "instruction_pointer vs raw pc",
			   sp ? s->regs.sp : s->regs.pc, sp ? info->stack_pointer : info->instruction_pointer);
}

static void event(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	event_stop(j, at, s, info);
}

static void exec_ip(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	exec_at(j, false, s, info);
}

static void exec_sp(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	exec_at(j, true, s, info);
}

static void child(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	int want = pr_stopped(j->p, SIGSTOP), seen = pr_child_of(s)->child_status;

	(void)at, (void)info;
	if (seen != want)
		check_fail(j, "the child's first stop: wait status expected %#x (SIGSTOP), seen %#x", want, seen);
}

/* At a worker's exec: its former tid is no one's.  de_thread() gave it to
 * the old leader (exchange_tids()) and release_task()d that: waitpid(2)
 * has no such child (ECHILD), the old leader's death never reported. */
static void exec_former(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at, (void)info;
	expect_dec(j, "waitpid(the former tid, __WALL | WNOHANG)", -ECHILD, pr_exec_of(s)->former_wait);
}

/* Per kind of event stop, its checks; named "<call>.<check>" ("exec.*" for
 * the exec, which belongs to no call). */
#define EVENT_CHECKS(name, ...) static const struct stop_check name[] = { __VA_ARGS__ }
EVENT_CHECKS(fork_checks, { "fork", event }, { "child", child });
EVENT_CHECKS(vfork_checks, { "vfork", event }, { "child", child });
EVENT_CHECKS(clone_checks, { "clone", event }, { "child", child });
EVENT_CHECKS(vfork_done_checks, { "vfork-done", event });
/* do_exit() stops in ptrace_event() before it lets go of anything: the
 * registers read (PTRACE_GETREGSET), the user state saved where the tracee
 * last entered the kernel, as GET reports it. */
EVENT_CHECKS(exit_checks, { "exit", event }, { "exit-ip", expect_raw_ip }, { "exit-sp", expect_raw_sp });
EVENT_CHECKS(leader_exit_checks, { "leader-exit", event });
EVENT_CHECKS(exec_checks, { "exec", event }, { "ip", exec_ip }, { "sp", exec_sp });
/* A call's exec (a worker's): its entry stop has ip and sp checks of its own. */
EVENT_CHECKS(call_exec_checks, { "exec", event }, { "exec-ip", exec_ip }, { "exec-sp", exec_sp },
	     { "former-tid", exec_former });
EVENT_CHECKS(group_stop_checks, { "group-stop", event });
EVENT_CHECKS(group_stop_end_checks, { "group-stop-end", event });
EVENT_CHECKS(interrupt_checks, { "interrupt", event });

/* The checks of event stop k (of call c, NULL: the exec), *n of them. */
static const struct stop_check *event_checks(const struct judge *j, unsigned k, const struct pr_call *c,
					     unsigned *n)
{
	const struct pr_plan_stop *ps = &j->plan[k];

#define TABLE(table) (*n = COUNT_OF(table), table)
	if (pr_plan_zapped_by_exec(j->plan, j->nplan, k))
		return TABLE(leader_exit_checks);
	switch (ps->event) {
	case PTRACE_EVENT_FORK: return TABLE(fork_checks);
	case PTRACE_EVENT_VFORK: return TABLE(vfork_checks);
	case PTRACE_EVENT_CLONE: return TABLE(clone_checks);
	case PTRACE_EVENT_VFORK_DONE: return TABLE(vfork_done_checks);
	case PTRACE_EVENT_EXIT: return TABLE(exit_checks);
	case PTRACE_EVENT_EXEC: return c ? TABLE(call_exec_checks) : TABLE(exec_checks);
	default: /* PTRACE_EVENT_STOP */
		if (ps->sig == SIGSTOP)
			return TABLE(group_stop_checks);
		if (c && pr_call_does(c, PR_ACTION_GROUP_STOP))
			return TABLE(group_stop_end_checks);
		return TABLE(interrupt_checks);
	}
#undef TABLE
}

/* Each event stop k of the plan: its call (NULL: the exec's) and checks. */
static void walk_events(const struct judge *j,
			void (*each)(void *ctx, unsigned k, const struct pr_call *c, const char *prefix,
				     const struct stop_check *checks, unsigned n),
			void *ctx)
{
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_plan_stop *ps = &j->plan[k];
		const struct pr_call *c = ps->call >= 0 ? &j->g->calls[ps->call] : NULL;
		const struct stop_check *checks;
		unsigned n;

		if (ps->kind != PR_STOP_EVENT)
			continue;
		checks = event_checks(j, k, c, &n);
		each(ctx, k, c, c ? c->name : "exec", checks, n);
	}
}

static void judge_one(void *ctx, unsigned k, const struct pr_call *c, const char *prefix,
		      const struct stop_check *checks, unsigned n)
{
	judge_stop(ctx, c, prefix, (int)k, checks, n);
}

void judge_events(struct judge *j)
{
	walk_events(j, judge_one, j);
}

static void name_one(void *ctx, unsigned k, const struct pr_call *c, const char *prefix,
		     const struct stop_check *checks, unsigned n)
{
	(void)k, (void)c;
	name_stop(prefix, checks, n, ctx);
}

void names_events(const struct judge *j, const struct names *out)
{
	walk_events(j, name_one, (void *)out);
}
