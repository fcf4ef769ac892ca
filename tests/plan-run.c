#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "plan-run.h"

static void put(uint8_t *b, size_t off, size_t width, uint64_t v, bool be)
{
	for (size_t i = 0; i < width; i++)
		b[be ? off + width - 1 - i : off + i] = (uint8_t)(v >> (8 * i));
}

void fab_encode(const struct pr_personality *p, const struct pr_info *info, uint8_t *b,
		int64_t *size)
{
	const size_t u = PR_INFO_OFF_UNION;
	bool be = p->big_endian;

	memset(b, 0, PR_INFO_BUF);
	put(b, 0, 1, info->op, be);
	put(b, 4, 4, info->arch, be);
	put(b, 8, 8, info->instruction_pointer, be);
	put(b, 16, 8, info->stack_pointer, be);
	if (info->op == PR_OP_ENTRY || info->op == PR_OP_SECCOMP) {
		put(b, u, 8, info->nr, be);
		for (size_t a = 0; a < 6; a++)
			put(b, u + 8 + 8 * a, 8, info->args[a], be);
		if (info->op == PR_OP_SECCOMP)
			put(b, u + 56, 4, info->ret_data, be);
	} else if (info->op == PR_OP_EXIT) {
		put(b, u, 8, (uint64_t)info->rval, be);
		put(b, u + 8, 1, info->is_error, be);
	}
	*size = (int64_t)pr_info_size_for_op(info->op);
}

static int64_t outcome(const struct pr_personality *p, enum pr_expect e, int64_t v, bool *is_error)
{
	*is_error = e == PR_EXPECT_ERRNO;
	switch (e) {
	case PR_EXPECT_PID: return FAB_PID;
	case PR_EXPECT_PPID: return FAB_PPID;
	case PR_EXPECT_HIGH: return (int64_t)p->high_addr;
	case PR_EXPECT_LARGE: return (int64_t)p->large_offset;
	case PR_EXPECT_ERRNO: return -v;
	default: return v;
	}
}

/* What call i returns: its own outcome, or what its tamper makes it return. */
static int64_t result_of(const struct pr_personality *p, const struct pr_call *c, bool *is_error)
{
	if (c->tamper)
		return outcome(p, c->tamper->observe, c->tamper->observe_value, is_error);
	return outcome(p, c->expect, c->value, is_error);
}

static void entry_info(const struct pr_personality *p, const struct pr_group *g, unsigned i,
		       enum pr_sys sys, struct pr_info *info)
{
	const struct pr_call *c = &g->calls[i];
	bool err;

	info->nr = pr_expected_nr(p, sys);
	for (unsigned a = 0; a < 6; a++)
		info->args[a] = pr_arg_value(p, c, i, a, FAB_PID);
	if (i > 0 && c->args[0].kind == PR_ARG_LAST)
		info->args[0] = (uint64_t)result_of(p, &g->calls[i - 1], &err) & pr_word_mask(p);
}

/* The tamper's effect on the info, as a working kernel reads it back. */
static void tampered(const struct pr_personality *p, const struct pr_call *c, unsigned i,
		     const struct pr_info *before, struct pr_stop *s)
{
	const struct pr_tamper *t = c->tamper;
	struct pr_info after = *before;

	if (t->at == PR_STOP_EXIT) {
		after.rval = t->rval;
		after.is_error = t->is_error;
	} else {
		if (t->nr_change == PR_TAMPER_NR_SKIP)
			after.nr = UINT64_MAX & p->nr_mask;
		else if (t->nr_change == PR_TAMPER_NR_SET)
			after.nr = pr_expected_nr(p, t->nr);
		for (unsigned a = 0; a < 6; a++)
			if (t->args_mask & (1u << a))
				after.args[a] = pr_arg_eval(p, &t->args[a], i, FAB_PID);
	}
	s->tampered = true;
	fab_encode(p, &after, s->after, &s->after_ret);
}

static void fab_stop_at(const struct pr_personality *p, const struct pr_group *g,
			const struct pr_plan_stop *ps, struct pr_stop *s)
{
	const struct pr_call *c = ps->call >= 0 ? &g->calls[ps->call] : NULL;
	bool rt = ps->sys == PR_SYS_rt_sigreturn, alt = c && c->altstack && rt;
	struct pr_info info = { .arch = p->audit_arch, .instruction_pointer = FAB_IP };
	bool err;

	info.stack_pointer = alt ? p->scratch_addr + PR_SCRATCH_ALTSTACK + 0x800 : FAB_SP;
	switch (ps->kind) {
	case PR_STOP_ENTRY:
		s->status = (SIGTRAP | 0x80) << 8 | 0x7f;
		info.op = PR_OP_ENTRY;
		entry_info(p, g, (unsigned)ps->call, ps->sys, &info);
		break;
	case PR_STOP_EXIT:
		s->status = (SIGTRAP | 0x80) << 8 | 0x7f;
		info.op = PR_OP_EXIT;
		info.rval = rt ? 0 : result_of(p, c, &err);
		info.is_error = !rt && err;
		break;
	case PR_STOP_SECCOMP:
		s->status = (SIGTRAP | 7 /* PTRACE_EVENT_SECCOMP */ << 8) << 8 | 0x7f;
		info.op = PR_OP_SECCOMP;
		entry_info(p, g, (unsigned)ps->call, ps->sys, &info);
		info.ret_data = PR_SECCOMP_DATA(c->seccomp);
		s->eventmsg = info.ret_data;
		break;
	case PR_STOP_SIGNAL: s->status = c->raise << 8 | 0x7f; break;
	default: s->status = SIGSTOP << 8 | 0x7f; break;
	}
	fab_encode(p, &info, s->info, &s->info_ret);
	s->regs = (struct pr_raw_regs){ .pc = info.instruction_pointer, .sp = info.stack_pointer,
					.nr = info.nr, .ret = (uint64_t)info.rval };
	memcpy(s->regs.args, info.args, sizeof(info.args));
	if (rt && ps->kind == PR_STOP_ENTRY) {
		s->sigmask = PR_SIGRETURN_BLOCKED | PR_SIGRETURN_SA_MASK | PR_SIGBIT(c->raise);
		s->framed = true;
		s->frame_addr = info.stack_pointer + (uint64_t)p->sigframe_mask_offset;
		put(s->frame_mask, 0, 8, PR_SIGRETURN_BLOCKED, p->big_endian);
	} else if (rt) {
		s->sigmask = PR_SIGRETURN_BLOCKED;
	}
	if (c && c->tamper && c->tamper->at == ps->kind && !rt)
		tampered(p, c, (unsigned)ps->call, &info, s);
	if (ps->kind == PR_STOP_ENTRY && (g->checks & PR_CHECK_UNWIND)) {
		s->unwind_status = PR_UNWIND_OK;
		s->unwind_ip = info.instruction_pointer + (uint64_t)p->unwind_ip_offset;
		s->unwind_sp = info.stack_pointer;
		strcpy(s->unwind_proc, "pr_stub_syscall");
		s->unwind_depth = 2;
		strcpy(s->unwind_bt, "#0 0x401234 pr_stub_syscall+0x19\n#1 0x4018f2 main+0x52");
	}
}

void fab_run(const struct pr_personality *p, const struct pr_group *g, struct pr_run *run)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);

	memset(run, 0, sizeof(*run));
	run->pers = p;
	run->path = "syscall";
	run->group = g;
	strcpy(run->machine, "x86_64");
	strcpy(run->release, "6.18.0-fabricated");
	strcpy(run->program, p->name);
	run->pid = FAB_PID;
	run->ppid = FAB_PPID;
	run->stub_begin = FAB_IP - 0x20;
	run->stub_end = FAB_IP + 0x20;
	run->stops = calloc(n, sizeof(*run->stops));
	ck_assert_ptr_nonnull(run->stops);
	for (unsigned k = 0; k < n; k++)
		fab_stop_at(p, g, &plan[k], &run->stops[k]);
	run->nstops = n;
	run->set_probed = g->via == PR_VIA_SET_INFO && (g->checks & PR_CHECK_TAMPER);
	run->end = PR_END_EXITED;
}

void fab_free(struct pr_run *run)
{
	free(run->stops);
	run->stops = NULL;
}

static void keep(void *ctx, const struct pr_result *r)
{
	struct fab_results *out = ctx;

	ck_assert_uint_lt(out->n, sizeof(out->r) / sizeof(out->r[0]));
	out->r[out->n++] = *r;
}

void fab_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	       struct fab_results *out)
{
	out->n = 0;
	pr_judge(p, g, run, keep, out);
}

const struct pr_result *fab_find(const struct fab_results *res, const char *name)
{
	for (unsigned i = 0; i < res->n; i++)
		if (strcmp(res->r[i].name, name) == 0)
			return &res->r[i];
	ck_abort_msg("no check named %s", name);
	return NULL;
}

unsigned fab_count(const struct fab_results *res, enum pr_verdict v)
{
	unsigned n = 0;

	for (unsigned i = 0; i < res->n; i++)
		n += res->r[i].verdict == v;
	return n;
}

struct fab_fixture fab;

void fab_use(const char *personality, const char *group)
{
	fab_free(&fab.run);
	fab.p = pr_personality_find(personality);
	fab.g = pr_group_find(group);
	ck_assert_ptr_nonnull(fab.p);
	ck_assert_ptr_nonnull(fab.g);
	fab_run(fab.p, fab.g, &fab.run);
}

struct pr_stop *fab_stop_of(const char *call, enum pr_stop_kind k)
{
	int at = -1;

	for (unsigned i = 0; i < fab.g->ncalls; i++)
		if (strcmp(fab.g->calls[i].name, call) == 0)
			at = fab_stop(fab.g, i, k);
	ck_assert_msg(at >= 0, "no %s stop of %s in %s", pr_stop_kind_name(k), call, fab.g->name);
	return &fab.run.stops[at];
}

void fab_expect(const char *check, enum pr_verdict v, const char *part)
{
	static const char *const names[] = { "PASS", "FAIL", "SKIP", "TIMEOUT" };
	const struct pr_result *r;

	fab_judge(fab.p, fab.g, &fab.run, &fab.res);
	r = fab_find(&fab.res, check);
	ck_assert_msg(r->verdict == v, "%s: expected %s, got %s (%s)", check, names[v], names[r->verdict],
		      r->diag);
	ck_assert_msg(strstr(r->diag, part) || strstr(r->reason, part),
		      "%s: diagnostics lack '%s': %s", check, part, r->diag);
}

void fab_expect_all_pass(unsigned min)
{
	fab_judge(fab.p, fab.g, &fab.run, &fab.res);
	ck_assert_uint_gt(fab.res.n, min);
	for (unsigned i = 0; i < fab.res.n; i++)
		ck_assert_msg(fab.res.r[i].verdict == PR_PASS, "%s: %s", fab.res.r[i].name,
			      fab.res.r[i].diag);
}

int fab_stop(const struct pr_group *g, unsigned call, enum pr_stop_kind k)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];
	unsigned n = pr_plan(g, plan);

	return pr_plan_find(plan, n, call, k);
}

static const char *fixture_personality, *fixture_group;

static void setup(void)
{
	fab_use(fixture_personality, fixture_group);
}

static void teardown(void)
{
	fab_free(&fab.run);
}

int fab_main(const char *personality, const char *group, const TTest *const tests[])
{
	Suite *s = suite_create(group);
	TCase *tc = tcase_create("judge");
	SRunner *sr;
	int failed;

	fixture_personality = personality;
	fixture_group = group;
	tcase_add_checked_fixture(tc, setup, teardown);
	for (const TTest *const *t = tests; *t; t++)
		tcase_add_test(tc, *t);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
