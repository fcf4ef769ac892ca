/* The arm tracee's syscall paths (live half, arm tracee only): the same
 * svc #0 from ARM state and from Thumb state. */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "arm-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(ARM)

PR_STUB_DECLARE(arm);
PR_STUB_DECLARE(thumb);

const char pr_tracee_personality[] = "arm";

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(arm) },
	{ PR_STUB(thumb) },
	{ 0 },
};
