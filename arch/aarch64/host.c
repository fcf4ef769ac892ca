/* What an aarch64 tracer traces: its own 64-bit tracees, and arm (AArch32)
 * tracees where the kernel and CPU run them (the compat path). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "aarch64", "arm", NULL };

/* No syscall path here speaks another personality's ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "aarch64";

const char *const pr_host_unwind_defect = NULL;
