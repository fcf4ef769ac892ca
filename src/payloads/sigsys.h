/* At the rt_sigreturn entry stop of a SIGSYS handler (observe.c records it,
 * the seccomp-trap action fakes it, judge-sigsys.c reads it): the words the
 * tracee's handler stored at PR_SCRATCH_SIGSYS (src/tracee/sigsys.c), read
 * from its memory: PR_SIGSYS_* (siginfo's seccomp fields, the ucontext's
 * syscall registers). */
#ifndef PR_PAYLOADS_SIGSYS_H
#define PR_PAYLOADS_SIGSYS_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"
#include "scenario.h"

struct pr_sigsys {
	bool sigsys_read;
	int sigsys_err;              /* 0 or -errno */
	uint64_t sigsys[PR_SIGSYS_WORDS];
};

PR_PAYLOAD(sigsys, struct pr_sigsys)

#endif
