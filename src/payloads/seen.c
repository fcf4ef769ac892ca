#include "payloads/seen.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_seen, seen_read, PR_REC_BOOL, seen_read),
	FIELD(struct pr_seen, seen_err, PR_REC_INT, seen_err),
	FIELD(struct pr_seen, seen_result, PR_REC_HEX, seen_result),
	LIST(struct pr_seen, seen_dest, PR_REC_BYTES, seen_dest, 2 * PR_DEST_SIZE),
};

PR_PAYLOAD_KIND(seen, struct pr_seen, rows);
