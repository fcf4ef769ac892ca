/* The aarch64 tracee's syscall path (live half, aarch64 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "aarch64-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
#define SAME_NR(name) _Static_assert(AARCH64_NR_##name == __NR_##name, "aarch64 nr of " #name);
PR_SYSCALLS(SAME_NR)

PR_STUB_DECLARE(svc);

const char pr_tracee_personality[] = "aarch64";

const struct pr_path pr_tracee_paths[] = {
	PR_STUB_PATH(svc),
	{ 0 },
};
