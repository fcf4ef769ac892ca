/* What an x86_64 tracer can trace: its own 64-bit tracees, and i386 tracees
 * through IA32 emulation (the compat path strace uses). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "x86_64", "i386", NULL };

/* int $0x80 from the 64-bit program: i386 numbers and arguments (needs the
 * kernel's IA32 emulation). */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ "x86_64", "int80", "i386" },
	{ NULL, NULL, NULL },
};

/* libunwind-ptrace as built for this host unwinds its own ABI only. */
const char pr_host_unwind_personality[] = "x86_64";

const char *const pr_host_unwind_defect = NULL;
