/* The live half's per-arch hooks, implemented once per host arch in
 * arch/<arch>/host.c and arch/<arch>/regs.c. */
#ifndef PR_HOST_H
#define PR_HOST_H

#include <sys/types.h>

#include "personality.h"

/* Names of the personalities a tracer on this host can trace, NULL-terminated. */
extern const char *const pr_host_personalities[];

/* Read the stopped tracee's registers into the common view.
 * 0 on success, -errno on failure. */
int pr_read_regs(pid_t pid, struct pr_raw_regs *out);

#endif
