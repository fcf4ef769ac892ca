#include "payloads/frame.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_frame, framed, PR_REC_BOOL, framed),
	FIELD(struct pr_frame, frame_err, PR_REC_INT, frame_err),
	FIELD(struct pr_frame, frame_addr, PR_REC_HEX, frame_addr),
	LIST(struct pr_frame, frame_mask, PR_REC_BYTES, frame_mask, 8),
};

PR_PAYLOAD_KIND(frame, struct pr_frame, rows);
