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
};

enum pr_end {
	PR_END_NONE = 0,      /* still running (only while tracing) */
	PR_END_EXITED,        /* code: exit status */
	PR_END_SIGNALED,      /* code: signal */
	PR_END_TIMEOUT,       /* code: seconds */
	PR_END_LAUNCH,        /* the tracee could not be started: message says why */
	PR_END_TRACER,        /* a ptrace request failed: message says which */
};

struct pr_run {
	const struct pr_personality *pers;
	const char *path;            /* syscall path name */
	const struct pr_group *group;
	char machine[65];            /* uname of the traced kernel */
	char release[65];
	int64_t pid;                 /* tracee */
	int64_t ppid;                /* tracer */
	uint64_t stub_begin, stub_end;
	unsigned nstops;
	struct pr_stop *stops;       /* 1 + 2 * ncalls expected */
	enum pr_end end;
	int end_code;
	char end_msg[200];
};

/* Stops a group produces: the initial SIGSTOP, then entry and exit per call. */
static inline unsigned pr_expected_stops(const struct pr_group *g)
{
	return 1 + 2 * g->ncalls;
}

/* One line saying how the tracee ended, e.g. "killed by SIGKILL". */
void pr_run_describe_end(const struct pr_run *run, char *buf, unsigned len);

#endif
