#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

#include "synth.h"
#include "payloads/change.h"
#include "payloads/exec.h"
#include "payloads/proc-syscall.h"
#include "payloads/refused.h"
#include "payloads/seen.h"
#include "payloads/sizes.h"
#include "payloads/stored-sp.h"
#include "payloads/unwind.h"

/* A syscall stop under PTRACE_O_TRACESYSGOOD, in the arch's numbering. */
#define SYSCALL_STOP(p) (pr_stopped((p), SIGTRAP) | 0x80 << 8)
#define TRACEE_PID 4242
#define TRACER_PID 4241
/* Where the stubs sit, and the two ia64 stacks the sp bug mixes up: the
 * memory stack (r12) and the register backing store (ar.bspstore).  Values
 * of the shape ia64 shows; other arches only need them distinct. */
#define STUB_BASE UINT64_C(0x4000000000000a00)
#define STUB_SIZE 0x60
#define STACK_POINTER UINT64_C(0x60000fffffffb3a0)
#define SCRATCH_SLOT UINT64_C(0x6000000000010000) /* the tracee's pr_stub_sp */
#define BACKING_STORE UINT64_C(0x600007ffff7f0d48)
/* Where a new image starts (exec event): its ELF entry and start_stack. */
#define ELF_ENTRY UINT64_C(0x4000000000000100)
#define START_STACK UINT64_C(0x60000ffffffff000)

/* The pid a correct kernel gives the child of call k (fork, vfork, clone). */
#define FIRST_CHILD (TRACEE_PID + 1)
static int64_t child_of(unsigned k)
{
	return FIRST_CHILD + (int64_t)k;
}

/* PR_EXPECT_CHILD: the child of the latest call up to idx that made one. */
static int64_t latest_child(const struct pr_group *g, unsigned idx)
{
	for (unsigned k = idx + 1; k-- > 0;)
		if (pr_event_makes_child(pr_call_events(&g->calls[k])[0]))
			return child_of(k);
	return 0;
}

/* 0ceb1ace4a27: the break path read the frame from its start, the seven
 * stub inputs (nr first), instead of from out0. */
static void args_from_frame_start(const struct pr_personality *p, const struct pr_run *run, int call,
				  struct pr_info *info, struct pr_stop *s)
{
	(void)s;
	if (info->op != PR_OP_ENTRY && info->op != PR_OP_SECCOMP)
		return;
	memmove(&info->args[1], &info->args[0], 5 * sizeof(info->args[0]));
	info->args[0] = pr_syscall_nr(p, run->group->calls[call].sys);
}

/* 61bf318eac2c: r8's positive errno passed through unnegated. */
static void errno_positive(const struct pr_personality *p, const struct pr_run *run, int call,
			   struct pr_info *info, struct pr_stop *s)
{
	(void)p;
	(void)run;
	(void)call;
	(void)s;
	if (info->op == PR_OP_EXIT && info->is_error)
		info->rval = -info->rval;
}

/* 7ad1e366167837da: stack_pointer was ar.bspstore, not r12. */
static void sp_from_backing_store(const struct pr_personality *p, const struct pr_run *run, int call,
				  struct pr_info *info, struct pr_stop *s)
{
	(void)p;
	(void)run;
	(void)call;
	(void)s;
	info->stack_pointer = BACKING_STORE;
}

static bool skipped_by_tracer(const struct pr_call *c)
{
	return pr_call_tamper(c) && pr_call_tamper(c)->nr_change == PR_TAMPER_NR_SKIP;
}

/* 61119394631f (riscv, 52449c17bdd1 to it): a0 was set to -ENOSYS only for
 * numbers other than -1, so a call the tracer skipped returned a0 as the
 * tracee left it, its first argument; the next call reports that. */
static void skip_returns_arg0(const struct pr_personality *p, const struct pr_run *run, int call,
			      struct pr_info *info, struct pr_stop *s)
{
	const struct pr_call *c = call >= 0 ? &run->group->calls[call] : NULL;

	if (!c)
		return;
	if (info->op == PR_OP_EXIT && skipped_by_tracer(c)) {
		uint64_t a0 = pr_arg_value(p, c, (unsigned)call, 0, run->pid);

		info->rval = (int64_t)a0;
		info->is_error = a0 >= (uint64_t)-4095;
		p->encode_result(info->rval, info->is_error, &s->regs);
	} else if (info->op == PR_OP_ENTRY && call > 0 && c->args[0].kind == PR_ARG_LAST &&
		   skipped_by_tracer(c - 1)) {
		info->args[0] = pr_arg_value(p, c - 1, (unsigned)call - 1, 0, run->pid);
	}
}

/* d72500f99284: syscall_get_error() read CR0.SO for scv too, which the
 * kernel never sets on that path, so a failing scv call was a success
 * returning the raw r3, -errno. */
static void error_flag_from_cr0_so(const struct pr_personality *p, const struct pr_run *run, int call,
				   struct pr_info *info, struct pr_stop *s)
{
	(void)p;
	(void)run;
	(void)call;
	(void)s;
	if (info->op == PR_OP_EXIT && info->is_error)
		info->is_error = 0;
}

const struct pr_synth_bug pr_synth_bugs[] = {
	{ "0ceb1ace4a27", "break", args_from_frame_start },
	{ "61bf318eac2c", NULL, errno_positive },
	{ "7ad1e366167837da", NULL, sp_from_backing_store },
	{ "61119394631f", NULL, skip_returns_arg0 },
	{ "d72500f99284", "scv", error_flag_from_cr0_so },
	{ NULL, NULL, NULL },
};

const struct pr_synth_bug *pr_synth_bug_find(const char *commit)
{
	for (const struct pr_synth_bug *b = pr_synth_bugs; b->commit; b++)
		if (strcmp(b->commit, commit) == 0)
			return b;
	return NULL;
}

/* Apply the bug (if it touches this path), encode the info, and mark the
 * stop as probed at every buffer size by a kernel that honours them all. */
static void finish_stop(const struct pr_personality *p, const struct pr_run *run, int call,
			const struct pr_synth_bug *bug, struct pr_info *info, struct pr_stop *s, bool sized)
{
	struct pr_sizes *z;

	if (bug && (!bug->path || strcmp(bug->path, run->path) == 0))
		bug->apply(p, run, call, info, s);
	s->info_ret = (int64_t)pr_info_encode(info, p->big_endian, s->info);
	if (!sized)
		return;
	z = pr_sizes_make(s);
	z->sized = true;
	for (unsigned size = 0; size <= PR_INFO_SIZE; size++) {
		z->size_ret[size] = s->info_ret;
		z->size_flags[size] = PR_SIZE_PREFIX_OK | PR_SIZE_REST_UNTOUCHED;
	}
}

/* What a call returns: its own outcome, or what its tamper makes it return. */
static void result_of(const struct pr_personality *p, const struct pr_run *run, unsigned idx,
		      int64_t *rval, bool *is_error)
{
	const struct pr_call *c = &run->group->calls[idx];
	const struct pr_tamper *t = pr_call_tamper(c);
	bool in_worker = pr_call_does(c, PR_ACTION_WORKER);
	uint64_t args[6];

	enum pr_expect e = t ? t->observe : c->expect;
	int64_t value = t ? t->observe_value : e == PR_EXPECT_CHILD ? latest_child(run->group, idx)
			: e == PR_EXPECT_TID ? (in_worker ? run->worker_tid : run->pid) : c->value;

	if (e == PR_EXPECT_ROLLED_BACK) {
		pr_expected_rolled_back(p, run->path, c, idx, run->pid, rval, is_error);
		return;
	}
	if (e == PR_EXPECT_TABLE_END) { /* its first result; unchanged where the end is unknown */
		const struct pr_table_end *end = pr_run_table_end(run, NULL, 0);
		int64_t r = end ? end->results[0].result : 0;

		e = !end ? c->expect : r < 0 ? PR_EXPECT_ERRNO : PR_EXPECT_VALUE;
		value = !end ? c->value : r < 0 ? -r : r;
	}
	pr_final_args(p, run->group->via, c, idx, run->pid, args);
	pr_expected_result(p, run->group->via, e, value, args, run->pid, run->ppid, rval, is_error);
}

static void entry_info(const struct pr_personality *p, const struct pr_run *run, unsigned i,
		       enum pr_sys sys, struct pr_info *info)
{
	const struct pr_group *g = run->group;
	const struct pr_call *c = &g->calls[i];

	info->nr = pr_expected_nr(p, sys);
	for (unsigned a = 0; a < 6; a++)
		info->args[a] = pr_arg_value(p, c, i, a, run->pid);
	if (i > 0 && c->args[0].kind == PR_ARG_LAST) {
		int64_t rval;
		bool err;

		result_of(p, run, i - 1, &rval, &err);
		info->args[0] = (uint64_t)rval & pr_word_mask(p);
	}
}

static void unwound(const struct pr_run *run, const struct pr_personality *p,
		    const struct pr_info *info, struct pr_stop *stop)
{
	struct pr_unwound *s = pr_unwind_make(stop);

	s->unwind_status = PR_UNWIND_OK;
	s->unwind_ip = info->instruction_pointer + (uint64_t)p->unwind_ip_offset;
	s->unwind_sp = info->stack_pointer;
	snprintf(s->unwind_proc, sizeof(s->unwind_proc), "pr_stub_%s", run->path);
	s->unwind_depth = 2;
	snprintf(s->unwind_bt, sizeof(s->unwind_bt), "#0 %#llx pr_stub_%s+0x10\n#1 0x4018f2 main+0x52",
		 (unsigned long long)s->unwind_ip, run->path);
}

/* What every stop shows: arch, pc inside the stub, sp on the memory stack. */
static void base_stop(const struct pr_personality *p, const struct pr_run *run, int status,
		      unsigned op, struct pr_stop *s, struct pr_info *info)
{
	memset(info, 0, sizeof(*info));
	s->status = status;
	s->regs.trap = p->path_trap[pr_personality_path(p, run->path)]; /* how this path's calls enter */
	s->regs.pc = run->stub_end - 0x10;
	s->regs.sp = STACK_POINTER & pr_word_mask(p);
	info->op = (uint8_t)op;
	info->arch = p->audit_arch;
	info->instruction_pointer = s->regs.pc;
	info->stack_pointer = s->regs.sp;
}

/* An event stop's message: the exec's (its call's events action gives the
 * others'). */
static void event_state(const struct pr_personality *p, const struct pr_run *run, const struct pr_plan_stop *ps,
			struct pr_info *info, struct pr_stop *s)
{
	s->eventmsg = 0;
	if (ps->event == PTRACE_EVENT_EXIT) {
		struct pr_run_end end;

		pr_expected_end(p, run->group, run->pid, run->ppid, &end);
		s->eventmsg = pr_exit_event_message(&end, run->end_core);
	}
	if (ps->event == PTRACE_EVENT_EXEC) {
		s->eventmsg = (uint64_t)run->pid;
		struct pr_exec *x = pr_exec_make(s);

		s->regs.pc = info->instruction_pointer = x->elf_entry = ELF_ENTRY & pr_word_mask(p);
		s->regs.sp = info->stack_pointer = x->start_stack = START_STACK & pr_word_mask(p);
	}
}

/* The destination areas as the tracee's memory holds them before call i:
 * filled by each changed process_vm_writev before it. */
static void dest_before(const struct pr_group *g, unsigned i, uint8_t dest[2 * PR_DEST_SIZE])
{
	memset(dest, 0, 2 * PR_DEST_SIZE);
	for (unsigned k = 0; k < i; k++) {
		int area = pr_tamper_dest_area(pr_call_tamper(&g->calls[k]));

		if (area >= 0)
			pr_iov_dest_expected(dest + area * PR_DEST_SIZE);
	}
}

/* What a correct kernel leaves for the checks that read more than the
 * info: the refusals made at the stop, the tracee's memory at an entry. */
static void after_info(const struct pr_personality *p, const struct pr_run *run, const struct pr_plan_stop *ps,
		       struct pr_stop *s)
{
	const struct pr_group *g = run->group;

	if (pr_plan_refuses(g, ps)) {
		struct pr_refused *rf = pr_refused_make(s);
		unsigned op;
		int status;

		pr_plan_stop_shape(p, g, ps, &status, &op);
		rf->refused = true;
		for (unsigned r = 0; r < PR_REFUSALS_MAX; r++) {
			int e = r < pr_nrefusals ? pr_refusal_error(&pr_refusals[r], op) : -1;

			rf->refusal_ret[r] = e < 0 ? 1 : -e;
		}
		rf->refusal_after_ret = s->info_ret;
		memcpy(rf->refusal_after, s->info, sizeof(rf->refusal_after));
	}
	if ((g->checks & (PR_CHECK_TAMPER | PR_CHECK_NOTIF)) && ps->kind == PR_STOP_ENTRY && ps->call >= 0) {
		const struct pr_call *c = &g->calls[ps->call];
		struct pr_seen *seen = pr_seen_make(s);
		struct pr_info info;

		seen->seen_read = true;
		pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, &info);
		if (c->args[0].kind == PR_ARG_LAST) /* what it passes on is what it stored */
			seen->seen_result = info.args[0];
		else if (ps->call > 0) {
			int64_t rval;
			bool is_error;

			result_of(p, run, (unsigned)ps->call - 1, &rval, &is_error);
			seen->seen_result = (uint64_t)rval & pr_word_mask(p);
		}
		dest_before(g, (unsigned)ps->call, seen->seen_dest);
	}
}

/* Each of the stop's call's actions, in one phase. */
static void actions_synth(const struct pr_synth_ctx *x, enum pr_synth_phase ph, struct pr_info *info,
			  struct pr_stop *s)
{
	const struct pr_plan_stop *ps = &x->plan[x->k];
	const struct pr_call *c = ps->call >= 0 ? &x->run->group->calls[ps->call] : NULL;

	for (unsigned d = 0; c && d < PR_DOES_MAX && c->does[d].id; d++)
		if (pr_actions[c->does[d].id]->synth)
			pr_actions[c->does[d].id]->synth(x, &c->does[d], ph, info, s);
}

/* One stop of the plan, as a correct kernel shows it. */
static void synth_stop(const struct pr_personality *p, const struct pr_run *run,
		       const struct pr_plan_stop *plan, unsigned k, const struct pr_synth_bug *bug, bool sized,
		       struct pr_stop *s)
{
	const struct pr_synth_ctx x = { p, run, plan, k, FIRST_CHILD };
	const struct pr_plan_stop *ps = &plan[k];
	const struct pr_group *g = run->group;
	const struct pr_call *c = ps->call >= 0 ? &g->calls[ps->call] : NULL;
	struct pr_info info;
	int64_t rval = 0;
	bool is_error = false;

	base_stop(p, run, SYSCALL_STOP(p), PR_OP_NONE, s, &info);
	actions_synth(&x, PR_SYNTH_FRAME, &info, s);
	switch (ps->kind) {
	case PR_STOP_ENTRY:
	case PR_STOP_SECCOMP:
		info.op = ps->kind == PR_STOP_ENTRY ? PR_OP_ENTRY : PR_OP_SECCOMP;
		entry_info(p, run, (unsigned)ps->call, ps->sys, &info);
		s->regs.nr = pr_syscall_nr(p, ps->sys);
		memcpy(s->regs.args, info.args, sizeof(info.args));
		if (p->regs_arg0_missing)
			s->regs.args[0] = 0; /* as the arch's reader leaves it */
		if (ps->kind == PR_STOP_ENTRY) { /* what the stub stored before its trap */
			struct pr_stored_sp *st = pr_stored_sp_make(s);

			st->stub_sp_read = true;
			st->stub_sp = s->regs.sp;
		}
		if (ps->kind == PR_STOP_SECCOMP) {
			s->status = pr_stopped(p, SIGTRAP) | 7 /* PTRACE_EVENT_SECCOMP */ << 16;
			info.ret_data = PR_SECCOMP_DATA(c->seccomp);
			s->eventmsg = info.ret_data;
		}
		break;
	case PR_STOP_EXIT:
		info.op = PR_OP_EXIT;
		if (ps->sys != PR_SYS_rt_sigreturn)
			result_of(p, run, (unsigned)ps->call, &rval, &is_error);
		info.rval = rval;
		info.is_error = is_error;
		s->regs.nr = pr_syscall_nr(p, ps->sys);
		p->encode_result(rval, is_error, &s->regs);
		break;
	case PR_STOP_SIGNAL:
	case PR_STOP_EVENT: {
		unsigned op;

		pr_plan_stop_shape(p, g, ps, &s->status, &op);
		if (ps->kind == PR_STOP_EVENT)
			event_state(p, run, ps, &info, s);
		break;
	}
	default:
		s->status = pr_stopped(p, SIGSTOP);
		s->regs.nr = pr_syscall_nr(p, PR_SYS_tgkill);
		break;
	}
	actions_synth(&x, PR_SYNTH_INFO, &info, s);
	if (g->no_sysgood && (ps->kind == PR_STOP_ENTRY || ps->kind == PR_STOP_EXIT)) {
		unsigned op;

		pr_plan_stop_shape(p, g, ps, &s->status, &op);
		info.op = (uint8_t)op;
	}
	actions_synth(&x, PR_SYNTH_RECORD, &info, s);
	if (ps->kind == PR_STOP_ENTRY && (g->checks & PR_CHECK_UNWIND))
		unwound(run, p, &info, s);
	finish_stop(p, run, ps->call, bug, &info, s, sized);
	actions_synth(&x, PR_SYNTH_ENCODED, &info, s);
	after_info(p, run, ps, s);
}

static void info_at(const struct pr_personality *p, const struct pr_stop *s, struct pr_info *info)
{
	const struct pr_change *ch = pr_change_of(s);

	if (ch->tampered && ch->after_ret > 0)
		pr_change_after(ch, p->big_endian, info);
	else
		pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, info);
}

/* /proc/PID/syscall at each syscall stop, as a correct kernel prints it from
 * the registers GET reads (bugs and all, the same hooks): at an entry or
 * seccomp stop GET's nr, args, sp and pc; at an exit stop the nr and args
 * of the call's last entry or seccomp stop (after a change made there), the
 * exit's sp and pc; x86's -1 in a frame rt_sigreturn restored or an image
 * execve made (restore_sigcontext(), start_thread()). */
static void proc_lines(const struct pr_personality *p, const struct pr_run *run, const struct pr_plan_stop *plan,
		       unsigned n)
{
	struct pr_proc_view v = { PR_PROC_SYSCALL, -1, { 0 }, 0, 0 };

	for (unsigned k = 0; k < n; k++) {
		struct pr_info info;

		if (!pr_plan_reads_proc_syscall(run->group, &plan[k]))
			continue;
		pr_info_decode(run->stops[k].info, (size_t)run->stops[k].info_ret, p->big_endian, &info);
		if (pr_plan_after_fault(run->group, &plan[k])) { /* in no syscall */
			struct pr_proc_view fault = { PR_PROC_NO_SYSCALL, -1, { 0 }, info.stack_pointer,
						      info.instruction_pointer };

			pr_proc_syscall_format(&fault, pr_proc_syscall_make(&run->stops[k])->line, PR_PROC_LINE_MAX);
			continue;
		}
		if (plan[k].kind != PR_STOP_EXIT && info.op == PR_OP_NONE) /* no PTRACE_O_TRACESYSGOOD */
			entry_info(p, run, (unsigned)plan[k].call, plan[k].sys, &info);
		if (plan[k].kind != PR_STOP_EXIT) {
			v.nr = (int32_t)info.nr;
			memcpy(v.args, info.args, sizeof(v.args));
		}
		if (plan[k].kind == PR_STOP_EXIT && (plan[k].sys == PR_SYS_rt_sigreturn || plan[k].sys == PR_SYS_execve))
			v.nr = -1;
		v.sp = info.stack_pointer;
		v.pc = info.instruction_pointer;
		pr_proc_syscall_format(&v, pr_proc_syscall_make(&run->stops[k])->line, PR_PROC_LINE_MAX);
		if (plan[k].kind != PR_STOP_EXIT && info.op != PR_OP_NONE) { /* what the exit stop after a change there says */
			info_at(p, &run->stops[k], &info);
			v.nr = (int32_t)info.nr;
			memcpy(v.args, info.args, sizeof(v.args));
		}
	}
}

void pr_synth_run(const struct pr_personality *p, const char *path, const struct pr_group *g,
		  const struct pr_synth_bug *bug, struct pr_run *run)
{
	pr_synth_run_of(p, path, g, bug, NULL, run);
}

void pr_synth_run_of(const struct pr_personality *p, const char *path, const struct pr_group *g,
		     const struct pr_synth_bug *bug, const char *uts_version, struct pr_run *run)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan), path_index = pr_personality_path(p, path);
	struct pr_run_end end;

	memset(run, 0, sizeof(*run));
	run->pers = p;
	run->path = p->paths[path_index];
	run->group = g;
	snprintf(run->program, sizeof(run->program), "%s", p->name);
	snprintf(run->machine, sizeof(run->machine), "%s", p->name);
	snprintf(run->release, sizeof(run->release), "synthesised%s%s", bug ? "-" : "",
		 bug ? bug->commit : "");
	snprintf(run->uts_version, sizeof(run->uts_version), "%s", uts_version ? uts_version : "");
	run->pid = TRACEE_PID;
	run->ppid = TRACER_PID;
	run->stub_begin = STUB_BASE + path_index * 0x100;
	run->stub_end = run->stub_begin + STUB_SIZE;
	run->stub_trap = run->stub_end - 0x10; /* where base_stop() puts every stop */
	run->stub_sp_slot = SCRATCH_SLOT;
	run->worker_tid = g->threads ? TRACEE_PID + 50 : 0;
	if (!pr_run_alloc_stops(run, n))
		abort();
	run->nstops = n;
	run->set_probed = g->via == PR_VIA_SET_INFO && (g->checks & PR_CHECK_TAMPER);
	pr_expected_end(p, g, run->pid, run->ppid, &end);
	run->end = end.end;
	run->end_code = end.code;
	snprintf(run->end_msg, sizeof(run->end_msg), end.end == PR_END_EXITED ? "exited with status %d"
		 : "killed by signal %d", end.code);
	for (unsigned k = 0; k < n; k++)
		synth_stop(p, run, plan, k, bug, pr_plan_sized(g, plan, k), &run->stops[k]);
	proc_lines(p, run, plan, n);
}

void synth_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run)
{
	pr_synth_run(p, p->paths[0], g, NULL, run);
}

void synth_run_of(const struct pr_personality *p, const struct pr_group *g, const char *uts_version,
		  struct pr_run *run)
{
	pr_synth_run_of(p, p->paths[0], g, NULL, uts_version, run);
}

void synth_free(struct pr_run *run)
{
	pr_run_free(run);
}

void synth_edit(const struct pr_run *run, unsigned i, void (*fn)(struct pr_info *, void *), void *arg)
{
	struct pr_info info;
	struct pr_stop *s = &run->stops[i];

	pr_info_decode(s->info, (size_t)s->info_ret, run->pers->big_endian, &info);
	fn(&info, arg);
	s->info_ret = (int64_t)pr_info_encode(&info, run->pers->big_endian, s->info);
	{
		/* /proc/PID/syscall reads the same hooks: it says what the edit made. */
		struct pr_plan_stop plan[PR_PLAN_MAX];
		unsigned n = pr_plan(run->group, plan);

		proc_lines(run->pers, run, plan, n < run->nstops ? n : run->nstops);
	}
}
