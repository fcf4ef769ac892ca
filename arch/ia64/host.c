/* What an ia64 tracer can trace: its own 64-bit tracees.  (The IA-32
 * execution layer ia64 once had is gone from Linux since 2.6.34.) */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "ia64", NULL };

/* No syscall path here speaks another personality's ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "ia64";

const char *const pr_host_unwind_defect = NULL;
