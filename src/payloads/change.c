#include "payloads/change.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_change, tampered, PR_REC_BOOL, tampered),
	FIELD(struct pr_change, tamper_ret, PR_REC_DEC, tamper_ret),
	FIELD(struct pr_change, after_ret, PR_REC_DEC, after_ret),
	LIST(struct pr_change, after, PR_REC_BYTES, after, PR_INFO_BUF),
};

PR_PAYLOAD_KIND(change, struct pr_change, rows);

void pr_change_after(const struct pr_change *ch, bool big_endian, struct pr_info *after)
{
	size_t n = (size_t)ch->after_ret < PR_INFO_BUF ? (size_t)ch->after_ret : PR_INFO_BUF;

	pr_info_decode(ch->after, n, big_endian, after);
}
