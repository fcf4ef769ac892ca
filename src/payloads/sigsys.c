#include "payloads/sigsys.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_sigsys, sigsys_read, PR_REC_BOOL, sigsys_read),
	FIELD(struct pr_sigsys, sigsys_err, PR_REC_INT, sigsys_err),
	LIST(struct pr_sigsys, sigsys, PR_REC_HEX_LIST, sigsys, PR_SIGSYS_WORDS),
};

PR_PAYLOAD_KIND(sigsys, struct pr_sigsys, rows);
