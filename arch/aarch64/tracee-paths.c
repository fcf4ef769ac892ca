/* The aarch64 tracee's syscall path (live half, aarch64 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "aarch64-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(AARCH64)

PR_STUB_DECLARE(svc);

const char pr_tracee_personality[] = "aarch64";

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(svc) },
	{ 0 },
};
