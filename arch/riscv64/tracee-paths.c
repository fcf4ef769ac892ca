/* The riscv64 tracee's syscall path (live half, riscv64 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "riscv64-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(RISCV64)

PR_STUB_DECLARE(ecall);

const char pr_tracee_personality[] = "riscv64";

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(ecall) },
	{ 0 },
};
