/* What an i386 tracer can trace: its own tracees (the compat ptrace entry when
 * the kernel is 64-bit). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "i386", NULL };

const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "i386";

const char *const pr_host_unwind_defect = NULL;
