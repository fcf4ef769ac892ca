/* The i386 tracee's syscall paths (live half, i386 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "i386-nr.h"

/* The expectation table agrees with this toolchain's own numbers. */
#define SAME_NR(name) _Static_assert(I386_NR_##name == __NR_##name, "i386 nr of " #name);
PR_SYSCALLS(SAME_NR)

PR_STUB_DECLARE(int80);

const char pr_tracee_personality[] = "i386";

const struct pr_path pr_tracee_paths[] = {
	PR_STUB_PATH(int80),
	{ 0 },
};
