/* The judge's top: which families a group asks for, in their order.  The
 * layers below it: the families (judge-<family>.c), the shared expectations
 * (judge-expect.c), the check primitives (judge-check.c). */
#include "group-plan.h"
#include "judge-families.h"
#include "judge.h"

static const struct family {
	unsigned check;            /* the PR_CHECK_* that asks for it; 0: every group */
	void (*judge)(struct judge *j);
	void (*names)(const struct judge *j, const struct names *out);
	/* It judges what only a whole run shows (the tracee's exit status, a
	 * later stop that looks back): not a run a kill cut short at random. */
	bool whole_run;
} families[] = {
#define FAMILY(c, x, ...) { .check = (c), .judge = judge_##x, .names = names_##x, __VA_ARGS__ }
	FAMILY(PR_CHECK_SIGSTOP, sigstop),
	FAMILY(PR_CHECK_SEQUENCE, sequence),
	FAMILY(PR_CHECK_ENTRY, entry),
	FAMILY(PR_CHECK_EXIT, exit),
	FAMILY(PR_CHECK_INFO_SIZE, info_size),
	FAMILY(PR_CHECK_SECCOMP, seccomp),
	FAMILY(PR_CHECK_SIGRETURN, sigreturn, .whole_run = true),
	FAMILY(PR_CHECK_TAMPER, tamper, .whole_run = true),
	FAMILY(PR_CHECK_UNWIND, unwind),
	FAMILY(PR_CHECK_RESTART, restart),
	FAMILY(PR_CHECK_MIXED, mixed, .whole_run = true),
	FAMILY(PR_CHECK_EVENTS, events),
	FAMILY(PR_CHECK_REFUSALS, refusals),
	FAMILY(PR_CHECK_LIFECYCLE, lifecycle),
	FAMILY(PR_CHECK_PROC_SYSCALL, proc_syscall),
	FAMILY(0, frame),
	FAMILY(PR_CHECK_SIGSYS, sigsys, .whole_run = true),
	FAMILY(PR_CHECK_SECCOMP_RET, seccomp_ret),
	FAMILY(PR_CHECK_NOTIF, notif, .whole_run = true),
#undef FAMILY
};

static bool asks(const struct pr_group *g, const struct family *f)
{
	return !f->check || (g->checks & f->check);
}

void pr_judge(const struct pr_personality *p, const struct pr_group *g, const struct pr_run *run,
	      pr_emit_fn emit, void *ctx)
{
	struct judge j = { .p = p, .g = g, .run = run, .emit = emit, .ctx = ctx };

	j.nplan = pr_plan(g, j.plan);
	for (unsigned i = 0; i < COUNT_OF(families); i++)
		if (asks(g, &families[i]))
			families[i].judge(&j);
}

unsigned pr_judge_whole_run_checks(void)
{
	unsigned checks = 0;

	for (unsigned i = 0; i < COUNT_OF(families); i++)
		if (families[i].whole_run)
			checks |= families[i].check;
	return checks;
}

void pr_judge_names(const struct pr_personality *p, const struct pr_group *g, pr_name_fn name, void *ctx)
{
	struct judge j = { .p = p, .g = g }; /* no run: the names come from the plan */
	const struct names out = { name, ctx };

	j.nplan = pr_plan(g, j.plan);
	for (unsigned i = 0; i < COUNT_OF(families); i++)
		if (asks(g, &families[i]))
			families[i].names(&j, &out);
}
