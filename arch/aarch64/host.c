/* What an aarch64 tracer traces: its own 64-bit tracees. */
#include <stddef.h>

#include "host.h"

const char *const pr_host_personalities[] = { "aarch64", NULL };
