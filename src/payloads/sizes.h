/* The info-size group's probe at a stop (infosize.c records it, judge-infosize.c
 * reads it): per user buffer size 0..PR_INFO_SIZE, what PTRACE_GET_SYSCALL_INFO
 * returned and how it wrote the buffer. */
#ifndef PR_PAYLOADS_SIZES_H
#define PR_PAYLOADS_SIZES_H

#include <stdbool.h>
#include <stdint.h>

#include "info.h"
#include "payload.h"

enum {
	PR_SIZE_PREFIX_OK = 1 << 0,  /* bytes written equal the full info's prefix */
	PR_SIZE_REST_UNTOUCHED = 1 << 1, /* nothing written past min(size, returned) */
};

struct pr_sizes {
	bool sized;                  /* the probe ran */
	int64_t size_ret[PR_INFO_SIZE + 1];
	uint8_t size_flags[PR_INFO_SIZE + 1];
};

PR_PAYLOAD(sizes, struct pr_sizes)

#endif
