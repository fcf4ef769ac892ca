/* The i386 tracee's syscall paths (live half, i386 tracee only). */
#include "tracee/paths.h"

PR_STUB_DECLARE(int80);

const char pr_tracee_personality[] = "i386";

const struct pr_path pr_tracee_paths[] = {
	PR_STUB_PATH(int80),
	{ 0 },
};
