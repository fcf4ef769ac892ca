/* The s390 tracee's syscall path (live half, s390x or 31-bit tracee). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "s390-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(S390)

PR_STUB_DECLARE(svc);

#ifdef __s390x__
const char pr_tracee_personality[] = "s390x";
#else
const char pr_tracee_personality[] = "s390-31";
#endif

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(svc) },
	{ 0 },
};
