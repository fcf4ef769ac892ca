#include "payloads/child.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_child, child_status, PR_REC_HEXINT, child_status),
};

PR_PAYLOAD_KIND(child, struct pr_child, rows);
