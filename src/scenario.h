/* Scenarios: what the tracee does and what the tracer must see, as data.
 * The tracee program of every personality runs the same table through its own
 * stubs; the judge reads the same table to know what each stop must show. */
#ifndef PR_SCENARIO_H
#define PR_SCENARIO_H

#include <stdint.h>

#include "personality.h"

/* How an argument's value is made.  Every kind is deterministic, so tracer and
 * tracee compute the same value without talking. */
enum pr_arg_kind {
	PR_ARG_ZERO = 0,
	PR_ARG_VAL,    /* a literal, cut to the personality's word */
	PR_ARG_PAT,    /* distinct pattern n (1..6): 0xdadNbefNbadNfedN */
	PR_ARG_STR,    /* pointer to a string in the scratch area */
	PR_ARG_BUF,    /* pointer to a writable scratch buffer */
	PR_ARG_FAULT,  /* pointer into a PROT_NONE page */
	PR_ARG_MOVABLE, /* a mapped page the scenario may move away */
	PR_ARG_UNMAPPED, /* an address nothing is mapped at */
	PR_ARG_PID,    /* the tracee's pid */
	PR_ARG_HIGH,   /* the personality's high_addr */
	PR_ARG_LARGE,  /* the personality's large_offset */
};

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
	PR_EXPECT_ERRNO,       /* rval == -value, is_error 1 */
};

struct pr_call {
	const char *name;      /* names its checks: "<name>.<field>" */
	enum pr_sys sys;
	struct pr_arg args[6];
	enum pr_expect expect;
	int64_t value;
};

/* Check families a group asks the judge for. */
enum {
	PR_CHECK_SIGSTOP = 1 << 0,   /* the initial SIGSTOP: op NONE and its size */
	PR_CHECK_SEQUENCE = 1 << 1,  /* entry/exit alternate, size per op */
	PR_CHECK_ENTRY = 1 << 2,     /* entry stop fields vs expectations and raw regs */
	PR_CHECK_EXIT = 1 << 3,      /* exit stop fields vs expectations and raw regs */
	PR_CHECK_INFO_SIZE = 1 << 4, /* every user buffer size, at a guard page */
};

struct pr_group {
	const char *name;
	const char *summary;
	const struct pr_call *calls;
	unsigned ncalls;
	unsigned checks;
};

extern const struct pr_group pr_groups[];
extern const unsigned pr_ngroups;

const struct pr_group *pr_group_find(const char *name);

/* Fixed resources the tracee sets up before its first stop. */
#define PR_FD_MEMFD 100        /* a memfd */
#define PR_FD_PIPE_R 101       /* read end of an empty O_NONBLOCK pipe */
#define PR_FD_PIPE_W 102
#define PR_SCRATCH_STR_SLOT 512      /* call i's string at scratch + i * slot */
#define PR_SCRATCH_BUF 0x8000        /* a 4 KiB writable buffer */
#define PR_SCRATCH_SIZE 0x10000      /* read-write part */
#define PR_SCRATCH_GUARD 0x1000      /* then a PROT_NONE page */
#define PR_SCRATCH_MOVABLE 0x20000   /* a separate read-write page */
#define PR_SCRATCH_UNMAPPED 0x100000 /* nothing here */
#define PR_MAX_CALLS (PR_SCRATCH_BUF / PR_SCRATCH_STR_SLOT)

/* The value of argument i of call c (the call's index in its group is idx), as
 * the personality's tracee passes it and the kernel must report it. */
uint64_t pr_arg_value(const struct pr_personality *p, const struct pr_call *c,
		      unsigned idx, unsigned i, int64_t tracee_pid);

/* The pattern for argument n (1..6) at full 64-bit width. */
uint64_t pr_pattern(unsigned n);

#endif
