/* What an s390 tracer can trace: a 64-bit one its own tracees and 31-bit
 * ones (the compat path), a 31-bit one its own (the compat ptrace entry). */
#include <stddef.h>

#include "host.h"

#ifdef __s390x__
const char *const pr_host_personalities[] = { "s390x", "s390-31", NULL };
#else
const char *const pr_host_personalities[] = { "s390-31", NULL };
#endif

/* No syscall path here speaks another personality's ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
#ifdef __s390x__
const char pr_host_unwind_personality[] = "s390x";
#else
const char pr_host_unwind_personality[] = "s390-31";
#endif

const char *const pr_host_unwind_defect = NULL;
