/* Every payload kind, in the order a recording writes a stop's payloads. */
#include "payload.h"

const struct pr_payload_kind *const pr_payload_kinds[] = {
	NULL,
};
