/* libunwind at an entry stop of an unwind group (unwind.c records it,
 * judge-unwind.c reads it): its status, the innermost frame's ip, sp and
 * procedure, and the whole backtrace as text. */
#ifndef PR_PAYLOADS_UNWIND_H
#define PR_PAYLOADS_UNWIND_H

#include <stdint.h>

#include "payload.h"

enum pr_unwind_status {
	PR_UNWIND_NOT_RUN = 0,
	PR_UNWIND_OK,
	PR_UNWIND_UNSUPPORTED,       /* the run's unwind_skip says why */
	PR_UNWIND_FAILED,            /* unwind_bt says where it stopped */
};

struct pr_unwound {
	int unwind_status;           /* enum pr_unwind_status */
	int unwind_err;              /* libunwind's error code when FAILED */
	uint64_t unwind_ip;
	uint64_t unwind_sp;
	char unwind_proc[64];
	unsigned unwind_depth;
	char unwind_bt[640];
};

PR_PAYLOAD(unwind, struct pr_unwound)

#endif
