#ifndef PR_INFOSIZE_H
#define PR_INFOSIZE_H

#include <sys/types.h>

#include "run.h"

/* Ask for the syscall info with every buffer size from 0 to PR_INFO_SIZE, the
 * buffer ending where a PROT_NONE page starts, and record per size what came
 * back into the stop's sizes payload (payloads/sizes.h).  stop->info must
 * hold the full read.  Returns 0, or -errno if the guard pages could not be made. */
int pr_probe_info_sizes(pid_t pid, struct pr_stop *stop);

#endif
