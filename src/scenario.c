#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <linux/seccomp.h>

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

/* The first call's read is of the tracee's empty pipe. */
_Static_assert(PR_FIRST_CALL_PIPE_FD == PR_FD_PIPE_R, "personality.h's PR_FIRST_CALL_PIPE_FD is PR_FD_PIPE_R");

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
	case PR_ARG_ARGV: v = p->scratch_addr + (uint64_t)idx * PR_SCRATCH_STR_SLOT + PR_SCRATCH_ARGV; break;
	case PR_ARG_FAULT: v = p->scratch_addr + PR_SCRATCH_SIZE; break;
	case PR_ARG_MOVABLE: v = p->scratch_addr + PR_SCRATCH_MOVABLE; break;
	case PR_ARG_UNMAPPED: v = p->scratch_addr + PR_SCRATCH_UNMAPPED; break;
	case PR_ARG_PID: v = (uint64_t)tracee_pid; break;
	case PR_ARG_TID:
	case PR_ARG_STOP_PAGES: v = 0; break;
	case PR_ARG_HIGH: v = p->high_addr; break;
	case PR_ARG_LARGE: v = p->large_offset; break;
	case PR_ARG_LAST: v = 0; break;
	case PR_ARG_FIRST_CALL:
		v = (uint64_t)a->val < p->first_call.nargs ? p->first_call.args[a->val] : pr_pattern((unsigned)a->val + 1);
		break;
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
			int64_t value, const uint64_t *args, int64_t tracee_pid, int64_t tracer_pid,
			int64_t *rval, bool *is_error)
{
	/* A call skipped through PTRACE_SET_SYSCALL_INFO returns -ENOSYS on
	 * every arch: kernel/ptrace.c ptrace_set_syscall_info_entry() leaves the
	 * arguments alone for nr -1 so as not to clobber the result register,
	 * and the arch's syscall_set_nr() sets -ENOSYS where the entry code
	 * does not preset it (arm64 and its compat tasks, 7.3).  Through the
	 * legacy regset the arch's hook says (regset_skip_leaves). */
	bool skipped = e == PR_EXPECT_SKIPPED || e == PR_EXPECT_SKIPPED_SECCOMP;
	static const uint64_t none[6];
	struct pr_raw_regs raw = { 0 };

	if (skipped && via != PR_VIA_SET_INFO && p->regset_skip_leaves &&
	    p->regset_skip_leaves(e == PR_EXPECT_SKIPPED_SECCOMP, args ? args : none, &raw)) {
		raw.ret &= pr_word_mask(p);
		p->decode_result(&raw, rval, is_error);
		return;
	}
	if (skipped) {
		e = PR_EXPECT_ERRNO;
		value = ENOSYS;
	}
	if (e == PR_EXPECT_FIRST_CALL) {
		e = p->first_call.returns_pid ? PR_EXPECT_PID : PR_EXPECT_ERRNO;
		value = p->first_call.err;
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

bool pr_tamper_nr_value(const struct pr_personality *p, const struct pr_tamper *t, const struct pr_table_end *end,
			uint64_t old, uint64_t *nr)
{
	switch (t->nr_change) {
	case PR_TAMPER_NR_KEEP: *nr = old; return true;
	case PR_TAMPER_NR_SET: *nr = pr_syscall_nr(p, t->nr); return true;
	case PR_TAMPER_NR_SKIP: *nr = UINT64_MAX; return true;
	case PR_TAMPER_NR_FIRST: *nr = p->table_base; return true;
	case PR_TAMPER_NR_LAST:
	case PR_TAMPER_NR_PAST_LAST:
		if (!end)
			return false;
		*nr = p->table_base + end->last + (t->nr_change == PR_TAMPER_NR_PAST_LAST);
		return true;
	}
	return false;
}

bool pr_tamper_writes_args(enum pr_tamper_via via, const struct pr_tamper *t)
{
	return t->args_mask && !(via == PR_VIA_SET_INFO && t->nr_change == PR_TAMPER_NR_SKIP);
}

bool pr_path_is_indirect(const char *path)
{
	return path && strcmp(path, "indirect") == 0;
}

bool pr_expected_after_change(const struct pr_personality *p, const char *path, enum pr_tamper_via via,
			      const struct pr_tamper *t, const struct pr_call *c, unsigned idx, int64_t tracee_pid,
			      const struct pr_table_end *end, const struct pr_info *before, struct pr_info *after)
{
	uint64_t nr;

	(void)c;
	*after = *before;
	if (t->identity)
		return true;
	if (!pr_tamper_nr_value(p, t, end, before->nr, &nr))
		return false;
	if (t->nr_change != PR_TAMPER_NR_KEEP)
		after->nr = nr & p->nr_mask;
	if (pr_tamper_writes_args(via, t))
		for (unsigned a = 0; a < 6; a++)
			if (t->args_mask & (1u << a))
				after->args[a] = pr_arg_eval(p, &t->args[a], idx, tracee_pid);
	if (t->nr_change == PR_TAMPER_NR_FIRST && p->first_call.indirect) { /* reported as the call it makes */
		if (via == PR_VIA_REGSET && p->regset_renumbers_indirect)
			after->nr = after->args[0] & p->nr_mask;
		memmove(after->args, after->args + 1, 5 * sizeof(after->args[0]));
		after->args[5] = 0; /* not known: pr_after_args_known() */
	}
	/* An indirect call SET skips is no longer indirect: syscall_set_nr()
	 * ("if the syscall was indirect and nr != __NR_syscall, then after this
	 * assignment the syscall will cease to be indirect", mips 7.3.4
	 * arch/mips/include/asm/syscall.h) writes no arguments for -1, and GET
	 * reads them from a0 on: the call's number, then its first five. */
	if (via == PR_VIA_SET_INFO && t->nr_change == PR_TAMPER_NR_SKIP && p->first_call.indirect &&
	    pr_path_is_indirect(path)) {
		memmove(after->args + 1, after->args, 5 * sizeof(after->args[0]));
		after->args[0] = before->nr;
	}
	return true;
}

bool pr_expected_after_made(const struct pr_personality *p, const char *path, enum pr_tamper_via via,
			    const struct pr_tamper *t, const struct pr_call *c, unsigned idx, int64_t tracee_pid,
			    const struct pr_table_end *end, struct pr_info *after)
{
	struct pr_info made = { 0 };

	made.nr = pr_expected_nr(p, c->sys);
	for (unsigned a = 0; a < 6; a++)
		made.args[a] = pr_arg_value(p, c, idx, a, tracee_pid);
	return pr_expected_after_change(p, path, via, t, c, idx, tracee_pid, end, &made, after);
}

unsigned pr_after_args_known(const struct pr_personality *p, const struct pr_tamper *t)
{
	return t->nr_change == PR_TAMPER_NR_FIRST && p->first_call.indirect ? 5 : 6;
}

void pr_final_args(const struct pr_personality *p, enum pr_tamper_via via, const struct pr_call *c, unsigned idx,
		   int64_t tracee_pid, uint64_t args[6])
{
	const struct pr_tamper *t = pr_call_tamper(c);
	bool written = t && t->at != PR_STOP_EXIT && pr_tamper_writes_args(via, t);

	for (unsigned a = 0; a < 6; a++)
		args[a] = written && (t->args_mask & (1u << a)) ? pr_arg_eval(p, &t->args[a], idx, tracee_pid)
							       : pr_arg_value(p, c, idx, a, tracee_pid);
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
	pr_expected_result(p, via, t->is_error ? PR_EXPECT_ERRNO : PR_EXPECT_VALUE, t->is_error ? -v : v, NULL, 0, 0,
			   rval, is_error);
}

const struct pr_group *pr_group_find(const char *name)
{
	for (unsigned i = 0; i < pr_ngroups; i++)
		if (strcmp(pr_groups[i].name, name) == 0)
			return &pr_groups[i];
	return NULL;
}

const struct pr_tracer_exit *pr_group_tracer_exit(const struct pr_group *g)
{
	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_do *d = pr_call_does(&g->calls[i], PR_ACTION_TRACER_EXIT);

		if (d)
			return &d->tracer_exit;
	}
	return NULL;
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

const struct pr_do *pr_call_does(const struct pr_call *c, enum pr_action_id id)
{
	for (unsigned k = 0; k < PR_DOES_MAX && c->does[k].id; k++)
		if (c->does[k].id == id)
			return &c->does[k];
	return NULL;
}

const struct pr_raise *pr_call_raise(const struct pr_call *c)
{
	const struct pr_do *d = pr_call_does(c, PR_ACTION_RAISE);

	return d ? &d->raise : NULL;
}

const struct pr_interrupt *pr_call_interrupt(const struct pr_call *c)
{
	const struct pr_do *d = pr_call_does(c, PR_ACTION_SIGNAL_AT_ENTRY);

	if (!d)
		d = pr_call_does(c, PR_ACTION_PTRACE_INTERRUPT);
	return d ? &d->interrupt : NULL;
}

bool pr_call_seccomp_traced(const struct pr_call *c)
{
	return c->seccomp && PR_SECCOMP_ACTION(c->seccomp) == SECCOMP_RET_TRACE;
}

const struct pr_tamper *pr_call_tamper(const struct pr_call *c)
{
	const struct pr_do *d = pr_call_does(c, PR_ACTION_TAMPER);

	return d ? d->tamper : NULL;
}

const unsigned char *pr_call_events(const struct pr_call *c)
{
	static const unsigned char none[2];
	const struct pr_do *d = pr_call_does(c, PR_ACTION_EVENTS);

	return d ? d->events : none;
}

void pr_expected_rolled_back(const struct pr_personality *p, const char *path, const struct pr_call *c, unsigned idx,
			     int64_t tracee_pid, int64_t *rval, bool *is_error)
{
	struct pr_raw_regs raw = { 0 };
	uint64_t args[6];

	for (unsigned a = 0; a < 6; a++)
		args[a] = pr_arg_value(p, c, idx, a, tracee_pid);
	p->rollback_leaves(path, pr_syscall_nr(p, c->sys), args, &raw);
	raw.ret &= pr_word_mask(p);
	p->decode_result(&raw, rval, is_error);
}
