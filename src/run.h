/* Observations: everything the tracer saw while one tracee ran one group, as
 * plain data.  The judge reads only this, never ptrace, so a run can be
 * fabricated in a unit test or read back from a recording. */
#ifndef PR_RUN_H
#define PR_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include "info.h"
#include "personality.h"
#include "scenario.h"

struct pr_payload;

#define PR_INFO_BUF 256 /* larger than the struct: a kernel returning more shows */

/* Per buffer size, how PTRACE_GET_SYSCALL_INFO behaved (info-size group). */
enum {
	PR_SIZE_PREFIX_OK = 1 << 0,  /* bytes written equal the full info's prefix */
	PR_SIZE_REST_UNTOUCHED = 1 << 1, /* nothing written past min(size, returned) */
};

struct pr_stop {
	int status;                  /* waitpid() status */
	int64_t info_ret;            /* PTRACE_GET_SYSCALL_INFO result, or -errno */
	uint8_t info[PR_INFO_BUF];   /* raw bytes, zero past what the kernel wrote */
	int regs_err;                /* 0, or -errno from the register reader */
	struct pr_raw_regs regs;
	bool sized;                  /* size probing was done at this stop */
	int64_t size_ret[PR_INFO_SIZE + 1];
	uint8_t size_flags[PR_INFO_SIZE + 1];
	/* PTRACE_GETSIGMASK at this stop: 0 or -errno, and the blocked set
	 * (kernel sigset bits, sig - 1). */
	int sigmask_err;
	uint64_t sigmask;
	/* PTRACE_GETEVENTMSG at a PTRACE_EVENT_SECCOMP stop: 0 or -errno, value. */
	int eventmsg_err;
	uint64_t eventmsg;
	/* At an rt_sigreturn entry stop: the 8 bytes the tracee has at frame_addr
	 * (stack_pointer + the row's sigframe_mask_offset); frame_err 0 or -errno. */
	bool framed;
	int frame_err;
	uint64_t frame_addr;
	uint8_t frame_mask[8];
	/* The tracer changed this stop (the call's tamper): the request's result
	 * (0 or -errno) and PTRACE_GET_SYSCALL_INFO read right after it. */
	bool tampered;
	int64_t tamper_ret;
	int64_t after_ret;
	uint8_t after[PR_INFO_BUF];
	/* libunwind at this entry stop (enum pr_unwind_status), the innermost
	 * frame's ip, sp and procedure, and the whole backtrace as text. */
	int unwind_status;
	int unwind_err;              /* libunwind's error code when FAILED */
	uint64_t unwind_ip;
	uint64_t unwind_sp;
	char unwind_proc[64];
	unsigned unwind_depth;
	char unwind_bt[640];
	/* At an entry stop: the stack pointer the stub stored just before its
	 * trap (read from the tracee's pr_stub_sp), when the stub stores one. */
	bool stub_sp_read;
	uint64_t stub_sp;
	/* At a fork, vfork or clone event stop: the new child's first stop
	 * (waitpid status; 0 when it made none), after which it is detached. */
	int child_status;
	/* At the exec's PTRACE_EVENT_EXEC stop: the new image's entry point as
	 * its ELF header gives it (ET_EXEC; 0: unreadable or not ET_EXEC) and
	 * the initial stack pointer as the kernel's mm->start_stack
	 * (/proc/PID/stat's startstack; 0: unreadable). */
	uint64_t elf_entry;
	uint64_t start_stack;
	/* At an entry stop of a group that changes calls: what the tracee's
	 * previous call returned as the tracee stored it (PR_SCRATCH_RESULT)
	 * and the destination areas (PR_SCRATCH_DEST), read from its memory;
	 * seen_err 0 or -errno. */
	/* A refusals group: each pr_refusals row's SET result at this stop (0,
	 * -errno; 1: not made), and the GET after them all. */
	bool refused;
	int64_t refusal_ret[PR_REFUSALS_MAX];
	int64_t refusal_after_ret;
	uint8_t refusal_after[PR_INFO_BUF];
	bool seen_read;
	int seen_err;
	uint64_t seen_result;
	uint8_t seen_dest[2 * PR_DEST_SIZE];
	/* What only some stops record (payload.h): NULL, or a short list. */
	struct pr_payload *payloads;
};

enum pr_unwind_status {
	PR_UNWIND_NOT_RUN = 0,
	PR_UNWIND_OK,
	PR_UNWIND_UNSUPPORTED,       /* the run's unwind_skip says why */
	PR_UNWIND_FAILED,            /* unwind_bt says where it stopped */
};

enum pr_end {
	PR_END_NONE = 0,      /* still running (only while tracing) */
	PR_END_EXITED,        /* code: exit status */
	PR_END_SIGNALED,      /* code: signal */
	PR_END_TIMEOUT,       /* code: seconds */
	PR_END_LAUNCH,        /* the tracee could not be started: message says why */
	PR_END_TRACER,        /* a ptrace request failed: message says which */
	PR_END_SKIPPED,       /* not run: the message is the SKIP reason */
};

struct pr_run {
	const struct pr_personality *pers;
	const char *path;            /* syscall path name */
	char program[16];            /* the tracee program's personality: pers->name,
				      * or another for a foreign path (x86_64/int80) */
	const struct pr_group *group;
	char machine[65];            /* uname of the traced kernel */
	char release[65];
	char uts_version[65];        /* uname -v: Debian's names its upstream version */
	char version_signature[128]; /* /proc/version_signature (Ubuntu's), or empty */
	int64_t pid;                 /* tracee */
	int64_t ppid;                /* tracer */
	uint64_t stub_begin, stub_end;
	uint64_t stub_trap;           /* right after the stub's trap; 0: check the range */
	uint64_t stub_sp_slot;        /* where the stub stores its sp; 0: it does not */
	int64_t worker_tid;           /* a threads group's second thread; 0: none */
	unsigned nstops;
	struct pr_stop *stops;       /* 1 + 2 * ncalls expected */
	unsigned stops_made;         /* allocated, nstops or more (payload.h) */
	/* Groups tampering through PTRACE_SET_SYSCALL_INFO: a SET of the info
	 * unchanged at the first entry stop, 0 or -errno (-EIO: no such request). */
	bool set_probed;
	int64_t set_probe_ret;
	char unwind_skip[160];       /* why libunwind cannot unwind this tracee */
	unsigned extra_stops;        /* stops after the plan's last (none expected) */
	int extra_status;            /* the wait status of the first of them */
	enum pr_end end;
	int end_code;
	char end_msg[200];
};

/* How the run ended, with a printf-style message (end_msg). */
void pr_run_set_end(struct pr_run *run, enum pr_end end, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The tracee program's personality (run->program, or the run's own). */
const struct pr_personality *pr_run_program(const struct pr_run *run);

/* The traced kernel's upstream version, from what the run recorded of it. */
struct pr_kversion;
void pr_run_kversion(const struct pr_run *run, struct pr_kversion *v);

/* One line saying how the tracee ended, e.g. "killed by SIGKILL". */
void pr_run_describe_end(const struct pr_run *run, char *buf, unsigned len);

#endif
