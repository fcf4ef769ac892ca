/* A refusals group's stop (tamper.c records it, the synthesiser fakes it,
 * judge-refusals.c and the known bugs read it): each pr_refusals row's SET
 * result, and the GET after them all. */
#ifndef PR_PAYLOADS_REFUSED_H
#define PR_PAYLOADS_REFUSED_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"
#include "run.h"

struct pr_refused {
	bool refused;
	/* What each SET returned, or -errno; 1 where the row is not made at the
	 * stop's op (pr_refusal_error() < 0), which the judge knows from the
	 * row and never reads. */
	int64_t refusal_ret[PR_REFUSALS_MAX];
	int64_t refusal_after_ret;
	uint8_t refusal_after[PR_INFO_BUF];
};

PR_PAYLOAD(refused, struct pr_refused)

#endif
