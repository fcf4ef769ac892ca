/* What a ppc64le tracer traces: its own 64-bit tracees, through sc and scv. */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "ppc64le", NULL };

/* No syscall path here speaks another personality's ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "ppc64le";

const char *const pr_host_unwind_defect = NULL;
