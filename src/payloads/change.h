/* The tracer changed this stop (tamper.c: the call's tamper, or a register
 * restore; faked by the tamper and restore-regs actions; read by
 * judge-tamper.c, judge-restart.c, judge-frame.c and the known bugs): the
 * request's result and PTRACE_GET_SYSCALL_INFO read right after it. */
#ifndef PR_PAYLOADS_CHANGE_H
#define PR_PAYLOADS_CHANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"
#include "run.h"

struct pr_change {
	bool tampered;
	int64_t tamper_ret;          /* 0 or -errno */
	int64_t after_ret;           /* the GET's result, or -errno */
	uint8_t after[PR_INFO_BUF];
};

PR_PAYLOAD(change, struct pr_change)

/* The GET after the change, decoded (at most PR_INFO_BUF bytes of it). */
void pr_change_after(const struct pr_change *ch, bool big_endian, struct pr_info *after);

#endif
