#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>

#include "info.h"
#include "scenario.h"

#include <string.h>

void pr_iov_dest_expected(uint8_t out[PR_DEST_SIZE])
{
	/* "ab" then "cdef" scattered over segments of 1, 2 and 3 bytes at 0, 4, 8. */
	memset(out, 0, PR_DEST_SIZE);
	memcpy(out, "a", 1);
	memcpy(out + 4, "bc", 2);
	memcpy(out + 8, "def", 3);
}

void pr_iov_table(const struct pr_personality *p, unsigned which, uint64_t base[3], uint64_t len[3],
		  unsigned *n)
{
	uint64_t dest = p->scratch_addr + PR_SCRATCH_DEST + (which ? (which - 1) * PR_DEST_SIZE : 0);
	static const uint64_t dest_len[3] = { 1, 2, 3 }, dest_off[3] = { 0, 4, 8 };

	if (which == 0) {
		*n = 2;
		base[0] = p->scratch_addr + PR_SCRATCH_SOURCE;
		len[0] = 2;
		base[1] = p->scratch_addr + PR_SCRATCH_SOURCE + 8;
		len[1] = 4;
		return;
	}
	*n = 3;
	for (unsigned i = 0; i < 3; i++) {
		base[i] = dest + dest_off[i];
		len[i] = dest_len[i];
	}
}

uint64_t pr_pattern(unsigned n)
{
	/* 0xdad1bef1bad1fed1, 0xdad2bef2bad2fed2, ...: every byte differs between
	 * arguments and the low half has its top bit set, so a shift, a swap, a
	 * truncation or a sign extension each shows. */
	return UINT64_C(0xdad0bef0bad0fed0) + n * UINT64_C(0x0001000100010001);
}

uint64_t pr_arg_value(const struct pr_personality *p, const struct pr_call *c,
		      unsigned idx, unsigned i, int64_t tracee_pid)
{
	if (c->args[i].kind == PR_ARG_CLONE && i != p->clone_flags_arg)
		return 0;
	return pr_arg_eval(p, &c->args[i], idx, tracee_pid);
}

uint64_t pr_arg_eval(const struct pr_personality *p, const struct pr_arg *a, unsigned idx,
		     int64_t tracee_pid)
{
	uint64_t v = 0;

	switch (a->kind) {
	case PR_ARG_ZERO: v = 0; break;
	case PR_ARG_VAL:
	case PR_ARG_CLONE: v = (uint64_t)a->val; break;
	case PR_ARG_PAT: v = pr_pattern((unsigned)a->val); break;
	case PR_ARG_WIDE: v = (uint64_t)a->val; break;
	case PR_ARG_STR:
	case PR_ARG_SIGINFO:
	case PR_ARG_TIMESPEC: v = p->scratch_addr + (uint64_t)idx * PR_SCRATCH_STR_SLOT; break;
	case PR_ARG_BUF: v = p->scratch_addr + PR_SCRATCH_BUF; break;
	case PR_ARG_IOV: v = p->scratch_addr + PR_SCRATCH_IOV + (uint64_t)a->val * 0x40; break;
	case PR_ARG_FAULT: v = p->scratch_addr + PR_SCRATCH_SIZE; break;
	case PR_ARG_MOVABLE: v = p->scratch_addr + PR_SCRATCH_MOVABLE; break;
	case PR_ARG_UNMAPPED: v = p->scratch_addr + PR_SCRATCH_UNMAPPED; break;
	case PR_ARG_PID: v = (uint64_t)tracee_pid; break;
	case PR_ARG_TID: v = 0; break;
	case PR_ARG_HIGH: v = p->high_addr; break;
	case PR_ARG_LARGE: v = p->large_offset; break;
	case PR_ARG_LAST: v = 0; break;
	}
	return v & pr_word_mask(p);
}

/* What the kernel reports for a result register holding reg, by the
 * personality's convention: a 32-bit word zero-extended (x86 compat) or
 * sign-extended (arm), the error range of the word. */
static void as_reported(const struct pr_personality *p, uint64_t reg, int64_t *rval, bool *is_error)
{
	struct pr_raw_regs raw = { 0 };

	p->encode_result((int64_t)reg, false, &raw);
	raw.ret &= pr_word_mask(p);
	p->decode_result(&raw, rval, is_error);
}

void pr_expected_result(const struct pr_personality *p, enum pr_tamper_via via, enum pr_expect e,
			int64_t value, uint64_t arg0, int64_t tracee_pid, int64_t tracer_pid,
			int64_t *rval, bool *is_error)
{
	/* A call skipped through PTRACE_SET_SYSCALL_INFO returns -ENOSYS on
	 * every arch: kernel/ptrace.c ptrace_set_syscall_info_entry() leaves the
	 * arguments alone for nr -1 so as not to clobber the result register,
	 * and the arch's syscall_set_nr() sets -ENOSYS where the entry code
	 * does not preset it (arm64 and its compat tasks, 7.3).  Through the
	 * legacy regset the personality row says (skip_keeps_arg0). */
	bool skipped = e == PR_EXPECT_SKIPPED || e == PR_EXPECT_SKIPPED_SECCOMP;

	if (skipped && via != PR_VIA_SET_INFO && p->skip_keeps_arg0) {
		as_reported(p, arg0, rval, is_error);
		return;
	}
	/* (The scenarios' skipped calls pass 0 as their fourth argument, which
	 * is where mips keeps its error flag: a plain -1.) */
	if (e == PR_EXPECT_SKIPPED_SECCOMP && via != PR_VIA_SET_INFO && p->seccomp_skip_keeps_nr) {
		as_reported(p, UINT64_MAX, rval, is_error);
		return;
	}
	if (skipped) {
		e = PR_EXPECT_ERRNO;
		value = ENOSYS;
	}
	*is_error = false;
	switch (e) {
	case PR_EXPECT_PID: *rval = tracee_pid; break;
	case PR_EXPECT_PPID: *rval = tracer_pid; break;
	case PR_EXPECT_HIGH: *rval = (int64_t)p->high_addr; break;
	case PR_EXPECT_LARGE: *rval = (int64_t)p->large_offset; break;
	case PR_EXPECT_WORD_MAX: *rval = p->word_bits == 32 ? INT32_MAX : INT64_MAX; break;
	/* An errno the host names, as the traced arch numbers it (mips). */
	case PR_EXPECT_ERRNO: *rval = -pr_errno(p, (int)value); *is_error = true; return;
	default: *rval = value; break;
	}
	as_reported(p, (uint64_t)*rval, rval, is_error);
}

int64_t pr_tamper_rval(const struct pr_personality *p, const struct pr_tamper *t)
{
	return t->rval_max ? (p->word_bits == 32 ? INT32_MAX : INT64_MAX) : t->rval;
}

/* The value as the personality's result register carries and reports it
 * (a 32-bit word, its convention's extension), the error flag as set;
 * whole where the register keeps the long the tracer gave: the SET of an
 * arch that stores it so, or a regset write by a program whose registers
 * are wider than the path's word (x86_64's int80). */
void pr_expected_readback(const struct pr_personality *p, const struct pr_personality *program,
			  enum pr_tamper_via via, const struct pr_tamper *t, int64_t *rval, bool *is_error)
{
	int64_t v = pr_tamper_rval(p, t);
	bool whole = via == PR_VIA_SET_INFO ? p->set_result_whole : program->word_bits > p->word_bits;

	if (whole && !t->is_error) {
		*rval = v;
		*is_error = false;
		return;
	}
	pr_expected_result(p, via, t->is_error ? PR_EXPECT_ERRNO : PR_EXPECT_VALUE, t->is_error ? -v : v, 0, 0, 0,
			   rval, is_error);
}

const struct pr_group *pr_group_find(const char *name)
{
	for (unsigned i = 0; i < pr_ngroups; i++)
		if (strcmp(pr_groups[i].name, name) == 0)
			return &pr_groups[i];
	return NULL;
}

/* The syscall the exit stop is about once the tracer changed the number. */
static enum pr_sys effective_sys(const struct pr_call *c)
{
	if (c->tamper && c->tamper->nr_change == PR_TAMPER_NR_SET &&
	    (c->tamper->at == PR_STOP_ENTRY || c->tamper->at == PR_STOP_SECCOMP))
		return c->tamper->nr;
	return c->sys;
}

/* A group whose stops do not fit is a mistake in the table, not a run to
 * cut short: said, and stopped (tests/unit-judge.c keeps every group in). */
static void __attribute__((noreturn)) plan_overflow(const struct pr_group *g)
{
	fprintf(stderr, "ptrace-regress: group %s has more than %d stops: raise PR_PLAN_MAX\n", g->name,
		PR_PLAN_MAX);
	abort();
}

unsigned pr_plan(const struct pr_group *g, struct pr_plan_stop *out)
{
	unsigned n = 0;

#define PUT(k, i, s, again, ev, sg) \
	do { \
		if (n >= PR_PLAN_MAX) \
			plan_overflow(g); \
		out[n++] = (struct pr_plan_stop){ (k), (i), (s), (again), (ev), (sg), \
						  (i) >= 0 && g->calls[(i)].worker }; \
	} while (0)
	if (g->seize)
		PUT(PR_STOP_EVENT, -1, PR_SYS_execve, false, PTRACE_EVENT_EXEC, SIGTRAP);
	PUT(PR_STOP_SIGSTOP, -1, PR_SYS_tgkill, false, 0, SIGSTOP);
	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_call *c = &g->calls[i];
		int sig = pr_call_signal(c);
		bool handled = c->raise ? !c->unhandled && !c->group_stop : c->handler != PR_SUPPRESSED;

		if (c->untraced) {
			PUT(PR_STOP_SIGNAL, (int)i, c->sys, false, 0, sig);
			continue;
		}
		/* Since Linux 4.8 seccomp runs after the syscall-entry-stop (so it
		 * sees the tracer's changes): entry, then seccomp, then exit. */
		if (!g->cont)
			PUT(PR_STOP_ENTRY, (int)i, c->sys, false, 0, 0);
		if (c->seccomp)
			PUT(PR_STOP_SECCOMP, (int)i, c->sys, false, 0, 0);
		if (g->cont)
			continue;
		for (unsigned e = 0; e < 2 && c->events[e]; e++)
			PUT(PR_STOP_EVENT, (int)i, c->sys, false, c->events[e], SIGTRAP);
		if (c->events[0] == PTRACE_EVENT_EXIT || c->sys == PR_SYS_exit || c->sys == PR_SYS_exit_group)
			continue; /* the process, or the thread, is gone */
		if (c->ptrace_interrupt == PR_INTERRUPT_THEN_CONT)
			PUT(PR_STOP_EVENT, (int)i, c->sys, false, PTRACE_EVENT_STOP, SIGTRAP);
		else
			PUT(PR_STOP_EXIT, (int)i, effective_sys(c), false, 0, 0);
		if (sig)
			PUT(PR_STOP_SIGNAL, (int)i, c->sys, false, 0, sig);
		if (c->group_stop) {
			PUT(PR_STOP_EVENT, (int)i, c->sys, false, PTRACE_EVENT_STOP, SIGSTOP);
			PUT(PR_STOP_EVENT, (int)i, c->sys, false, PTRACE_EVENT_STOP, SIGTRAP);
			PUT(PR_STOP_SIGNAL, (int)i, c->sys, false, 0, SIGCONT);
		}
		if (sig && handled) {
			PUT(PR_STOP_ENTRY, (int)i, PR_SYS_rt_sigreturn, false, 0, 0);
			PUT(PR_STOP_EXIT, (int)i, PR_SYS_rt_sigreturn, false, 0, 0);
		}
		if (pr_call_interrupted(c) && c->restart != PR_NOT_RESTARTED) {
			enum pr_sys again = c->restart == PR_RESTART_SYSCALL ? PR_SYS_restart_syscall : c->sys;

			PUT(PR_STOP_ENTRY, (int)i, again, true, 0, 0);
			PUT(PR_STOP_EXIT, (int)i, again, true, 0, 0);
		}
	}
#undef PUT
	return n;
}

int pr_call_signal(const struct pr_call *c)
{
	return c->raise ? c->raise : c->interrupt;
}

bool pr_event_makes_child(unsigned event)
{
	return event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE;
}

bool pr_call_interrupted(const struct pr_call *c)
{
	return c->interrupt || c->ptrace_interrupt;
}

bool pr_plan_after_interrupt(const struct pr_group *g, const struct pr_plan_stop *plan, unsigned k)
{
	const struct pr_plan_stop *ps = &plan[k];

	return ps->call >= 0 && pr_call_interrupted(&g->calls[ps->call]) && !ps->again &&
	       (ps->kind == PR_STOP_SIGNAL || ps->kind == PR_STOP_EVENT);
}

/* The op GET must report at a stop of the plan. */
static unsigned stop_op(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	/* Without the option a syscall stop is a plain SIGTRAP stop, and GET
	 * says NONE there: ptrace_report_syscall() (include/linux/ptrace.h)
	 * sets si_code SIGTRAP|0x80 only with PT_TRACESYSGOOD, and
	 * ptrace_get_syscall_info_op() (kernel/ptrace.c) keys on that si_code. */
	if (g->no_sysgood && (ps->kind == PR_STOP_ENTRY || ps->kind == PR_STOP_EXIT))
		return PR_OP_NONE;
	switch (ps->kind) {
	case PR_STOP_ENTRY: return PR_OP_ENTRY;
	case PR_STOP_EXIT: return PR_OP_EXIT;
	case PR_STOP_SECCOMP: return PR_OP_SECCOMP;
	default: return PR_OP_NONE;
	}
}

bool pr_plan_refuses(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	return (g->checks & PR_CHECK_REFUSALS) && (!g->refusals_none_only || stop_op(g, ps) == PR_OP_NONE);
}

int pr_plan_deliver(const struct pr_group *g, const struct pr_plan_stop *ps)
{
	const struct pr_call *c = ps->call >= 0 ? &g->calls[ps->call] : NULL;

	if (ps->kind != PR_STOP_SIGNAL || !c)
		return 0;
	if (c->raise)
		return c->unhandled ? 0 : ps->sig;
	return c->handler == PR_SUPPRESSED ? 0 : c->interrupt;
}

int pr_plan_find(const struct pr_plan_stop *plan, unsigned n, unsigned call, enum pr_stop_kind k)
{
	for (unsigned s = 0; s < n; s++)
		if (plan[s].call == (int)call && plan[s].kind == k)
			return (int)s;
	return -1;
}

bool pr_plan_sized(const struct pr_group *g, const struct pr_plan_stop *plan, unsigned k)
{
	if (!(g->checks & PR_CHECK_INFO_SIZE))
		return false;
	for (unsigned i = 0; i < k; i++)
		if (plan[i].kind == plan[k].kind)
			return false;
	return true;
}

const char *pr_stop_kind_name(enum pr_stop_kind k)
{
	static const char *const names[] = { "SIGSTOP", "entry", "exit", "seccomp", "signal", "event" };

	return k <= PR_STOP_EVENT ? names[k] : "?";
}

void pr_plan_stop_shape(const struct pr_personality *p, const struct pr_group *g, const struct pr_plan_stop *ps,
			int *status, unsigned *op)
{
	*op = stop_op(g, ps);
	switch (ps->kind) {
	case PR_STOP_ENTRY:
	case PR_STOP_EXIT: /* SIGTRAP|0x80 under PTRACE_O_TRACESYSGOOD: where GET says ENTRY or EXIT */
		*status = pr_stopped(p, SIGTRAP) | (*op == PR_OP_NONE ? 0 : 0x80 << 8);
		break;
	case PR_STOP_SECCOMP: *status = pr_stopped(p, SIGTRAP) | PTRACE_EVENT_SECCOMP << 16; break;
	case PR_STOP_SIGNAL: *status = pr_stopped(p, ps->sig); break;
	case PR_STOP_EVENT: *status = pr_stopped(p, ps->sig) | ps->event << 16; break;
	default: *status = pr_stopped(p, SIGSTOP); break;
	}
}

int pr_refusal_error(const struct pr_refusal *r, unsigned op)
{
	return r->error[op == PR_OP_ENTRY ? 0 : op == PR_OP_EXIT ? 1 : op == PR_OP_SECCOMP ? 2 : 3];
}

int pr_tamper_dest_area(const struct pr_tamper *t)
{
	for (unsigned a = 0; t && a < 6; a++)
		if ((t->args_mask & (1u << a)) && t->args[a].kind == PR_ARG_IOV && t->args[a].val > 0)
			return (int)t->args[a].val - 1;
	return -1;
}
