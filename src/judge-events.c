/* PTRACE_EVENT stops: for each event stop a call makes,
 *   NAME.EVENT    the stop says op NONE in 24 bytes (as every non-syscall
 *                 stop: ptrace_get_syscall_info_op()), and its message
 *                 (PTRACE_GETEVENTMSG) is what the event carries: the new
 *                 child's pid for fork, vfork and clone, the same pid at
 *                 vfork-done, the exit status at exit;
 *   NAME.child    the new child's first stop is SIGSTOP (a PTRACE_TRACEME
 *                 tracer's auto-attached child);
 *   exec.ip/sp    a PTRACE_SEIZE group's first stop, the exec's, is at the
 *                 ELF entry point with the kernel's start_stack;
 *   NAME.group-stop, NAME.group-stop-end, NAME.interrupt
 *                 the PTRACE_EVENT_STOP stops of a group-stop (WSTOPSIG
 *                 SIGSTOP), of its end under PTRACE_LISTEN and of
 *                 PTRACE_INTERRUPT (SIGTRAP): do_jobctl_trap().
 * The wait status is the sequence's, ip and sp (those of the call's entry
 * stop) judge-frame.c's; the call's result, the child's pid, judge-exit.c's. */
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>

#include "judge-families.h"

static const char *event_name(const struct pr_call *c, const struct pr_plan_stop *ps)
{
	if (ps->event == PTRACE_EVENT_STOP)
		return ps->sig == SIGSTOP ? "group-stop" : c && c->group_stop ? "group-stop-end" : "interrupt";
	switch (ps->event) {
	case PTRACE_EVENT_FORK: return "fork";
	case PTRACE_EVENT_VFORK: return "vfork";
	case PTRACE_EVENT_CLONE: return "clone";
	case PTRACE_EVENT_VFORK_DONE: return "vfork-done";
	case PTRACE_EVENT_EXIT: return "exit";
	case PTRACE_EVENT_EXEC: return "exec";
	default: return "event";
	}
}

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
	if (ps->event == PTRACE_EVENT_EXIT)
		expect_hex(j, "message (the exit status, exit_group(0))", 0, s->eventmsg);
	if (ps->event == PTRACE_EVENT_EXEC)
		expect_dec(j, "message (the former thread id)", j->run->pid, (int64_t)s->eventmsg);
}

/* The exec's stop is the new image's first: at its ELF entry point, on the
 * stack the kernel built (start_thread(regs, elf_entry, bprm->p), and
 * mm->start_stack = bprm->p, fs/binfmt_elf.c). */
static void exec_at(struct judge *j, bool sp, const struct pr_stop *s, const struct pr_info *info)
{
	uint64_t want = sp ? s->start_stack : s->elf_entry;

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

void judge_events(struct judge *j)
{
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_plan_stop *ps = &j->plan[k];
		const struct pr_call *c = ps->call >= 0 ? &j->g->calls[ps->call] : NULL;
		const struct pr_stop *s;
		struct pr_info info;

		if (ps->kind != PR_STOP_EVENT)
			continue;
		check_begin(j, c, (int)k, "%s.%s", c ? c->name : "exec", event_name(c, ps));
		if (check_stop(j, (int)k, &s, &info))
			event_stop(j, (int)k, s, &info);
		check_end(j);
		for (unsigned sp = 0; ps->event == PTRACE_EVENT_EXEC && sp < 2; sp++) {
			check_begin(j, NULL, (int)k, "exec.%s", sp ? "sp" : "ip");
			if (check_stop(j, (int)k, &s, &info))
				exec_at(j, sp, s, &info);
			check_end(j);
		}
		if (!pr_event_makes_child(ps->event))
			continue;
		check_begin(j, c, (int)k, "%s.child", c->name);
		if (check_stop(j, (int)k, &s, &info) && s->child_status != (SIGSTOP << 8 | 0x7f))
			check_fail(j, "the child's first stop: wait status expected %#x (SIGSTOP), seen %#x",
				   SIGSTOP << 8 | 0x7f, s->child_status);
		check_end(j);
	}
}

