/* A tracer behaviour, described once: src/actions/<name>.c each fills one
 * struct pr_action, and the plan (plan.c), the tracer (through the plan's
 * PR_TRACER_* primitives), the judge (the families its checks name) and the
 * synthesiser (tests/synth.c) all go through it.  Adding a behaviour is one
 * file here, its id and row in src/actions/table.c, and scenario rows. */
#ifndef PR_ACTION_H
#define PR_ACTION_H

#include "info.h"
#include "plan.h"
#include "run.h"

/* A plan in the making. */
struct pr_planner {
	const struct pr_group *g;
	struct pr_plan_stop *out;
	unsigned n;
	bool ended;            /* the tracer lets the tracee go at the last stop */
};

/* Add a stop of call i (thread from its actions) and return it for the
 * caller's PR_TRACER_* and resume fields. */
struct pr_plan_stop *pr_plan_put(struct pr_planner *b, enum pr_stop_kind k, int i, enum pr_sys sys, bool again,
				 unsigned event, int sig);

/* The tracee dies in call i: a PTRACE_O_TRACEEXIT group's tracee stops once
 * more, at its exit event, and nothing after. */
void pr_plan_death(struct pr_planner *b, unsigned i);

/* A row whose action needs a stop the call does not make is a mistake in
 * the table: said (the action and the stop kind), and stopped. */
void __attribute__((noreturn)) pr_plan_missing(const struct pr_planner *b, unsigned i, const char *what);

/* The call's first stop of kind k (not a restart's), planned from first on,
 * becomes the plan's last (later calls make no stops): the tracer does not
 * resume the tracee from it (PR_RESUME_NONE).  A row whose call makes no
 * such stop is a table error. */
struct pr_plan_stop *pr_plan_end_at(struct pr_planner *b, unsigned i, unsigned first, enum pr_stop_kind k);

/* What a call's exit stop becomes under its actions. */
enum pr_exit_plan {
	PR_EXIT_PLANNED = 0,   /* the plain exit stop: plan.c puts it */
	PR_EXIT_REPLACED,      /* the action put another stop in its place */
	PR_EXIT_NONE,          /* the call ends the thread: no exit, nothing after */
};

/* What the synthesiser knows of a correct kernel beyond the plan. */
struct pr_synth_ctx {
	const struct pr_personality *p;
	const struct pr_run *run;
	const struct pr_plan_stop *plan;
	unsigned k;               /* the stop being made */
	int64_t first_child;      /* the child of call k is first_child + k */
};

/* How a run ends: exited with a status, or killed by a signal (the traced
 * arch's number), and what says so. */
struct pr_run_end {
	enum pr_end end;       /* PR_END_EXITED or PR_END_SIGNALED */
	int code;
	const char *why;
	/* The signal's default action dumps core (sig_kernel_coredump()), so
	 * whether it did is the host's to say (core_pattern, limits): the exit
	 * code has 0x80 where it did (coredump_finish(), fs/coredump.c), and
	 * the wait status WCOREDUMP.  False: no core, 0x80 nowhere. */
	bool dumps;
};

/* How group g's run ends on a correct kernel (tracee pid, tracer ppid): as
 * an action of its calls decides, else with the tracee's exit_group(0). */
void pr_expected_end(const struct pr_personality *p, const struct pr_group *g, int64_t pid, int64_t ppid,
		     struct pr_run_end *out);
/* A run whose tracee goes on untraced to its rows' last call,
 * exit_group(LAST): exited with what the call before it returned. */
void pr_run_end_last_result(const struct pr_personality *p, const struct pr_group *g, int64_t pid, int64_t ppid,
			    struct pr_run_end *out);
/* The message of the PTRACE_EVENT_EXIT stop before that end: do_exit()'s
 * code, the status shifted by 8 (do_group_exit()) or the signal, with 0x80
 * where a core was dumped (the run's wait status says: dumped). */
uint64_t pr_exit_event_message(const struct pr_run_end *e, bool dumped);

/* When the synthesiser asks an action about a stop it makes. */
enum pr_synth_phase {
	PR_SYNTH_FRAME,        /* before the stop's fields: where the stack is */
	PR_SYNTH_INFO,         /* the info made: a result, a pc the action moves */
	PR_SYNTH_RECORD,       /* what the tracer records beside the info */
	PR_SYNTH_ENCODED,      /* the info encoded, a known bug's change in it */
};

struct pr_action {
	const char *name;
	/* The check families that judge what it does (PR_CHECK_*): a group
	 * with the action has one of them (tests/unit-scenarios.c). */
	unsigned checks;
	/* The call makes no syscall stops (made before its thread is traced):
	 * only those its actions make after it. */
	bool untraced;
	/* The stops of call i it makes during the call (between its entry and
	 * seccomp stops and its exit), at its exit, and after it; and the
	 * tracer's part at stops of the call already planned (first..n-1). */
	void (*plan_during)(struct pr_planner *b, const struct pr_do *d, unsigned i);
	enum pr_exit_plan (*plan_exit)(struct pr_planner *b, const struct pr_do *d, unsigned i);
	void (*plan_after)(struct pr_planner *b, const struct pr_do *d, unsigned i);
	void (*plan_mark)(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first);
	/* What a correct kernel shows at stop x->k of the call, in the
	 * synthesiser's phases (tests/synth.c). */
	void (*synth)(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		      struct pr_info *info, struct pr_stop *s);
	/* How the run ends where the action of call i decides it (a correct
	 * kernel): for the synthesiser and the judge alike (pr_expected_end). */
	void (*run_end)(const struct pr_personality *p, const struct pr_group *g, const struct pr_do *d, unsigned i,
			int64_t pid, int64_t ppid, struct pr_run_end *out);
};

extern const struct pr_action *const pr_actions[PR_ACTION_COUNT];

/* Stop x->k where the synthesiser makes an event stop's info (its
 * message): the plan stop, else NULL (another phase or kind). */
const struct pr_plan_stop *pr_synth_event_at(const struct pr_synth_ctx *x, enum pr_synth_phase ph);

/* The stops an interrupted call makes after its exit, for both interrupts:
 * the signal's delivery stop (sig != 0), the handler's rt_sigreturn, and the
 * restarted call. */
void pr_plan_interrupt_after(struct pr_planner *b, const struct pr_do *d, unsigned i);
/* The call's first entry stop (where an interrupt is made), among the
 * stops planned from first on; and the one where the interrupt shows. */
struct pr_plan_stop *pr_plan_first_entry(struct pr_planner *b, unsigned i, unsigned first);
struct pr_plan_stop *pr_plan_interrupt_shows(struct pr_planner *b, unsigned first);
/* The rt_sigreturn stops of a handler that returned. */
void pr_plan_sigreturn(struct pr_planner *b, unsigned i);
/* The signal masks and frame a correct kernel shows at an rt_sigreturn stop
 * of a handler of signal sig (0: not raised). */
void pr_synth_sigreturn(const struct pr_synth_ctx *x, int sig, const struct pr_info *info, struct pr_stop *s);
/* At stop x->k, where an interrupt shows (pr_plan_after_interrupt): the pc
 * back at the trap where the arch rewinds before it stops. */
void pr_synth_rewound(const struct pr_synth_ctx *x, struct pr_info *info, struct pr_stop *s);
/* An interrupted call's stops as a correct kernel shows them: the
 * interrupted exit, the pc rewound where the interrupt shows, a handler's
 * rt_sigreturn. */
void pr_synth_interrupted(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
			  struct pr_info *info, struct pr_stop *s);

#endif
