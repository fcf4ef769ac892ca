/* The initial SIGSTOP and the shape of the stop sequence. */
#include <signal.h>
#include <sys/wait.h>

#include "judge-internal.h"

#define SYSCALL_STOP_SIG (SIGTRAP | 0x80)

void judge_sigstop(struct judge *j)
{
	const struct pr_stop *s;
	struct pr_info info;

	check_begin(j, NULL, 0, "sigstop.op");
	if (check_stop(j, 0, &s, &info)) {
		if (!WIFSTOPPED(s->status) || WSTOPSIG(s->status) != SIGSTOP)
			check_fail(j, "wait status: expected a SIGSTOP stop (%#x), seen %#x",
				   SIGSTOP << 8 | 0x7f, s->status);
		expect_dec(j, "op", PR_OP_NONE, info.op);
	}
	check_end(j);

	check_begin(j, NULL, 0, "sigstop.size");
	if (check_stop(j, 0, &s, &info))
		expect_dec(j, "returned size", PR_INFO_SIZE_NONE, s->info_ret);
	check_end(j);

	check_begin(j, NULL, 0, "sigstop.arch");
	if (check_stop(j, 0, &s, &info))
		expect_hex(j, "arch", j->p->audit_arch, info.arch);
	check_end(j);

	check_begin(j, NULL, 0, "sigstop.ip");
	if (check_stop(j, 0, &s, &info) && !s->regs_err)
		expect_hex(j, "instruction_pointer vs raw pc", s->regs.pc, info.instruction_pointer);
	check_end(j);

	check_begin(j, NULL, 0, "sigstop.sp");
	if (check_stop(j, 0, &s, &info) && !s->regs_err)
		expect_hex(j, "stack_pointer vs raw sp", s->regs.sp, info.stack_pointer);
	check_end(j);
}

/* After the SIGSTOP, every stop is a PTRACE_O_TRACESYSGOOD syscall stop and
 * the ops go ENTRY, EXIT, ENTRY, EXIT... */
static void alternate(struct judge *j)
{
	unsigned want = pr_expected_stops(j->g);

	check_begin(j, NULL, -1, "alternate");
	for (unsigned k = 1; k < want; k++) {
		const struct pr_stop *s;
		struct pr_info info;
		unsigned op = k % 2 ? PR_OP_ENTRY : PR_OP_EXIT;

		if (!check_stop(j, (int)k, &s, &info))
			break;
		if (!WIFSTOPPED(s->status) || WSTOPSIG(s->status) != SYSCALL_STOP_SIG)
			check_fail(j, "stop %u: wait status expected %#x (SIGTRAP|0x80), seen %#x", k,
				   SYSCALL_STOP_SIG << 8 | 0x7f, s->status);
		if (info.op != op)
			check_fail(j, "stop %u: op expected %s, seen %s (%u)", k, pr_info_op_name(op),
				   pr_info_op_name(info.op), info.op);
	}
	check_end(j);
}

/* Every stop of one kind returns the size the kernel documents for it. */
static void sizes(struct judge *j, const char *name, unsigned first, unsigned op)
{
	unsigned want = pr_expected_stops(j->g);

	check_begin(j, NULL, -1, "%s", name);
	for (unsigned k = first; k < want; k += 2) {
		const struct pr_stop *s;
		struct pr_info info;

		if (!check_stop(j, (int)k, &s, &info))
			break;
		if (s->info_ret != (int64_t)pr_info_size_for_op(op))
			check_fail(j, "stop %u (%s): returned size expected %zu, seen %lld", k,
				   pr_info_op_name(op), pr_info_size_for_op(op), (long long)s->info_ret);
	}
	check_end(j);
}

void judge_sequence(struct judge *j)
{
	alternate(j);
	sizes(j, "entry-size", 1, PR_OP_ENTRY);
	sizes(j, "exit-size", 2, PR_OP_EXIT);
}
