#include "payloads/sizes.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_sizes, sized, PR_REC_BOOL, sized),
	LIST(struct pr_sizes, size_ret, PR_REC_DEC_LIST, size_ret, PR_INFO_SIZE + 1),
	LIST(struct pr_sizes, size_flags, PR_REC_BYTES, size_flags, PR_INFO_SIZE + 1),
};

PR_PAYLOAD_KIND(sizes, struct pr_sizes, rows);
