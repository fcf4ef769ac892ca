/* Expectations more than one family needs: a call's result and arguments
 * as the personality reports them, the raw registers' agreement, a stop's
 * kind, the child an event made, the ABI a call speaks. */
#include <stdio.h>

#include "judge-expect.h"
#include "plan.h"
#include "payloads/stored-sp.h"

void expected_result(const struct judge *j, const struct pr_call *c, unsigned i, enum pr_expect e,
		     int64_t value, int64_t *rval, bool *is_error)
{
	int64_t pid = j->run->pid;

	if (e == PR_EXPECT_CHILD)
		value = judge_child_pid(j, i);
	if (e == PR_EXPECT_TID) /* the calling thread's */
		value = pr_call_does(c, PR_ACTION_WORKER) ? j->run->worker_tid : pid;
	if (e == PR_EXPECT_ROLLED_BACK) {
		pr_expected_rolled_back(j->p, j->run->path, c, i, pid, rval, is_error);
		return;
	}
	uint64_t args[6];

	pr_final_args(j->p, j->g->via, c, i, pid, args);
	pr_expected_result(j->p, j->g->via, e, value, args, pid, j->run->ppid, rval, is_error);
}

/* The bits of an argument register the info reports: the ABI's word, or
 * where the personality row documents it (wide_args_whole), the whole
 * register of a program whose registers are wider. */
static uint64_t reported_arg_mask(const struct judge *j)
{
	const struct pr_personality *prog = pr_run_program(j->run);

	return j->p->wide_args_whole && prog->word_bits > j->p->word_bits ? pr_word_mask(prog)
									     : pr_word_mask(j->p);
}

void expect_call_args(struct judge *j, const struct pr_call *c, unsigned idx,
		      const struct pr_info *info)
{
	char what[16];
	bool whole = false;

	for (unsigned a = 0; a < 6; a++) {
		uint64_t want = pr_arg_value(j->p, c, idx, a, j->run->pid);

		/* What the tracee put in the register (tracee/calls.c), as reported. */
		if (c->args[a].kind == PR_ARG_WIDE && j->p->word_bits < 64) {
			want = (want | PR_WIDE_GARBAGE) & pr_word_mask(pr_run_program(j->run)) & reported_arg_mask(j);
			whole |= reported_arg_mask(j) != pr_word_mask(j->p);
		}
		snprintf(what, sizeof(what), "args[%u]", a);
		expect_hex(j, what, want, info->args[a]);
	}
	if (whole)
		check_note(j, "whole registers expected: %s", j->p->wide_args_whole);
}

void expect_regs_agree(struct judge *j, const struct pr_stop *s, const struct pr_info *info)
{
	char what[40];

	expect_hex(j, "nr vs raw registers", s->regs.nr & j->p->nr_mask, info->nr);
	for (unsigned a = 0; a < 6; a++) {
		snprintf(what, sizeof(what), "args[%u] vs raw registers", a);
		if (a == 0 && j->p->regs_arg0_missing)
			check_note(j, "%s: not compared: %s", what, j->p->regs_arg0_missing);
		else
			expect_hex(j, what, s->regs.args[a] & reported_arg_mask(j), info->args[a]);
	}
}

bool expect_stop_kind(struct judge *j, int index, const struct pr_stop *s,
		      const struct pr_info *info)
{
	const struct pr_plan_stop *ps = &j->plan[index];
	bool ok = true;
	unsigned op;
	int status;

	pr_plan_stop_shape(j->p, j->g, ps, &status, &op);
	if (s->status != status) {
		check_fail(j, "stop %d (%s of %s): wait status expected %#x, seen %#x", index,
			   pr_stop_kind_name(ps->kind), pr_sys_name(ps->sys), status, s->status);
		ok = false;
	}
	if (info->op != op) {
		check_fail(j, "stop %d (%s of %s): op expected %s, seen %s (%u)", index,
			   pr_stop_kind_name(ps->kind), pr_sys_name(ps->sys), pr_info_op_name(op),
			   pr_info_op_name(info->op), info->op);
		ok = false;
	}
	return ok;
}

int64_t judge_child_pid(const struct judge *j, unsigned call)
{
	for (int k = (int)j->nplan - 1; k >= 0; k--) {
		const struct pr_plan_stop *ps = &j->plan[k];

		if (ps->kind == PR_STOP_EVENT && pr_event_makes_child(ps->event) && ps->call <= (int)call &&
		    (unsigned)k < j->run->nstops)
			return (int64_t)j->run->stops[k].eventmsg;
	}
	return 0;
}

const struct pr_personality *call_personality(const struct judge *j, const struct pr_call *c)
{
	return c && c->own_path ? pr_run_program(j->run) : j->p;
}

/* Exactly the address after the stub's trap instruction, as the tracee names
 * it; where it names none (the stops are in the vDSO), inside the range. */
void expect_ip_at_trap(struct judge *j, const struct pr_info *info)
{
	const struct pr_run *run = j->run;

	if (run->stub_trap)
		expect_hex(j, "instruction_pointer vs the address after the stub's trap", run->stub_trap,
			   info->instruction_pointer);
	else if (info->instruction_pointer < run->stub_begin || info->instruction_pointer > run->stub_end)
		check_fail(j, "instruction_pointer %#llx is outside the %s stub [%#llx, %#llx]",
			   (unsigned long long)info->instruction_pointer, run->path,
			   (unsigned long long)run->stub_begin, (unsigned long long)run->stub_end);
}

void expect_sp_stored(struct judge *j, const struct pr_stop *entry, const struct pr_info *info)
{
	if (!j->run->stub_sp_slot)
		return;
	if (!pr_stored_sp_of(entry)->stub_sp_read)
		check_fail(j, "the stack pointer the stub stored at %#llx could not be read",
			   (unsigned long long)j->run->stub_sp_slot);
	else
		expect_hex(j, "stack_pointer vs the sp the stub stored before its trap", pr_stored_sp_of(entry)->stub_sp,
			   info->stack_pointer);
}

bool expect_regs_read(struct judge *j, const struct pr_stop *s)
{
	if (s->regs_err)
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
	return !s->regs_err;
}

void expect_raw_ip(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	if (expect_regs_read(j, s))
		expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info->instruction_pointer);
}

void expect_raw_sp(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	if (expect_regs_read(j, s))
		expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info->stack_pointer);
}
