#include "payloads/stored-sp.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_stored_sp, stub_sp_read, PR_REC_BOOL, stub_sp_read),
	FIELD(struct pr_stored_sp, stub_sp, PR_REC_HEX, stub_sp),
};

PR_PAYLOAD_KIND(stored_sp, struct pr_stored_sp, rows);
