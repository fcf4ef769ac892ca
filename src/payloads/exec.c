#include "payloads/exec.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_exec, elf_entry, PR_REC_HEX, elf_entry),
	FIELD(struct pr_exec, start_stack, PR_REC_HEX, start_stack),
	SPARSE(struct pr_exec, former_wait, PR_REC_INT, former_wait),
};

PR_PAYLOAD_KIND(exec, struct pr_exec, rows);
