/* A group's plan: the stops its run must go through, in order, and what the
 * tracer does at each.  The tracer follows it, the judge reads it, the
 * synthesiser fakes it: one derivation (group-plan.h, with each call's
 * actions' own stops from src/actions/) for all three.  Here: a plan stop
 * and the questions about one (plan.c). */
#ifndef PR_PLAN_H
#define PR_PLAN_H

#include "scenario.h"

/* What the tracer does at a planned stop beyond recording it.  The
 * primitives: an action (src/actions/) asks for them at the stops it plans;
 * the tracer (tracer-act.c) carries each out. */
enum {
	PR_TRACER_SEND_SIGNAL = 1 << 0,  /* kill(tracee, send) */
	PR_TRACER_PTRACE_INTERRUPT = 1 << 1,
	PR_TRACER_TAMPER = 1 << 2,       /* the call's tamper (tamper.c) */
	PR_TRACER_FEED = 1 << 3,         /* one byte into PR_FD_FEED */
	PR_TRACER_RESTORE_REGS = 1 << 4, /* NT_PRSTATUS read and written back */
	PR_TRACER_LET_CHILD_GO = 1 << 5, /* the event's new child: detached */
	PR_TRACER_SEIZE_WORKER = 1 << 6, /* PTRACE_SEIZE of the second thread */
	PR_TRACER_DETACH = 1 << 7,       /* PTRACE_DETACH passing deliver */
	PR_TRACER_KILL = 1 << 8,         /* kill(tracee, SIGKILL), after all the rest */
	/* Before the stop is waited for: every thread of the tracee, each
	 * sleeping first, attached with PTRACE_ATTACH (a signal-delivery-stop
	 * of SIGSTOP) or, for a PTRACE_EVENT_STOP, PTRACE_SEIZE and
	 * PTRACE_INTERRUPT (attach-rounds.c). */
	PR_TRACER_ATTACH = 1 << 9,
	/* Before the stop is waited for: once the thread sleeps (in the
	 * call), its /proc/PID/syscall read, then one byte into PR_FD_FEED
	 * (blocked.c). */
	PR_TRACER_READ_BLOCKED = 1 << 12,
	/* At a notified call's entry stop: the tracee's listener checked
	 * there; after resuming it, its notification received and answered
	 * (src/notify.c). */
	PR_TRACER_NOTIFY = 1 << 10,
};

/* How the tracer resumes the tracee from a stop. */
enum pr_resume {
	PR_RESUME_GROUP = 0,   /* the group's request (PTRACE_SYSCALL or _CONT) */
	PR_RESUME_CONT,        /* PTRACE_CONT */
	PR_RESUME_LISTEN,      /* PTRACE_LISTEN, then SIGCONT ends the group-stop */
	PR_RESUME_NONE,        /* not by the tracer: SIGKILL woke it (kill.c), or
				* PTRACE_DETACH let it go (detach.c) */
	PR_RESUME_EXIT,        /* not at all: the tracer process exits, the
				* tracee stopped there (tracer-exit.c) */
};

struct pr_plan_stop {
	enum pr_stop_kind kind;
	int call;              /* index in the group, -1 for the SIGSTOP */
	enum pr_sys sys;       /* the syscall the stop is about, after tampering */
	bool again;            /* a restarted call's second entry or exit */
	unsigned char event;   /* PR_STOP_EVENT: its PTRACE_EVENT_* */
	unsigned char sig;     /* PR_STOP_SIGNAL: the signal; PTRACE_EVENT_STOP: its
				* WSTOPSIG (SIGSTOP in a group-stop, else SIGTRAP) */
	unsigned char thread;  /* 0: the leader, 1: the worker (threads groups) */
	unsigned short tracer; /* PR_TRACER_* */
	unsigned char send;    /* PR_TRACER_SEND_SIGNAL's signal */
	unsigned char deliver; /* the signal passed on when resuming */
	enum pr_resume resume;
	/* The stop at which the tracer first sees its interrupt (the signal's
	 * delivery stop, the PTRACE_EVENT_STOP, or PTRACE_INTERRUPT's exit). */
	bool interrupt_shows;
};

#define PR_PLAN_MAX 256
/* The index of the first stop of kind k of call i, or -1. */
int pr_plan_find(const struct pr_plan_stop *plan, unsigned n, unsigned call, enum pr_stop_kind k);
const char *pr_stop_kind_name(enum pr_stop_kind k);
/* Does the tracer probe every buffer size at stop k of group g's plan?  In
 * an info-size group, at the first stop of each kind (the one place that
 * says so: the tracer, the judge and the synthesiser ask it). */
bool pr_plan_sized(const struct pr_group *g, const struct pr_plan_stop *plan, unsigned k);
/* The wait status a planned stop of group g shows (waitpid's), and the op
 * GET must report there. */
void pr_plan_stop_shape(const struct pr_personality *p, const struct pr_group *g, const struct pr_plan_stop *ps,
			int *status, unsigned *op);
/* Is stop k of the plan an interrupted call's signal-delivery or
 * PTRACE_EVENT_STOP stop (where the arch has rewound the pc to the trap)? */
bool pr_plan_after_interrupt(const struct pr_plan_stop *plan, unsigned k);
/* Is the stop one of a call that faults, after the fault (the SIGSEGV's
 * delivery, the exit event: fault.c), in no syscall? */
bool pr_plan_after_fault(const struct pr_group *g, const struct pr_plan_stop *ps);
/* Does the tracer read /proc/PID/syscall at this stop (every syscall stop,
 * and those after a fault)? */
bool pr_plan_reads_proc_syscall(const struct pr_group *g, const struct pr_plan_stop *ps);
/* Does the tracer make the pr_refusals SETs at this stop? */
bool pr_plan_refuses(const struct pr_group *g, const struct pr_plan_stop *ps);

/* Is stop k a PTRACE_EVENT_EXIT of a thread another's exec zaps (one of
 * its call's PTRACE_EVENT_EXEC stops comes after it)? */
bool pr_plan_zapped_by_exec(const struct pr_plan_stop *plan, unsigned n, unsigned k);

/* Does a PTRACE_EVENT_* stop of this kind make a new child (fork, vfork,
 * clone)? */
bool pr_event_makes_child(unsigned event);

#endif
