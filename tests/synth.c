#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "synth.h"

#define SYSCALL_STOP ((SIGTRAP | 0x80) << 8 | 0x7f)
#define SIGSTOP_STOP (SIGSTOP << 8 | 0x7f)
#define TRACEE_PID 4242
#define TRACER_PID 4241
/* Where the stubs sit, and the two ia64 stacks the sp bug mixes up: the
 * memory stack (r12) and the register backing store (ar.bspstore).  Values
 * of the shape ia64 shows; other arches only need them distinct. */
#define STUB_BASE UINT64_C(0x4000000000000a00)
#define STUB_SIZE 0x60
#define STACK_POINTER UINT64_C(0x60000fffffffb3a0)
#define BACKING_STORE UINT64_C(0x600007ffff7f0d48)

/* 0ceb1ace4a27: the break path read the frame from its start, the seven
 * stub inputs (nr first), instead of from out0. */
static void args_from_frame_start(const struct pr_personality *p, const struct pr_call *c,
				  struct pr_info *info)
{
	if (info->op != PR_OP_ENTRY)
		return;
	memmove(&info->args[1], &info->args[0], 5 * sizeof(info->args[0]));
	info->args[0] = pr_syscall_nr(p, c->sys);
}

/* 61bf318eac2c: r8's positive errno passed through unnegated. */
static void errno_positive(const struct pr_personality *p, const struct pr_call *c,
			   struct pr_info *info)
{
	(void)p;
	(void)c;
	if (info->op == PR_OP_EXIT && info->is_error)
		info->rval = -info->rval;
}

/* 7ad1e366167837da: stack_pointer was ar.bspstore, not r12. */
static void sp_from_backing_store(const struct pr_personality *p, const struct pr_call *c,
				  struct pr_info *info)
{
	(void)p;
	(void)c;
	info->stack_pointer = BACKING_STORE;
}

const struct pr_synth_bug pr_synth_bugs[] = {
	{ "0ceb1ace4a27", "break", args_from_frame_start },
	{ "61bf318eac2c", NULL, errno_positive },
	{ "7ad1e366167837da", NULL, sp_from_backing_store },
	{ NULL, NULL, NULL },
};

const struct pr_synth_bug *pr_synth_bug_find(const char *commit)
{
	for (const struct pr_synth_bug *b = pr_synth_bugs; b->commit; b++)
		if (strcmp(b->commit, commit) == 0)
			return b;
	return NULL;
}

static void finish_stop(const struct pr_personality *p, const struct pr_call *c,
			const struct pr_synth_bug *bug, const char *path, struct pr_info *info,
			struct pr_stop *s, bool sized)
{
	uint8_t full[PR_INFO_SIZE];

	if (bug && (!bug->path || strcmp(bug->path, path) == 0))
		bug->apply(p, c, info);
	s->info_ret = (int64_t)pr_info_encode(info, p->big_endian, full);
	memcpy(s->info, full, (size_t)s->info_ret);
	if (!sized)
		return;
	/* A kernel that honours every buffer size. */
	s->sized = true;
	for (unsigned size = 0; size <= PR_INFO_SIZE; size++) {
		s->size_ret[size] = s->info_ret;
		s->size_flags[size] = PR_SIZE_PREFIX_OK | PR_SIZE_REST_UNTOUCHED;
	}
}

static void base_stop(const struct pr_personality *p, const struct pr_run *run, int status,
		      unsigned op, struct pr_stop *s, struct pr_info *info)
{
	memset(info, 0, sizeof(*info));
	s->status = status;
	s->regs.pc = run->stub_end - 0x10;
	s->regs.sp = STACK_POINTER & pr_word_mask(p);
	info->op = (uint8_t)op;
	info->arch = p->audit_arch;
	info->instruction_pointer = s->regs.pc;
	info->stack_pointer = s->regs.sp;
}

void pr_synth_run(const struct pr_personality *p, const char *path, const struct pr_group *g,
		  const struct pr_synth_bug *bug, struct pr_run *run)
{
	bool sized = g->checks & PR_CHECK_INFO_SIZE;
	unsigned path_index = 0;
	struct pr_info info;
	struct pr_stop *s;

	while (path_index < 3 && p->paths[path_index] && strcmp(p->paths[path_index], path) != 0)
		path_index++;
	memset(run, 0, sizeof(*run));
	run->pers = p;
	run->path = p->paths[path_index];
	run->group = g;
	snprintf(run->machine, sizeof(run->machine), "%s", p->name);
	snprintf(run->release, sizeof(run->release), "synthesised%s%s", bug ? "-" : "",
		 bug ? bug->commit : "");
	run->pid = TRACEE_PID;
	run->ppid = TRACER_PID;
	run->stub_begin = STUB_BASE + path_index * 0x100;
	run->stub_end = run->stub_begin + STUB_SIZE;
	run->nstops = pr_expected_stops(g);
	run->stops = calloc(run->nstops, sizeof(*run->stops));
	run->end = PR_END_EXITED;
	snprintf(run->end_msg, sizeof(run->end_msg), "exited with status 0");
	if (!run->stops)
		abort();

	s = &run->stops[0];
	base_stop(p, run, SIGSTOP_STOP, PR_OP_NONE, s, &info);
	s->regs.nr = pr_syscall_nr(p, PR_SYS_kill);
	finish_stop(p, NULL, bug, path, &info, s, sized);

	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_call *c = &g->calls[i];
		int64_t rval;
		bool is_error;

		s = &run->stops[1 + 2 * i];
		base_stop(p, run, SYSCALL_STOP, PR_OP_ENTRY, s, &info);
		s->regs.nr = pr_syscall_nr(p, c->sys);
		info.nr = pr_expected_nr(p, c->sys);
		for (unsigned a = 0; a < 6; a++)
			s->regs.args[a] = info.args[a] = pr_arg_value(p, c, i, a, run->pid);
		finish_stop(p, c, bug, path, &info, s, sized && i == 0);

		s = &run->stops[2 + 2 * i];
		base_stop(p, run, SYSCALL_STOP, PR_OP_EXIT, s, &info);
		s->regs.nr = pr_syscall_nr(p, c->sys);
		pr_expected_result(p, c, run->pid, run->ppid, &rval, &is_error);
		info.rval = rval;
		info.is_error = is_error;
		p->encode_result(rval, is_error, &s->regs);
		finish_stop(p, c, bug, path, &info, s, sized && i == 0);
	}
}

void synth_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run)
{
	pr_synth_run(p, p->paths[0], g, NULL, run);
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
