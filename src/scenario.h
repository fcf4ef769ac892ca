/* Scenarios: what the tracee does and what the tracer must see, as data.
 * The tracee program of every personality runs the same table through its own
 * stubs; the judge reads the same table to know what each stop must show. */
#ifndef PR_SCENARIO_H
#define PR_SCENARIO_H

#include <stdbool.h>
#include <stdint.h>

#include "personality.h"
#include "table-end.h"

struct pr_info;

/* How an argument's value is made.  Every kind is deterministic, so tracer and
 * tracee compute the same value without talking. */
enum pr_arg_kind {
	PR_ARG_ZERO = 0,
	PR_ARG_VAL,    /* a literal, cut to the personality's word */
	PR_ARG_PAT,    /* distinct pattern n (1..6): 0xdadNbefNbadNfedN */
	PR_ARG_WIDE,   /* val, cut to the word, in a whole register of the
			* program: where the program's long is wider than the
			* path's word (x86_64's int $0x80) its upper half holds
			* PR_WIDE_GARBAGE; the kernel must report, as the call
			* uses, the word alone */
	PR_ARG_STR,    /* pointer to a string in the scratch area */
	PR_ARG_BUF,    /* pointer to a writable scratch buffer */
	PR_ARG_FAULT,  /* pointer into a PROT_NONE page */
	PR_ARG_MOVABLE, /* a mapped page the scenario may move away */
	PR_ARG_UNMAPPED, /* an address nothing is mapped at */
	PR_ARG_PID,    /* the tracee's pid */
	PR_ARG_TID,    /* the calling thread's id (the tracee passes its own;
			* reported nowhere the judge reads: 0 here) */
	PR_ARG_SIGINFO, /* pointer to a siginfo in the scratch area: si_signo the
			 * call's raise, si_code val (the tracee's own layout) */
	PR_ARG_CLONE,  /* clone()'s flags, val, in the argument the arch takes
			* them in (clone_flags_arg), 0 in the other: give it as
			* arguments 0 and 1 */
	PR_ARG_IOV,    /* pointer to an iovec table in the scratch area, in the
			* path's ABI: val 0 the source (two segments of
			* PR_IOV_SOURCE), 1 and 2 a destination (three segments
			* in PR_SCRATCH_DEST's area val - 1) */
	PR_ARG_TIMESPEC, /* pointer to a timespec in the scratch area: val
			  * nanoseconds, two words of the personality's width */
	PR_ARG_HIGH,   /* the personality's high_addr */
	PR_ARG_LARGE,  /* the personality's large_offset */
	PR_ARG_STOP_PAGES, /* the pages holding where the path's stops are (its
			    * stub, or the range it names: i386's vDSO entry),
			    * by the tracee's page size: val 0 the first page's
			    * address, 1 their length; the tracee's own, read by
			    * no check (0 here) */
	PR_ARG_ARGV,   /* pointer to an argv table in the call's scratch slot,
			* in the path's ABI: { the call's string (PR_ARG_STR,
			* its path), str, NULL } (an execve's) */
	PR_ARG_LAST,   /* what the previous call returned, as the tracee saw it:
			* a "report" call hands the tracee's observation to the
			* tracer; its expected value is the previous call's
			* tamper->observe (pr_arg_value gives 0) */
	PR_ARG_FIRST_CALL, /* argument val of the personality's first_call:
			    * its args below nargs, patterns above */
};

#define PR_WIDE_GARBAGE UINT64_C(0xdeadbeef00000000)

struct pr_arg {
	enum pr_arg_kind kind;
	int64_t val;
	const char *str;
};

/* What the exit stop must report. */
enum pr_expect {
	PR_EXPECT_NOTHING = 0, /* the call only provides entry stops to check */
	PR_EXPECT_VALUE,       /* rval == value, is_error 0 */
	PR_EXPECT_PID,         /* rval == tracee pid */
	PR_EXPECT_PPID,        /* rval == tracer pid */
	PR_EXPECT_HIGH,        /* rval == high_addr (a mapping there) */
	PR_EXPECT_LARGE,       /* rval == large_offset */
	PR_EXPECT_WORD_MAX,    /* rval == the largest positive value of the word */
	PR_EXPECT_ERRNO,       /* rval == -value, is_error 1 */
	PR_EXPECT_TID,         /* rval == the calling thread's id */
	PR_EXPECT_CHILD,       /* rval == the pid the latest fork, vfork or clone
				* event stop's message named */
	PR_EXPECT_SKIPPED,     /* what the arch returns for a call the tracer
				* skipped with nr -1: -ENOSYS, or the first
				* argument where the arch leaves its register be */
	PR_EXPECT_SKIPPED_SECCOMP, /* the same, skipped at its seccomp stop */
	PR_EXPECT_ROLLED_BACK, /* what syscall_rollback() leaves in the result
				* registers of a call the filter traps or kills
				* (SECCOMP_RET_TRAP, _KILL_PROCESS: __seccomp_filter(),
				* kernel/seccomp.c), the call not made: the
				* personality's rollback_leaves (pr_expected_rolled_back) */
	PR_EXPECT_FIRST_CALL,  /* what the personality's first_call returns */
	PR_EXPECT_TABLE_END,   /* what the kernel's last syscall returns given
				* six patterns (src/table-end.h) */
};

/* The kinds of stop a group's run goes through (see pr_plan). */
enum pr_stop_kind {
	PR_STOP_SIGSTOP,       /* the tracee's initial SIGSTOP */
	PR_STOP_ENTRY,         /* syscall-entry-stop */
	PR_STOP_EXIT,          /* syscall-exit-stop */
	PR_STOP_SECCOMP,       /* PTRACE_EVENT_SECCOMP stop */
	PR_STOP_SIGNAL,        /* signal-delivery-stop; the tracer delivers it */
	PR_STOP_EVENT,         /* PTRACE_EVENT_* stop (fork, vfork, clone,
				* vfork-done, exit: the plan stop's event) */
};

/* A change the tracer makes at one stop of a call, and what the tracee must
 * then see (checked through the next call, a "report" with PR_ARG_LAST). */
enum pr_tamper_nr {
	PR_TAMPER_NR_KEEP = 0,
	PR_TAMPER_NR_SET,       /* the tamper's nr */
	PR_TAMPER_NR_SKIP,      /* -1 */
	PR_TAMPER_NR_FIRST,     /* the table's first number (table_base) */
	PR_TAMPER_NR_LAST,      /* the kernel's last (src/table-end.h) */
	PR_TAMPER_NR_PAST_LAST, /* one past it */
};

struct pr_tamper {
	enum pr_stop_kind at;  /* PR_STOP_ENTRY, PR_STOP_EXIT or PR_STOP_SECCOMP */
	enum pr_tamper_nr nr_change;
	enum pr_sys nr;        /* with PR_TAMPER_NR_SET */
	unsigned args_mask;    /* bit i: replace argument i with args[i] */
	struct pr_arg args[6];
	bool set_result;       /* at an exit stop: make the call return rval */
	int64_t rval;          /* -errno with is_error */
	bool is_error;
	bool rval_max;         /* rval is the largest positive value of the word */
	/* Change nothing: SET the info GET gave, or write back the registers
	 * read; the call must return what it returns untouched. */
	bool identity;
	enum pr_expect observe; /* what the tracee's call returns afterwards */
	int64_t observe_value;
};

/* The tamper's rval for personality p. */
int64_t pr_tamper_rval(const struct pr_personality *p, const struct pr_tamper *t);

/* A call the tracer interrupts (struct pr_call's interrupt): what the tracee
 * does with the signal, and what the kernel then does with the call. */
enum pr_handler {
	PR_SUPPRESSED = 0,     /* no handler: the tracer discards the signal at
				* its delivery stop */
	PR_HANDLER,            /* an SA_SIGINFO handler without SA_RESTART */
	PR_HANDLER_SA_RESTART, /* the same with SA_RESTART */
};

enum pr_restart {
	PR_NOT_RESTARTED = 0,  /* the tracee sees the call fail (-EINTR) */
	PR_RESTART_SAME,       /* the trap runs again: same nr, same args */
	PR_RESTART_SYSCALL,    /* the trap runs again as the arch's restart_syscall */
};

enum pr_ptrace_interrupt {
	PR_NO_PTRACE_INTERRUPT = 0,
	/* The tracer resumes with PTRACE_SYSCALL: the interrupted call's exit
	 * stop is the trap PTRACE_INTERRUPT asked for (ptrace_stop(): "any trap
	 * clears pending STOP trap"), no PTRACE_EVENT_STOP follows. */
	PR_INTERRUPT_THEN_SYSCALL,
	/* With PTRACE_CONT: no exit stop, the trap is a PTRACE_EVENT_STOP. */
	PR_INTERRUPT_THEN_CONT,
};

/* A signal the call raises at the tracee itself (kill(pid, sig)). */
enum pr_raise_how {
	PR_RAISE_HANDLED = 0,  /* its SA_SIGINFO handler runs and returns through
				* rt_sigreturn */
	PR_RAISE_ALTSTACK,     /* the same on the sigaltstack */
	PR_RAISE_UNHANDLED,    /* no handler, and the tracer does not deliver it
				* (SIGTRAP): its signal-delivery-stop alone */
};

struct pr_raise {
	int sig;
	enum pr_raise_how how;
};

/* A call the tracer interrupts at its entry stop (a signal, or
 * PTRACE_INTERRUPT), so the call (which would block) ends with the
 * kernel-internal -interrupted (ERESTARTSYS 512, ERESTART_RESTARTBLOCK 516)
 * at its exit stop; then the signal's delivery stop, the handler's
 * rt_sigreturn (with a handler), and the restarted call's entry and exit
 * (restart).  The call's expect/value are what the tracee's call finally
 * returns. */
struct pr_interrupt {
	int sig;               /* the signal sent; 0 for PTRACE_INTERRUPT */
	int interrupted;
	enum pr_handler handler;
	enum pr_restart restart;
	enum pr_ptrace_interrupt then; /* PTRACE_INTERRUPT's */
};

/* What is done around a call beyond tracing it: a tracer behaviour (or the
 * tracee's part in one), each described in one file, src/actions/<name>.c,
 * which says the stops it adds to the plan, what the tracer does at them,
 * the checks that judge it and how the synthesiser fakes a correct kernel. */
enum pr_action_id {
	PR_ACTION_NONE = 0,
	PR_ACTION_RAISE,            /* raise: a signal at the tracee itself */
	PR_ACTION_GROUP_STOP,       /* the call raises SIGSTOP, which the tracer
				     * delivers: a group-stop, PTRACE_LISTEN,
				     * SIGCONT (PTRACE_SEIZE groups only) */
	PR_ACTION_SIGNAL_AT_ENTRY,  /* interrupt: a signal sent at the entry stop */
	PR_ACTION_PTRACE_INTERRUPT, /* interrupt: PTRACE_INTERRUPT there
				     * (PTRACE_SEIZE groups only) */
	PR_ACTION_FEED,             /* where the interrupt shows, the tracer
				     * writes a byte into PR_FD_FEED, so a
				     * restarted read returns */
	PR_ACTION_RESTORE_REGS,     /* there, it reads the registers and writes
				     * them back (NT_PRSTATUS), as a debugger
				     * does around an inferior call */
	PR_ACTION_TAMPER,           /* tamper: a change at one stop of the call */
	PR_ACTION_EVENTS,           /* events: the call's PTRACE_EVENT_* stops */
	PR_ACTION_WORKER,           /* made by the tracee's second thread (a
				     * threads group's), which the tracer
				     * attaches at the leader's SIGSTOP; the
				     * rows of both threads run in the table's
				     * order, the other thread held stopped */
	PR_ACTION_UNTRACED,         /* made before its thread is traced with
				     * PTRACE_SYSCALL: no syscall stops, only
				     * the signal it raises (the worker's first) */
	PR_ACTION_KILL,             /* kill: SIGKILL at a stop of the call, the
				     * tracee not resumed: its death */
	PR_ACTION_DETACH,           /* detach: PTRACE_DETACH at a stop of the
				     * call, with a signal or none: the tracee
				     * goes on untraced */
	PR_ACTION_TRACER_EXIT,      /* tracer-exit: the tracer process exits at a
				     * stop of the call, the tracee not resumed;
				     * with PTRACE_O_EXITKILL or without */
	PR_ACTION_FAULT,            /* fault: the call takes its own stub's
				     * pages away (PROT_NONE), so the tracee
				     * faults right after its trap: SIGSEGV,
				     * no handler, the tracer delivers it */
	PR_ACTION_ATTACH_ROUNDS,    /* attach-rounds: after a detach at the
				     * call's entry stop, PR_ATTACH_ROUNDS
				     * rounds of PTRACE_ATTACH, then of
				     * PTRACE_SEIZE and PTRACE_INTERRUPT, of
				     * every thread, each detached again */
	PR_ACTION_EXEC,             /* exec: the worker's execve (a threads
				     * group's, PTRACE_O_TRACEEXEC and _EXIT):
				     * the leader's exit event, the exec event
				     * under the leader's pid, the new image's
				     * exit */
	PR_ACTION_BLOCKED,          /* blocked: after the call's entry stop,
				     * once the tracee sleeps in it, the tracer
				     * reads /proc/PID/syscall, then feeds
				     * PR_FD_FEED so the call returns */
	PR_ACTION_SECCOMP_KILL,     /* seccomp-kill: the call's filter returns
				     * SECCOMP_RET_KILL_PROCESS: its exit stop,
				     * the exit event where asked, death by
				     * SIGSYS with no signal-delivery-stop */
	PR_ACTION_SECCOMP_TRAP,     /* seccomp-trap: the call's filter returns
				     * SECCOMP_RET_TRAP | data: its exit stop,
				     * SIGSYS's delivery stop, the tracee's
				     * handler (src/tracee/sigsys.c) and its
				     * rt_sigreturn */
	PR_ACTION_NOTIFY,           /* notify: the filter notifies the call
				     * (SECCOMP_RET_USER_NOTIF); the tracer,
				     * its supervisor, answers it */
	PR_ACTION_COUNT,
};

/* How the supervisor answers a notified call (src/actions/notify.c): the
 * call's expect and value are what the tracee then sees. */
enum pr_notify_answer {
	PR_NOTIFY_VALUE = 0,   /* val = the call's value, error 0 */
	PR_NOTIFY_ERROR,       /* error = -the call's errno (the arch's number) */
	PR_NOTIFY_CONTINUE,    /* SECCOMP_USER_NOTIF_FLAG_CONTINUE: the call runs */
};

struct pr_do {
	enum pr_action_id id;
	union {
		struct pr_raise raise;
		struct pr_interrupt interrupt;
		const struct pr_tamper *tamper;
		/* The PTRACE_EVENT_* stops the call makes between its entry
		 * and exit stops, in order; a call with PTRACE_EVENT_EXIT has
		 * no exit stop.  A fork, vfork or clone's child is detached at
		 * its first stop and _exits; the tracee reaps it with a later
		 * wait4. */
		unsigned char events[2];
		enum pr_stop_kind kill_at; /* the kind of the call's stop killed at */
		struct pr_detach {
			enum pr_stop_kind at; /* the kind of the call's stop */
			int sig;              /* passed on by PTRACE_DETACH */
		} detach;
		struct pr_tracer_exit {
			enum pr_stop_kind at; /* the kind of the call's stop */
			bool exitkill;        /* the tracer set PTRACE_O_EXITKILL */
		} tracer_exit;
		enum pr_notify_answer notify;
	};
};

#define PR_DOES_MAX 3
#define PR_ATTACH_ROUNDS 20

struct pr_call {
	const char *name;      /* names its checks: "<name>.<field>" */
	enum pr_sys sys;
	struct pr_arg args[6];
	enum pr_expect expect;
	int64_t value;
	/* Seccomp: 0, or what the tracee's filter returns for this call's
	 * syscall (<linux/seccomp.h>'s SECCOMP_RET_<action> | data; never
	 * SECCOMP_RET_KILL_THREAD, which is 0). */
	uint32_t seccomp;
	/* Made through the program's own first path in its own ABI, whatever
	 * the run's path: a program on a foreign path (x86_64's int $0x80)
	 * then mixes both in one process. */
	bool own_path;
	/* What is done around it, in order (PR_ACTION_NONE ends the list). */
	struct pr_do does[PR_DOES_MAX];
};

/* What the supervisor sends for notified call c (struct seccomp_notif_resp's
 * val, error and flags), as its notify action says, in p's numbering. */
void pr_notify_response(const struct pr_personality *p, const struct pr_call *c, int64_t *val, int64_t *error,
			uint64_t *flags);

/* The action id of the call, or NULL where it has none. */
const struct pr_do *pr_call_does(const struct pr_call *c, enum pr_action_id id);
/* Its parameters, NULL where the call has no such action. */
const struct pr_raise *pr_call_raise(const struct pr_call *c);       /* raise or group stop */
const struct pr_interrupt *pr_call_interrupt(const struct pr_call *c); /* either interrupt */
const struct pr_tamper *pr_call_tamper(const struct pr_call *c);
/* Its PTRACE_EVENT_* stops: the action's list, or { 0, 0 }. */
const unsigned char *pr_call_events(const struct pr_call *c);

#define PR_SECCOMP_DATA(v) ((uint16_t)(v))
/* The action of a call's filter (SECCOMP_RET_ACTION_FULL of its seccomp). */
#define PR_SECCOMP_ACTION(v) ((uint32_t)(v) & 0xffff0000u)
/* Does the call's filter return SECCOMP_RET_TRACE (a PTRACE_EVENT_SECCOMP
 * stop)? */
bool pr_call_seccomp_traced(const struct pr_call *c);

/* Check families a group asks the judge for. */
enum {
	PR_CHECK_SIGSTOP = 1 << 0,   /* the initial SIGSTOP: op NONE and its size */
	PR_CHECK_SEQUENCE = 1 << 1,  /* entry/exit alternate, size per op */
	PR_CHECK_ENTRY = 1 << 2,     /* entry stop fields vs expectations and raw regs */
	PR_CHECK_EXIT = 1 << 3,      /* exit stop fields vs expectations and raw regs */
	PR_CHECK_INFO_SIZE = 1 << 4, /* every user buffer size, at a guard page */
	PR_CHECK_SECCOMP = 1 << 5,   /* seccomp stops: fields, ret_data, order */
	PR_CHECK_SIGRETURN = 1 << 6, /* rt_sigreturn: nr, sp, the frame's mask */
	PR_CHECK_TAMPER = 1 << 7,    /* changes at stops, seen by the tracee */
	PR_CHECK_UNWIND = 1 << 8,    /* libunwind at entry stops */
	PR_CHECK_RESTART = 1 << 9,   /* interrupted calls: -ERESTART*, restart nr and args */
	PR_CHECK_MIXED = 1 << 10,    /* each call in its own path's ABI: arch, nr, args, result */
	PR_CHECK_EVENTS = 1 << 11,   /* PTRACE_EVENT stops: status, op NONE, size, message, child */
	PR_CHECK_REFUSALS = 1 << 12, /* at every stop, the SETs the kernel must refuse (and ignore) */
	PR_CHECK_LIFECYCLE = 1 << 13, /* a killed tracee's end: the stops before its death, the death */
	PR_CHECK_PROC_SYSCALL = 1 << 14, /* /proc/PID/syscall agrees with GET (every group) */
	PR_CHECK_SIGSYS = 1 << 16,   /* SECCOMP_RET_TRAP: SIGSYS's siginfo and ucontext, its delivery stop */
	PR_CHECK_SECCOMP_RET = 1 << 17, /* a call the filter fails, traps or kills: its stops, what the tracee sees */
	PR_CHECK_NOTIF = 1 << 15,    /* seccomp user notification: struct seccomp_notif, the answers */
};

/* A PTRACE_SET_SYSCALL_INFO the kernel must refuse, or accept changing
 * nothing: made at every stop of a refusals group from the info GET gave
 * there, with one change (src/scenarios.c's pr_refusals cite the source). */
enum pr_refusal_change {
	PR_SET_SIZE,           /* the user size is value */
	PR_SET_FLAGS,          /* flags = value */
	PR_SET_RESERVED,       /* reserved = value */
	PR_SET_OP,             /* op = value */
	PR_SET_OTHER_OP,       /* op = a syscall op other than the stop's */
	PR_SET_NR_HIGH,        /* nr += value (entry and seccomp stops only) */
	PR_SET_TAIL,           /* bytes 80-87 (seccomp's ret_data, reserved2) = value */
	PR_SET_FRAME,          /* arch, instruction_pointer, stack_pointer changed */
};

struct pr_refusal {
	const char *name;
	enum pr_refusal_change change;
	uint64_t value;
	/* The errno at an entry, exit, seccomp and non-syscall (NONE) stop,
	 * 0 for accepted, -1 where the row does not apply. */
	int error[4];
};

/* Row r's errno at a stop whose op is op (0 accepted, -1 not made). */
int pr_refusal_error(const struct pr_refusal *r, unsigned op);

#define PR_REFUSALS_MAX 16
extern const struct pr_refusal pr_refusals[];
extern const unsigned pr_nrefusals;

/* How the tracer makes a call's tamper. */
enum pr_tamper_via {
	PR_VIA_SET_INFO = 0,   /* PTRACE_SET_SYSCALL_INFO (Linux 6.16+) */
	PR_VIA_REGSET,         /* the arch's legacy PTRACE_SETREGSET NT_PRSTATUS */
};

struct pr_group {
	const char *name;
	const char *summary;
	const struct pr_call *calls;
	unsigned ncalls;
	unsigned checks;
	bool cont;             /* resume with PTRACE_CONT: only event stops */
	bool no_sysgood;       /* traced without PTRACE_O_TRACESYSGOOD */
	bool events;           /* with PTRACE_O_TRACEFORK, VFORK, CLONE, VFORKDONE, EXIT */
	bool threads;          /* the tracee has a second thread (the worker rows') */
	bool refusals_none_only; /* PR_CHECK_REFUSALS at its op NONE stops only */
	bool exec_events;      /* with PTRACE_O_TRACEEXEC and PTRACE_O_TRACEEXIT
				* (not TRACECLONE: a threads group's worker,
				* made in the fixture, is seized at the SIGSTOP) */
	bool seize;            /* attached with PTRACE_SEIZE (PTRACE_O_TRACEEXEC) before
				* the tracee's exec, not PTRACE_TRACEME: the plan
				* starts with the exec's PTRACE_EVENT_EXEC stop */
	enum pr_tamper_via via;
};

extern const struct pr_group pr_groups[];
extern const unsigned pr_ngroups;

const struct pr_group *pr_group_find(const char *name);
/* The tracer-exit action of one of the group's calls, or NULL: its tracer is
 * a process of its own, which exits at that call's stop. */
const struct pr_tracer_exit *pr_group_tracer_exit(const struct pr_group *g);

/* Fixed resources the tracee sets up before its first stop. */
#define PR_FD_MEMFD 100        /* a memfd */
#define PR_FD_PIPE_R 101       /* read end of an empty O_NONBLOCK pipe */
#define PR_FD_PIPE_W 102
#define PR_FD_FEED 103         /* read end of a blocking pipe the tracer writes */
#define PR_FD_GO_R 104         /* a blocking pipe the worker thread waits on */
#define PR_FD_GO_W 105
#define PR_FD_LISTENER 106     /* the seccomp filter's listener (a notifying group's) */
#define PR_SCRATCH_STR_SLOT 512      /* call i's string at scratch + i * slot */
#define PR_SCRATCH_ARGV_STR 256      /* a PR_ARG_ARGV's string, then its table, */
#define PR_SCRATCH_ARGV 384          /* in the call's slot */
/* The tracee program run as "PROGRAM PR_EXEC_ARG" (an execve's new image)
 * returns PR_EXEC_STATUS from main at once. */
#define PR_EXEC_ARG "--exec-exit"
#define PR_EXEC_STATUS 23
#define PR_SCRATCH_IOV 0x7000        /* the iovec tables (PR_ARG_IOV), 0x40 apart */
#define PR_SCRATCH_SOURCE 0x70c0     /* what the source segments hold */
#define PR_SCRATCH_DEST 0x7100       /* two destination areas of PR_DEST_SIZE */
#define PR_DEST_SIZE 16
/* What the tracee's SIGSYS handler got (src/tracee/sigsys.c), 8-byte
 * words in its byte order: PR_SIGSYS_* below. */
#define PR_SCRATCH_SIGSYS 0x7e00
enum {
	PR_SIGSYS_HANDLED,     /* 1 once the handler ran */
	PR_SIGSYS_SIGNO, PR_SIGSYS_CODE, PR_SIGSYS_ERRNO, PR_SIGSYS_CALL_ADDR, PR_SIGSYS_SYSCALL, PR_SIGSYS_ARCH,
	PR_SIGSYS_UC_READ,     /* 1 where the arch's hook read the ucontext */
	PR_SIGSYS_UC_NR,       /* its syscall number register, then the six */
	PR_SIGSYS_UC_ARGS,     /* argument registers (PR_SIGSYS_UC_ARGS + i) */
	PR_SIGSYS_WORDS = PR_SIGSYS_UC_ARGS + 6,
};
#define PR_SCRATCH_RESULT 0x7f00     /* the tracee's last result, 8 bytes, its order */
#define PR_SCRATCH_LISTENER 0x7f08   /* a notifying group's: 0, or the errno of its
				      * seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER), 8 bytes */
#define PR_IOV_SOURCE "ab\0\0\0\0\0\0cdef"  /* segments: 2 bytes at 0, 4 at 8 */
#define PR_SCRATCH_BUF 0x8000        /* a 4 KiB writable buffer */
#define PR_SCRATCH_SIZE 0x10000      /* read-write part */
#define PR_SCRATCH_GUARD 0x1000      /* then a PROT_NONE page */
#define PR_SCRATCH_MOVABLE 0x20000   /* a separate read-write page */
#define PR_SCRATCH_UNMAPPED 0x100000 /* nothing here */
#define PR_MAX_CALLS (PR_SCRATCH_IOV / PR_SCRATCH_STR_SLOT)
#define PR_SCRATCH_ALTSTACK 0x9000   /* the sigaltstack, up to the guard */
#define PR_SCRATCH_ALTSTACK_SIZE (PR_SCRATCH_SIZE - PR_SCRATCH_ALTSTACK)

/* Signal masks of the sigreturn scenarios, as kernel sigset bits (bit
 * sig - 1): blocked before the raise, and the handler's sa_mask.  Both reach
 * into the upper 32 bits so a truncated or swapped mask shows. */
#define PR_SIGBIT(sig) (UINT64_C(1) << ((sig) - 1))
#define PR_SIGRETURN_BLOCKED (PR_SIGBIT(1) | PR_SIGBIT(3) | PR_SIGBIT(21) | PR_SIGBIT(40) | PR_SIGBIT(64))
#define PR_SIGRETURN_SA_MASK (PR_SIGBIT(13) | PR_SIGBIT(14) | PR_SIGBIT(50))

/* The value of argument i of call c (the call's index in its group is idx), as
 * the personality's tracee passes it and the kernel must report it. */
uint64_t pr_arg_value(const struct pr_personality *p, const struct pr_call *c,
		      unsigned idx, unsigned i, int64_t tracee_pid);

/* What an outcome (a call's expect and value) means as (rval, is_error);
 * args are the call's six arguments as it ends (pr_final_args(), for
 * PR_EXPECT_SKIPPED; NULL where the outcome needs none). */
void pr_expected_result(const struct pr_personality *p, enum pr_tamper_via via, enum pr_expect e,
			int64_t value, const uint64_t *args, int64_t tracee_pid, int64_t tracer_pid,
			int64_t *rval, bool *is_error);
/* What GET must say after the tamper t set a result at an exit stop of a
 * program (its own personality) on personality p's path, through via. */
void pr_expected_readback(const struct pr_personality *p, const struct pr_personality *program,
			  enum pr_tamper_via via, const struct pr_tamper *t, int64_t *rval, bool *is_error);
/* The value of one argument a of the call at index idx. */
uint64_t pr_arg_eval(const struct pr_personality *p, const struct pr_arg *a, unsigned idx,
		     int64_t tracee_pid);

/* The iovec table PR_ARG_IOV val which names: its segments' bases and
 * lengths; and what a correct process_vm_writev from table 0 to a
 * destination table leaves in that destination's area. */
void pr_iov_table(const struct pr_personality *p, unsigned which, uint64_t base[3], uint64_t len[3],
		  unsigned *n);
void pr_iov_dest_expected(uint8_t out[PR_DEST_SIZE]);
/* The destination area a tamper's process_vm_writev writes to, or -1. */
int pr_tamper_dest_area(const struct pr_tamper *t);

/* PR_EXPECT_ROLLED_BACK for call c (index idx) of personality p on path: the
 * result registers its rollback_leaves gives, as its convention reports
 * them (decode_result). */
void pr_expected_rolled_back(const struct pr_personality *p, const char *path, const struct pr_call *c, unsigned idx,
			     int64_t tracee_pid, int64_t *rval, bool *is_error);

/* The number tamper t makes the call (old: the one it has), as the tracer
 * writes it; false where it is the table's end and end is NULL (the
 * kernel's version unknown). */
bool pr_tamper_nr_value(const struct pr_personality *p, const struct pr_tamper *t, const struct pr_table_end *end,
			uint64_t old, uint64_t *nr);
/* Whether tamper t's arguments reach the registers through via: not those
 * of a call PTRACE_SET_SYSCALL_INFO skips (kernel/ptrace.c
 * ptrace_set_syscall_info_entry(): "if (nr != -1)
 * syscall_set_arguments()", the first argument's register being the
 * result's on some arches); the regset writes what it is given. */
bool pr_tamper_writes_args(enum pr_tamper_via via, const struct pr_tamper *t);
/* What GET must say at an entry or seccomp stop after tamper t changed the
 * call (index idx) whose GET was before: nr and arguments; false where
 * the number cannot be known (pr_tamper_nr_value). */
bool pr_expected_after_change(const struct pr_personality *p, const char *path, enum pr_tamper_via via,
			      const struct pr_tamper *t, const struct pr_call *c, unsigned idx, int64_t tracee_pid,
			      const struct pr_table_end *end, const struct pr_info *before, struct pr_info *after);
/* The same over the call as the suite made it (its number and arguments,
 * not a GET's): the judge's expectation. */
bool pr_expected_after_made(const struct pr_personality *p, const char *path, enum pr_tamper_via via,
			    const struct pr_tamper *t, const struct pr_call *c, unsigned idx, int64_t tracee_pid,
			    const struct pr_table_end *end, struct pr_info *after);
/* The o32 path whose calls go through syscall(__NR_syscall, nr, ...). */
bool pr_path_is_indirect(const char *path);
/* How many of the arguments pr_expected_after_change() gives are known
 * (an indirect first call's last is not). */
unsigned pr_after_args_known(const struct pr_personality *p, const struct pr_tamper *t);
/* The arguments call c (index idx) has when it ends: its tamper's where
 * it wrote them, else its own (for PR_EXPECT_SKIPPED). */
void pr_final_args(const struct pr_personality *p, enum pr_tamper_via via, const struct pr_call *c, unsigned idx,
		   int64_t tracee_pid, uint64_t args[6]);

/* The pattern for argument n (1..6) at full 64-bit width. */
uint64_t pr_pattern(unsigned n);

#endif
