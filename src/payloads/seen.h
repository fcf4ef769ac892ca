/* At an entry stop of a group that changes calls (observe.c records it, the
 * synthesiser fakes it, judge-tamper.c reads it): what the tracee's previous
 * call returned as the tracee stored it (PR_SCRATCH_RESULT) and the
 * destination areas (PR_SCRATCH_DEST), read from its memory. */
#ifndef PR_PAYLOADS_SEEN_H
#define PR_PAYLOADS_SEEN_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"
#include "scenario.h"

struct pr_seen {
	bool seen_read;
	int seen_err;                /* 0 or -errno */
	uint64_t seen_result;
	uint8_t seen_dest[2 * PR_DEST_SIZE];
};

PR_PAYLOAD(seen, struct pr_seen)

#endif
