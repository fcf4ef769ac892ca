/* What every GET of every group must say, whatever its stop and call:
 *   arch      the personality's AUDIT_ARCH at every stop, the NONE stops
 *             (SIGSTOP, signal delivery) and the exits included (a
 *             handler's rt_sigreturn: the program's; a fault's stops, in
 *             no syscall: the program's or its arch's no_syscall_arch);
 *   reserved  zero in bytes 1-3: padding before 6.16, reserved and flags
 *             since; 0032ce0f85a2 once leaked kernel stack there;
 *   ip-sp     at a call's exit, seccomp and signal-delivery stops, and a
 *             restarted call's second entry and exit, the instruction and
 *             stack pointer of its first entry stop: the same trap, the
 *             tracee has not moved (rt_sigreturn excepted: its exit is in
 *             the restored frame);
 *   get-size  every GET returned its op's size exactly: the stop's own, the
 *             one after a change, the one after the refusals' SETs.
 * Each is one result for the group, its failures naming each stop. */
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/change.h"
#include "payloads/refused.h"

static void stop_fail(struct judge *j, unsigned k, const char *what, uint64_t expected, uint64_t seen)
{
	check_fail(j, "stop %u (%s of %s): %s expected %#llx, seen %#llx", k,
		   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), what,
		   (unsigned long long)expected, (unsigned long long)seen);
}

/* GET's arch at a stop in no syscall (personality.h, no_syscall_arch). */
static uint32_t no_syscall_arch(const struct judge *j)
{
	const struct pr_personality *p = pr_run_program(j->run);

	if (p->no_syscall_arch.machine && strcmp(p->no_syscall_arch.machine, j->run->machine) == 0)
		return p->no_syscall_arch.audit_arch;
	return p->audit_arch;
}

/* A call made through the program's own path is in its ABI, and so is a
 * handler's rt_sigreturn (libc's restorer), even where the other calls take
 * another's path (x86_64's int $0x80). */
static void arch(struct judge *j, unsigned k, const struct pr_stop *s, const struct pr_info *info)
{
	const struct pr_plan_stop *ps = &j->plan[k];
	const struct pr_call *c = ps->call >= 0 ? &j->g->calls[ps->call] : NULL;
	uint32_t want = call_personality(j, c)->audit_arch;

	(void)s;
	/* So is the exec's event, and the new image's stops after it: the
	 * program's (x86's set_personality_64bit() clears TS_COMPAT).  The
	 * execve's entry stop is its path's. */
	if (ps->sys == PR_SYS_rt_sigreturn || (ps->sys == PR_SYS_execve && ps->kind == PR_STOP_EVENT))
		want = pr_run_program(j->run)->audit_arch;
	/* A fault's stops, its signal's delivery and the exit event after it,
	 * are in no syscall: the program's, or what its arch says there. */
	if (c && pr_call_does(c, PR_ACTION_FAULT) && ps->kind != PR_STOP_ENTRY && ps->kind != PR_STOP_EXIT)
		want = no_syscall_arch(j);
	if (info->arch != want)
		stop_fail(j, k, "arch", want, info->arch);
}

static void reserved_of(struct judge *j, unsigned k, const char *which, const struct pr_info *info)
{
	char what[64];

	snprintf(what, sizeof(what), "%sbytes 1-3 (reserved, flags)", which);
	if (info->reserved || info->flags)
		stop_fail(j, k, what, 0, (uint64_t)info->reserved << 16 | info->flags);
}

static void reserved(struct judge *j, unsigned k, const struct pr_stop *s, const struct pr_info *info)
{
	const struct pr_change *ch = pr_change_of(s);

	reserved_of(j, k, "", info);
	/* The GET after a change at this stop, too. */
	if (ch->tampered && ch->after_ret > 0) {
		struct pr_info after;

		pr_change_after(ch, j->p->big_endian, &after);
		reserved_of(j, k, "after the change, ", &after);
	}
}

/* Where a stop of a call must be, from its entry stop: the same trap.  At
 * the signal-delivery-stop of an interrupted call, the arch's rewind back to
 * the trap where it rewinds before it stops (signal_rewind). */
static void ip_sp(struct judge *j, unsigned k, const struct pr_stop *s, const struct pr_info *info)
{
	const struct pr_plan_stop *ps = &j->plan[k];
	const struct pr_call *c = ps->call >= 0 ? &j->g->calls[ps->call] : NULL;
	const struct pr_stop *es;
	struct pr_info entry;
	uint64_t rewind = 0;
	int at;

	(void)s;
	if (!c || (ps->kind == PR_STOP_ENTRY && !ps->again) || ps->sys == PR_SYS_rt_sigreturn ||
	    (at = entry_stop(j, (unsigned)ps->call)) < 0 || (unsigned)at >= j->run->nstops)
		return;
	/* Another thread's stop (the leader zapped by the worker's exec) or
	 * the new image's (reported for the leader's pid) is not at the
	 * call's trap: the events family judges where those are. */
	if (ps->thread != j->plan[at].thread)
		return;
	es = &j->run->stops[at];
	if (es->info_ret < 0)
		return; /* the entry stop's own checks say why */
	pr_info_decode(es->info, (size_t)es->info_ret < PR_INFO_BUF ? (size_t)es->info_ret : PR_INFO_BUF,
		       j->p->big_endian, &entry);
	if (pr_plan_after_interrupt(j->plan, k))
		rewind = j->p->signal_rewind[pr_personality_path(j->p, j->run->path)];
	if (info->instruction_pointer != entry.instruction_pointer - rewind)
		stop_fail(j, k, rewind ? "instruction_pointer (the entry stop's, back at the trap)"
				       : "instruction_pointer (the entry stop's)",
			  entry.instruction_pointer - rewind, info->instruction_pointer);
	if (info->stack_pointer != entry.stack_pointer)
		stop_fail(j, k, "stack_pointer (the entry stop's)", entry.stack_pointer, info->stack_pointer);
}

/* A GET returns its op's size exactly (ptrace_get_syscall_info(): the
 * offsetofend() of the op's last field, whatever larger buffer it was given):
 * the stop's own, and the GET after a change or after the refusals' SETs. */
static void size_of(struct judge *j, unsigned k, const char *which, int64_t ret, const uint8_t *bytes)
{
	struct pr_info info;

	if (ret <= 0)
		return; /* failed: the checks that read it say so */
	pr_info_decode(bytes, (size_t)ret < PR_INFO_BUF ? (size_t)ret : PR_INFO_BUF, j->p->big_endian, &info);
	if ((size_t)ret != pr_info_size_for_op(info.op))
		check_fail(j, "stop %u (%s of %s): %sGET returned %lld, op %s's size is %zu", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), which, (long long)ret,
			   pr_info_op_name(info.op), pr_info_size_for_op(info.op));
}

static void get_size(struct judge *j, unsigned k, const struct pr_stop *s, const struct pr_info *info)
{
	const struct pr_change *ch = pr_change_of(s);
	const struct pr_refused *rf = pr_refused_of(s);

	(void)info;
	size_of(j, k, "", s->info_ret, s->info);
	if (ch->tampered)
		size_of(j, k, "after the change, ", ch->after_ret, ch->after);
	if (rf->refused)
		size_of(j, k, "after the refusals' SETs, ", rf->refusal_after_ret, rf->refusal_after);
}

static const struct {
	const char *name;
	void (*at)(struct judge *j, unsigned k, const struct pr_stop *s, const struct pr_info *info);
} frame_checks[] = {
	{ "arch", arch },
	{ "reserved", reserved },
	{ "ip-sp", ip_sp },
	{ "get-size", get_size },
};

void judge_frame(struct judge *j)
{
	for (unsigned c = 0; c < COUNT_OF(frame_checks); c++) {
		check_begin(j, NULL, -1, "%s", frame_checks[c].name);
		for (unsigned k = 0; k < j->nplan; k++) {
			const struct pr_stop *s;
			struct pr_info info;

			if (!check_stop(j, (int)k, &s, &info))
				break;
			frame_checks[c].at(j, k, s, &info);
		}
		check_end(j);
	}
}

void names_frame(const struct judge *j, const struct names *out)
{
	(void)j;
	for (unsigned c = 0; c < COUNT_OF(frame_checks); c++)
		name_add(out, "%s", frame_checks[c].name);
}
