/* Every tracer behaviour, by its id in scenario.h's enum pr_action_id. */
#include "action.h"

extern const struct pr_action pr_action_raise, pr_action_group_stop, pr_action_signal_at_entry,
	pr_action_ptrace_interrupt, pr_action_feed, pr_action_restore_regs, pr_action_tamper, pr_action_events,
	pr_action_in_worker, pr_action_untraced, pr_action_kill, pr_action_detach, pr_action_tracer_exit,
	pr_action_fault, pr_action_exec, pr_action_attach_rounds, pr_action_blocked;
extern const struct pr_action pr_action_seccomp_kill, pr_action_seccomp_trap;
extern const struct pr_action pr_action_notify;

const struct pr_action *const pr_actions[PR_ACTION_COUNT] = {
	[PR_ACTION_RAISE] = &pr_action_raise,
	[PR_ACTION_GROUP_STOP] = &pr_action_group_stop,
	[PR_ACTION_SIGNAL_AT_ENTRY] = &pr_action_signal_at_entry,
	[PR_ACTION_PTRACE_INTERRUPT] = &pr_action_ptrace_interrupt,
	[PR_ACTION_FEED] = &pr_action_feed,
	[PR_ACTION_RESTORE_REGS] = &pr_action_restore_regs,
	[PR_ACTION_TAMPER] = &pr_action_tamper,
	[PR_ACTION_EVENTS] = &pr_action_events,
	[PR_ACTION_WORKER] = &pr_action_in_worker,
	[PR_ACTION_UNTRACED] = &pr_action_untraced,
	[PR_ACTION_KILL] = &pr_action_kill,
	[PR_ACTION_DETACH] = &pr_action_detach,
	[PR_ACTION_TRACER_EXIT] = &pr_action_tracer_exit,
	[PR_ACTION_FAULT] = &pr_action_fault,
	[PR_ACTION_EXEC] = &pr_action_exec,
	[PR_ACTION_ATTACH_ROUNDS] = &pr_action_attach_rounds,
	[PR_ACTION_BLOCKED] = &pr_action_blocked,
	[PR_ACTION_SECCOMP_KILL] = &pr_action_seccomp_kill,
	[PR_ACTION_SECCOMP_TRAP] = &pr_action_seccomp_trap,
	[PR_ACTION_NOTIFY] = &pr_action_notify,
};
