#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "synth.h"

/* Result registers as the arch convention stores (rval, is_error): the
 * negative-errno conventions keep rval in the return register. */
static void result_regs(const struct pr_personality *p, int64_t rval, struct pr_raw_regs *r)
{
	r->ret = (uint64_t)rval & pr_word_mask(p);
}

static void put(const struct pr_personality *p, struct pr_stop *s, const struct pr_info *info)
{
	s->info_ret = (int64_t)pr_info_encode(info, p->big_endian, s->info);
	s->regs.pc = info->instruction_pointer;
	s->regs.sp = info->stack_pointer;
}

static void sizes(struct pr_stop *s)
{
	s->sized = true;
	for (unsigned size = 0; size <= PR_INFO_SIZE; size++) {
		s->size_ret[size] = s->info_ret;
		s->size_flags[size] = PR_SIZE_PREFIX_OK | PR_SIZE_REST_UNTOUCHED;
	}
}

static int64_t outcome(const struct pr_personality *p, const struct pr_call *c, bool *is_error)
{
	*is_error = c->expect == PR_EXPECT_ERRNO;
	switch (c->expect) {
	case PR_EXPECT_PID: return SYNTH_PID;
	case PR_EXPECT_PPID: return SYNTH_PPID;
	case PR_EXPECT_HIGH: return (int64_t)p->high_addr;
	case PR_EXPECT_LARGE: return (int64_t)p->large_offset;
	case PR_EXPECT_ERRNO: return -c->value;
	default: return c->value;
	}
}

void synth_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run)
{
	struct pr_info info = { .arch = p->audit_arch, .instruction_pointer = SYNTH_STUB + 0x10,
				.stack_pointer = SYNTH_SP };

	memset(run, 0, sizeof(*run));
	run->pers = p;
	run->path = p->paths[0];
	run->group = g;
	strcpy(run->machine, "synth");
	strcpy(run->release, "0.0-synth");
	run->pid = SYNTH_PID;
	run->ppid = SYNTH_PPID;
	run->stub_begin = SYNTH_STUB;
	run->stub_end = SYNTH_STUB + 0x40;
	run->nstops = pr_expected_stops(g);
	run->stops = calloc(run->nstops, sizeof(*run->stops));
	run->end = PR_END_EXITED;

	info.op = PR_OP_NONE;
	run->stops[0].status = SIGSTOP << 8 | 0x7f;
	put(p, &run->stops[0], &info);
	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_call *c = &g->calls[i];
		struct pr_stop *in = &run->stops[1 + 2 * i], *out = &run->stops[2 + 2 * i];
		bool is_error;

		info.op = PR_OP_ENTRY;
		info.nr = pr_expected_nr(p, c->sys);
		for (unsigned a = 0; a < 6; a++)
			info.args[a] = pr_arg_value(p, c, i, a, SYNTH_PID);
		in->status = out->status = (SIGTRAP | 0x80) << 8 | 0x7f;
		put(p, in, &info);
		in->regs.nr = info.nr;
		memcpy(in->regs.args, info.args, sizeof(info.args));

		info.op = PR_OP_EXIT;
		info.rval = outcome(p, c, &is_error);
		info.is_error = is_error;
		put(p, out, &info);
		result_regs(p, info.rval, &out->regs);
	}
	if (g->checks & PR_CHECK_INFO_SIZE)
		for (unsigned k = 0; k < 3 && k < run->nstops; k++)
			sizes(&run->stops[k]);
}

void synth_free(struct pr_run *run)
{
	free(run->stops);
	run->stops = NULL;
}

void synth_edit(const struct pr_run *run, unsigned i, void (*fn)(struct pr_info *, void *), void *arg)
{
	struct pr_info info;
	struct pr_stop *s = &run->stops[i];

	pr_info_decode(s->info, (size_t)s->info_ret, run->pers->big_endian, &info);
	fn(&info, arg);
	s->info_ret = (int64_t)pr_info_encode(&info, run->pers->big_endian, s->info);
}
