/* The x86_64 tracee's syscall paths (live half, x86_64 tracee only). */
#include "tracee/paths.h"

PR_STUB_DECLARE(syscall);

const char pr_tracee_personality[] = "x86_64";

const struct pr_path pr_tracee_paths[] = {
	PR_STUB_PATH(syscall),
	{ 0 },
};
