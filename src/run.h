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

/* A stop: the common record every stop has (tracer-act.c's
 * pr_record_stop), and its payloads. */
struct pr_stop {
	int status;                  /* waitpid() status */
	int64_t info_ret;            /* PTRACE_GET_SYSCALL_INFO result, or -errno */
	uint8_t info[PR_INFO_BUF];   /* raw bytes, zero past what the kernel wrote */
	int regs_err;                /* 0, or -errno from the register reader */
	struct pr_raw_regs regs;
	/* PTRACE_GETSIGMASK at this stop: 0 or -errno, and the blocked set
	 * (kernel sigset bits, sig - 1). */
	int sigmask_err;
	uint64_t sigmask;
	/* PTRACE_GETEVENTMSG at a PTRACE_EVENT_SECCOMP stop: 0 or -errno, value. */
	int eventmsg_err;
	uint64_t eventmsg;
	/* What only some stops record (payload.h): NULL, or a short list. */
	struct pr_payload *payloads;
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
	int64_t ppid;                /* tracer, the tracee's parent (tracer-exit: the parent) */
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
	bool end_core;               /* PR_END_SIGNALED: WCOREDUMP, a core was dumped */
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
/* Where the run's kernel's syscall table ends, by its version; NULL with
 * why (which may be NULL) saying why it is not known. */
const struct pr_table_end *pr_run_table_end(const struct pr_run *run, char *why, size_t len);

/* One line saying how the tracee ended, e.g. "killed by SIGKILL". */
void pr_run_describe_end(const struct pr_run *run, char *buf, unsigned len);

#endif
