/* At an entry stop (observe.c records it where the stub stores one, the
 * synthesiser fakes it, judge-entry.c reads it): the stack pointer the stub
 * stored just before its trap, read from the tracee's pr_stub_sp. */
#ifndef PR_PAYLOADS_STORED_SP_H
#define PR_PAYLOADS_STORED_SP_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

struct pr_stored_sp {
	bool stub_sp_read;
	uint64_t stub_sp;
};

PR_PAYLOAD(stored_sp, struct pr_stored_sp)

#endif
