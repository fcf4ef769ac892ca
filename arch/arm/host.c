/* What an arm tracer can trace: its own tracees (the compat ptrace entry
 * when the kernel is arm64). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "arm", NULL };

/* Both paths (ARM and Thumb state) speak the arm ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "arm";

const char *const pr_host_unwind_defect = NULL;
