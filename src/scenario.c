#include "scenario.h"

#include <string.h>

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
	const struct pr_arg *a = &c->args[i];
	uint64_t v = 0;

	switch (a->kind) {
	case PR_ARG_ZERO: v = 0; break;
	case PR_ARG_VAL: v = (uint64_t)a->val; break;
	case PR_ARG_PAT: v = pr_pattern((unsigned)a->val); break;
	case PR_ARG_STR: v = p->scratch_addr + (uint64_t)idx * PR_SCRATCH_STR_SLOT; break;
	case PR_ARG_BUF: v = p->scratch_addr + PR_SCRATCH_BUF; break;
	case PR_ARG_FAULT: v = p->scratch_addr + PR_SCRATCH_SIZE; break;
	case PR_ARG_MOVABLE: v = p->scratch_addr + PR_SCRATCH_MOVABLE; break;
	case PR_ARG_UNMAPPED: v = p->scratch_addr + PR_SCRATCH_UNMAPPED; break;
	case PR_ARG_PID: v = (uint64_t)tracee_pid; break;
	case PR_ARG_HIGH: v = p->high_addr; break;
	case PR_ARG_LARGE: v = p->large_offset; break;
	}
	return v & pr_word_mask(p);
}

const struct pr_group *pr_group_find(const char *name)
{
	for (unsigned i = 0; i < pr_ngroups; i++)
		if (strcmp(pr_groups[i].name, name) == 0)
			return &pr_groups[i];
	return NULL;
}
