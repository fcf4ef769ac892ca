/* untraced: the call is made before its thread is traced with
 * PTRACE_SYSCALL (the worker's first, woken before the tracer's first
 * resume of it): no syscall stops, only those its other actions make after
 * it (the signal it raises). */
#include "action.h"

const struct pr_action pr_action_untraced = {
	.name = "untraced",
	.checks = PR_CHECK_SEQUENCE,
	.untraced = true,
};
