/* /proc/PID/syscall beside PTRACE_GET_SYSCALL_INFO: two reporters of the
 * same per-arch hooks (syscall_get_nr(), syscall_get_arguments(),
 * user_stack_pointer(), instruction_pointer()), one through
 * ptrace_get_syscall_info() (kernel/ptrace.c), one through
 * proc_pid_syscall() over task_current_syscall() (fs/proc/base.c,
 * lib/syscall.c; 6.1 and 7.3 alike).  Where an arch hook is wrong both are,
 * and the entry, seccomp and exit families say so against the expectations;
 * here each reporter is held to the other, so a bug in one consumer's glue
 * shows on its own, naming what each said.
 *   entry, seccomp  every such stop: the syscall's line, "NR A0..A5 SP PC",
 *                   each field GET's at that stop (NR as the int it is
 *                   printed from); where GET says op NONE there (no
 *                   PTRACE_O_TRACESYSGOOD) NR and the args the raw
 *                   registers';
 *   exit            every exit stop: the same SP and PC as GET; NR the one
 *                   in effect, what GET said at the call's last entry or
 *                   seccomp stop (after a change there, the GET after it),
 *                   so a skipped call's "-1 SP PC" (nr < 0: no arguments
 *                   printed).  syscall_get_nr() names the call a task "is
 *                   executing"; the arguments are not judged there:
 *                   syscall_get_arguments() is "only valid ... on entry to
 *                   a system call" (include/asm-generic/syscall.h), and
 *                   arches reuse their registers for the result (mips a3).
 *                   rt_sigreturn's and execve's exit stops are in a context
 *                   the call made (the restored frame, the new image),
 *                   whose syscall number each arch leaves its own way (x86
 *                   restore_sigcontext() sets orig_ax -1; mips keeps
 *                   thread_info's syscall): SP and PC only;
 *   fault           the stops after a fault of the tracee's own, in no
 *                   syscall: "-1 SP PC" (at_fault() cites the source);
 *   blocked         a call the tracee sleeps in, not stopped
 *                   (src/actions/blocked.c): the line GET's at its entry
 *                   stop. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/change.h"
#include "payloads/proc-syscall.h"

static void said_by(struct judge *j, unsigned k, const char *what, const char *other, uint64_t want, uint64_t proc)
{
	if (want != proc)
		check_fail(j, "stop %u (%s of %s): %s: %s said %#llx, /proc/PID/syscall said %#llx", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), what, other,
			   (unsigned long long)want, (unsigned long long)proc);
}

static void said(struct judge *j, unsigned k, const char *what, uint64_t get, uint64_t proc)
{
	said_by(j, k, what, "GET", get, proc);
}

/* Where GET reports no syscall (op NONE: traced without
 * PTRACE_O_TRACESYSGOOD, ptrace_get_syscall_info_op()), the raw registers
 * (PTRACE_GETREGSET) are the other reporter of nr and args. */
static bool get_reports_call(const struct pr_info *get)
{
	return get->op == PR_OP_ENTRY || get->op == PR_OP_SECCOMP;
}

/* The line read at stop k (or while blocked before it), parsed; false,
 * failed, where it could not be read or is not of the form wanted: a
 * syscall's full line (PR_PROC_SYSCALL), the short one of nr < 0
 * (PR_PROC_NO_SYSCALL), or either (PR_PROC_UNREAD). */
static bool line_of(struct judge *j, unsigned k, const char *line, int err, enum pr_proc_form want,
		    struct pr_proc_view *v)
{
	static const char *const forms[] = {
		[PR_PROC_UNREAD] = "a syscall's line, in one or not",
		[PR_PROC_NO_SYSCALL] = "\"NR SP PC\" with NR < 0",
		[PR_PROC_SYSCALL] = "\"NR A0..A5 SP PC\"",
	};

	if (err) {
		check_fail(j, "stop %u (%s of %s): reading /proc/PID/syscall failed: %s", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), strerror(-err));
		return false;
	}
	pr_proc_syscall_parse(line, v);
	if (want ? v->form != want : v->form != PR_PROC_SYSCALL && v->form != PR_PROC_NO_SYSCALL) {
		check_fail(j, "stop %u (%s of %s): /proc/PID/syscall said \"%s\", expected %s", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), line, forms[want]);
		return false;
	}
	return true;
}

static enum pr_proc_form form_of(int64_t nr)
{
	return nr < 0 ? PR_PROC_NO_SYSCALL : PR_PROC_SYSCALL;
}

/* The whole line against GET's info at a stop in the call (its nr, args,
 * sp and pc). */
static void agrees(struct judge *j, unsigned k, const char *line, int err, const struct pr_stop *s,
		   const struct pr_info *get)
{
	bool by_get = get_reports_call(get);
	const char *other = by_get ? "GET" : "the raw registers";
	const uint64_t *args = by_get ? get->args : s->regs.args;
	int32_t nr = (int32_t)(by_get ? get->nr : s->regs.nr);
	struct pr_proc_view v;
	char what[16];

	if (!by_get && s->regs_err) {
		check_fail(j, "stop %u: GET said op NONE and the raw registers are unreadable (error %d)", k,
			   -s->regs_err);
		return;
	}
	if (!line_of(j, k, line, err, form_of(nr), &v))
		return;
	said_by(j, k, "nr", other, (uint32_t)nr, (uint32_t)v.nr);
	for (unsigned a = 0; a < 6; a++) {
		snprintf(what, sizeof(what), "args[%u]", a);
		if (a == 0 && !by_get && j->p->regs_arg0_missing)
			continue; /* the arch's register reader cannot see it */
		said_by(j, k, what, other, args[a], v.args[a]);
	}
	said(j, k, "stack_pointer", get->stack_pointer, v.sp);
	said(j, k, "instruction_pointer", get->instruction_pointer, v.pc);
}

/* The nr GET said last before exit stop k: at the call's latest entry or
 * seccomp stop of the same thread, after a change made there; false where
 * there is none to compare with. */
static bool nr_in_effect(const struct judge *j, unsigned k, int64_t *nr)
{
	const struct pr_plan_stop *ps = &j->plan[k];

	for (unsigned e = k; e-- > 0;) {
		const struct pr_plan_stop *pe = &j->plan[e];
		const struct pr_stop *s = &j->run->stops[e];
		const struct pr_change *ch = pr_change_of(s);
		struct pr_info info;

		if (pe->call != ps->call || pe->thread != ps->thread ||
		    (pe->kind != PR_STOP_ENTRY && pe->kind != PR_STOP_SECCOMP))
			continue;
		if (ch->tampered && ch->after_ret > 0)
			pr_change_after(ch, j->p->big_endian, &info);
		else if (s->info_ret > 0)
			pr_info_decode(s->info, (size_t)s->info_ret < PR_INFO_BUF ? (size_t)s->info_ret : PR_INFO_BUF,
				       j->p->big_endian, &info);
		else
			return false; /* its own checks say why */
		if (!get_reports_call(&info) && s->regs_err)
			return false;
		*nr = (int32_t)(get_reports_call(&info) ? info.nr : s->regs.nr);
		return true;
	}
	return false;
}

static void at_exit(struct judge *j, unsigned k, const char *line, int err, const struct pr_info *get)
{
	const struct pr_plan_stop *ps = &j->plan[k];
	bool own_context = ps->sys != PR_SYS_rt_sigreturn && ps->sys != PR_SYS_execve;
	struct pr_proc_view v;
	int64_t nr = 0;

	if (own_context && nr_in_effect(j, k, &nr)) {
		if (!line_of(j, k, line, err, form_of(nr), &v))
			return;
		said(j, k, "nr (the call's at its entry)", (uint32_t)nr, (uint32_t)v.nr);
	} else if (!line_of(j, k, line, err, PR_PROC_UNREAD, &v))
		return;
	said(j, k, "stack_pointer", get->stack_pointer, v.sp);
	said(j, k, "instruction_pointer", get->instruction_pointer, v.pc);
}

/* A stop of a call that faults, after the fault (src/actions/fault.c: the
 * SIGSEGV's delivery, the exit event): in no syscall.  lib/syscall.c's
 * task_current_syscall(): "If @target is blocked in the kernel during a
 * fault or exception, returns zero with *@info.data.nr set to -1 and does
 * not fill in @info.data.args" (syscall_get_nr(): "If @task is not executing
 * a system call, i.e. it's blocked inside the kernel for a fault or signal,
 * returns -1", include/asm-generic/syscall.h).  So "-1 SP PC", at GET's sp
 * and pc there. */
static void at_fault(struct judge *j, unsigned k, const char *line, int err, const struct pr_stop *s,
		     const struct pr_info *get)
{
	struct pr_proc_view v;

	(void)s;
	if (!line_of(j, k, line, err, PR_PROC_NO_SYSCALL, &v))
		return;
	said_by(j, k, "nr", "lib/syscall.c", (uint32_t)-1, (uint32_t)v.nr);
	said(j, k, "stack_pointer", get->stack_pointer, v.sp);
	said(j, k, "instruction_pointer", get->instruction_pointer, v.pc);
}

static void at_syscall(struct judge *j, unsigned k, const char *line, int err, const struct pr_stop *s,
		       const struct pr_info *get)
{
	agrees(j, k, line, err, s, get);
}

static void at_exit_stop(struct judge *j, unsigned k, const char *line, int err, const struct pr_stop *s,
			 const struct pr_info *get)
{
	(void)s;
	at_exit(j, k, line, err, get);
}

static bool is_entry(const struct judge *j, unsigned k)
{
	return j->plan[k].kind == PR_STOP_ENTRY;
}
static bool is_seccomp(const struct judge *j, unsigned k)
{
	return j->plan[k].kind == PR_STOP_SECCOMP;
}
static bool is_exit(const struct judge *j, unsigned k)
{
	return j->plan[k].kind == PR_STOP_EXIT;
}
static bool after_fault(const struct judge *j, unsigned k)
{
	return pr_plan_after_fault(j->g, &j->plan[k]);
}

static const struct {
	const char *name;
	bool (*at)(const struct judge *j, unsigned k);
	void (*judge)(struct judge *j, unsigned k, const char *line, int err, const struct pr_stop *s,
		      const struct pr_info *get);
} kinds[] = {
	{ "proc-syscall-entry", is_entry, at_syscall },
	{ "proc-syscall-seccomp", is_seccomp, at_syscall },
	{ "proc-syscall-exit", is_exit, at_exit_stop },
	{ "proc-syscall-fault", after_fault, at_fault },
};

static bool plans(const struct judge *j, unsigned c)
{
	for (unsigned k = 0; k < j->nplan; k++)
		if (kinds[c].at(j, k))
			return true;
	return false;
}

/* Why there is nothing to judge, positively: no stop recorded a reading (a
 * recording made before the tracer read it), or the kernel has no such
 * file. */
static const char *unread(const struct judge *j)
{
	for (unsigned k = 0; k < j->run->nstops; k++) {
		const struct pr_proc_syscall *ps = pr_proc_syscall_of(&j->run->stops[k]);

		if (ps->err == -ENOENT)
			return "no /proc/PID/syscall on this kernel (CONFIG_HAVE_ARCH_TRACEHOOK unset: fs/proc/base.c)";
		if (ps->err || ps->line[0])
			return NULL;
	}
	return j->run->nstops && j->run->end != PR_END_SKIPPED
		       ? "the recording has no /proc/PID/syscall reading (made before the tracer read it)"
		       : NULL;
}

static void judge_kind(struct judge *j, unsigned c, const char *skip)
{
	if (skip) {
		check_skip(j, skip);
		return;
	}
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_stop *s;
		struct pr_info info;

		if (!kinds[c].at(j, k))
			continue;
		if (!check_stop(j, (int)k, &s, &info))
			break;
		kinds[c].judge(j, k, pr_proc_syscall_of(s)->line, pr_proc_syscall_of(s)->err, s, &info);
	}
}

/* A call read while blocked, whose exit stop the plan has (a random kill
 * may end the run before it). */
static bool blocked(const struct judge *j, unsigned i)
{
	return pr_call_does(&j->g->calls[i], PR_ACTION_BLOCKED) && exit_stop(j, i) >= 0;
}

static void judge_blocked(struct judge *j, unsigned i, const char *skip)
{
	int at = entry_stop(j, i), k = exit_stop(j, i);
	const struct pr_stop *es, *s;
	struct pr_info entry, exit;

	if (skip)
		check_skip(j, skip);
	else if (check_stop(j, at, &es, &entry) && check_stop(j, k, &s, &exit))
		agrees(j, (unsigned)k, pr_proc_syscall_of(s)->blocked, pr_proc_syscall_of(s)->blocked_err, es, &entry);
}

void judge_proc_syscall(struct judge *j)
{
	const char *skip = unread(j);

	for (unsigned c = 0; c < COUNT_OF(kinds); c++)
		if (plans(j, c)) {
			check_begin(j, NULL, -1, "%s", kinds[c].name);
			judge_kind(j, c, skip);
			check_end(j);
		}
	for (unsigned i = 0; i < j->g->ncalls; i++)
		if (blocked(j, i)) {
			check_begin(j, &j->g->calls[i], exit_stop(j, i), "%s.proc-syscall-blocked", j->g->calls[i].name);
			judge_blocked(j, i, skip);
			check_end(j);
		}
}

void names_proc_syscall(const struct judge *j, const struct names *out)
{
	for (unsigned c = 0; c < COUNT_OF(kinds); c++)
		if (plans(j, c))
			name_add(out, "%s", kinds[c].name);
	for (unsigned i = 0; i < j->g->ncalls; i++)
		if (blocked(j, i))
			name_add(out, "%s.proc-syscall-blocked", j->g->calls[i].name);
}
