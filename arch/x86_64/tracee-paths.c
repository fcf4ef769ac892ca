/* The x86_64 tracee's syscall paths (live half, x86_64 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "x86_64-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(X86_64)

PR_STUB_DECLARE(syscall);
PR_STUB_DECLARE(int80);

const char pr_tracee_personality[] = "x86_64";

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(syscall) },
	{ PR_STUB(int80), .personality = "i386" }, /* int $0x80 from 64-bit code */
	{ 0 },
};
