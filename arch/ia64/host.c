/* What an ia64 tracer can trace: its own 64-bit tracees.  (The IA-32
 * execution layer ia64 once had is gone from Linux since 2.6.34.) */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "ia64", NULL };
