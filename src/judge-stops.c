/* The initial SIGSTOP and the shape of the stop sequence. */
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include "judge-families.h"

static bool regs_read(struct judge *j, const struct pr_stop *s)
{
	if (s->regs_err)
		check_fail(j, "the raw registers could not be read: error %d", s->regs_err);
	return !s->regs_err;
}

static void sigstop_op(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	int stop = pr_stopped(j->p, SIGSTOP);

	if (!WIFSTOPPED(s->status) || WSTOPSIG(s->status) != WSTOPSIG(stop))
		check_fail(j, "wait status: expected a SIGSTOP stop (%#x), seen %#x", stop, s->status);
	expect_dec(j, "op", PR_OP_NONE, info->op);
}

static void sigstop_size(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at, (void)info;
	expect_dec(j, "returned size", PR_INFO_SIZE_NONE, s->info_ret);
}

static void sigstop_arch(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at, (void)s;
	expect_hex(j, "arch", j->p->audit_arch, info->arch);
}

/* Registers that cannot be read are a failure, not a pass: at a
 * signal-delivery-stop every regset must answer. */
static void sigstop_ip(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	if (regs_read(j, s))
		expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info->instruction_pointer);
}

static void sigstop_sp(struct judge *j, int at, const struct pr_stop *s, const struct pr_info *info)
{
	(void)at;
	if (regs_read(j, s))
		expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info->stack_pointer);
}

static const struct stop_check sigstop_checks[] = {
	{ "op", sigstop_op }, { "size", sigstop_size }, { "arch", sigstop_arch },
	{ "ip", sigstop_ip }, { "sp", sigstop_sp },
};

void judge_sigstop(struct judge *j)
{
	judge_stop(j, NULL, "sigstop", plan_stop(j, (unsigned)-1, PR_STOP_SIGSTOP), sigstop_checks,
		   COUNT_OF(sigstop_checks));
}

/* A plain ENTRY, EXIT, ENTRY, EXIT... plan. */
static bool alternating(const struct judge *j)
{
	for (unsigned k = 1; k < j->nplan; k++)
		if (j->plan[k].kind != (k % 2 ? PR_STOP_ENTRY : PR_STOP_EXIT))
			return false;
	return true;
}

/* Every stop is the one the group's plan says: wait status and op. */
static void sequence(struct judge *j)
{
	check_begin(j, NULL, -1, "%s", alternating(j) ? "alternate" : "sequence");
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_stop *s;
		struct pr_info info;

		if (!check_stop(j, (int)k, &s, &info))
			break;
		expect_stop_kind(j, (int)k, s, &info);
	}
	if (j->run && j->run->extra_stops)
		check_fail(j, "%u stops after the expected %u (the first: wait status %#x)",
			   j->run->extra_stops, j->nplan, j->run->extra_status);
	check_end(j);
}

/* Every stop of one kind returns the size the kernel documents for the op
 * the stop must report (NONE where the group has no PTRACE_O_TRACESYSGOOD). */
static void sizes(struct judge *j, const char *name, enum pr_stop_kind kind)
{
	bool any = false;

	for (unsigned k = 1; k < j->nplan; k++)
		any |= j->plan[k].kind == kind;
	if (!any)
		return; /* a PTRACE_CONT group has no syscall stops to size */
	check_begin(j, NULL, -1, "%s", name);
	for (unsigned k = 1; k < j->nplan; k++) {
		const struct pr_stop *s;
		struct pr_info info;
		unsigned op;
		int status;

		if (j->plan[k].kind != kind)
			continue;
		if (!check_stop(j, (int)k, &s, &info))
			break;
		pr_plan_stop_shape(j->p, j->g, &j->plan[k], &status, &op);
		if (s->info_ret != (int64_t)pr_info_size_for_op(op))
			check_fail(j, "stop %u (%s): returned size expected %zu, seen %lld", k,
				   pr_info_op_name(op), pr_info_size_for_op(op), (long long)s->info_ret);
	}
	check_end(j);
}

void judge_sequence(struct judge *j)
{
	sequence(j);
	sizes(j, "entry-size", PR_STOP_ENTRY);
	sizes(j, "exit-size", PR_STOP_EXIT);
	sizes(j, "signal-size", PR_STOP_SIGNAL);
}
