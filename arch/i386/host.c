/* What an i386 tracer can trace: its own tracees (the compat ptrace entry when
 * the kernel is 64-bit). */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "i386", NULL };
