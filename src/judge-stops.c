/* The initial SIGSTOP and the shape of the stop sequence. */
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include "judge-families.h"

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
 * signal-delivery-stop every regset must answer (ip, sp). */
static const struct stop_check sigstop_checks[] = {
	{ "op", sigstop_op }, { "size", sigstop_size }, { "arch", sigstop_arch },
	{ "ip", expect_raw_ip }, { "sp", expect_raw_sp },
};

void judge_sigstop(struct judge *j)
{
	judge_stop(j, NULL, "sigstop", plan_stop(j, (unsigned)-1, PR_STOP_SIGSTOP), sigstop_checks,
		   COUNT_OF(sigstop_checks));
}

void names_sigstop(const struct judge *j, const struct names *out)
{
	(void)j;
	name_stop("sigstop", sigstop_checks, COUNT_OF(sigstop_checks), out);
}

/* A plain ENTRY, EXIT, ENTRY, EXIT... plan. */
static bool alternating(const struct judge *j)
{
	for (unsigned k = 1; k < j->nplan; k++)
		if (j->plan[k].kind != (k % 2 ? PR_STOP_ENTRY : PR_STOP_EXIT))
			return false;
	return true;
}

static const char *sequence_name(const struct judge *j)
{
	return alternating(j) ? "alternate" : "sequence";
}

/* Every stop is the one the group's plan says: wait status and op. */
static void sequence(struct judge *j)
{
	check_begin(j, NULL, -1, "%s", sequence_name(j));
	for (unsigned k = 0; k < j->nplan; k++) {
		const struct pr_stop *s;
		struct pr_info info;

		if (!check_stop(j, (int)k, &s, &info))
			break;
		expect_stop_kind(j, (int)k, s, &info);
	}
	if (j->run->extra_stops)
		check_fail(j, "%u stops after the expected %u (the first: wait status %#x)",
			   j->run->extra_stops, j->nplan, j->run->extra_status);
	check_end(j);
}

/* The size checks, each of a kind of stop the plan has (a PTRACE_CONT
 * group has no syscall stops to size). */
static const struct {
	const char *name;
	enum pr_stop_kind kind;
} sized[] = {
	{ "entry-size", PR_STOP_ENTRY }, { "exit-size", PR_STOP_EXIT }, { "signal-size", PR_STOP_SIGNAL },
};

static bool planned(const struct judge *j, enum pr_stop_kind kind)
{
	for (unsigned k = 1; k < j->nplan; k++)
		if (j->plan[k].kind == kind)
			return true;
	return false;
}

/* Every stop of one kind returns the size the kernel documents for the op
 * the stop must report (NONE where the group has no PTRACE_O_TRACESYSGOOD). */
static void sizes(struct judge *j, const char *name, enum pr_stop_kind kind)
{
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
	for (unsigned i = 0; i < COUNT_OF(sized); i++)
		if (planned(j, sized[i].kind))
			sizes(j, sized[i].name, sized[i].kind);
}

void names_sequence(const struct judge *j, const struct names *out)
{
	name_add(out, "%s", sequence_name(j));
	for (unsigned i = 0; i < COUNT_OF(sized); i++)
		if (planned(j, sized[i].kind))
			name_add(out, "%s", sized[i].name);
}
