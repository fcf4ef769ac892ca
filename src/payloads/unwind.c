#include "payloads/unwind.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_unwound, unwind_status, PR_REC_INT, unwind_status),
	FIELD(struct pr_unwound, unwind_err, PR_REC_INT, unwind_err),
	FIELD(struct pr_unwound, unwind_ip, PR_REC_HEX, unwind_ip),
	FIELD(struct pr_unwound, unwind_sp, PR_REC_HEX, unwind_sp),
	FIELD(struct pr_unwound, unwind_proc, PR_REC_STR, unwind_proc),
	FIELD(struct pr_unwound, unwind_depth, PR_REC_INT, unwind_depth),
	FIELD(struct pr_unwound, unwind_bt, PR_REC_TEXT, unwind_bt),
};

PR_PAYLOAD_KIND(unwind, struct pr_unwound, rows);
