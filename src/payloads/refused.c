#include "payloads/refused.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_refused, refused, PR_REC_BOOL, refused),
	LIST(struct pr_refused, refusal_ret, PR_REC_DEC_LIST, refusal_ret, PR_REFUSALS_MAX),
	FIELD(struct pr_refused, refusal_after_ret, PR_REC_DEC, refusal_after_ret),
	LIST(struct pr_refused, refusal_after, PR_REC_BYTES, refusal_after, PR_INFO_BUF),
};

PR_PAYLOAD_KIND(refused, struct pr_refused, rows);
