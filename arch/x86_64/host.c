/* What an x86_64 tracer can trace: its own 64-bit tracees, and i386 tracees
 * through IA32 emulation (the compat path strace uses). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "x86_64", "i386", NULL };
