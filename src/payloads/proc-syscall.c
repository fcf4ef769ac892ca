#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "payloads/proc-syscall.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	SPARSE(struct pr_proc_syscall, proc_err, PR_REC_INT, err),
	SPARSE(struct pr_proc_syscall, proc_line, PR_REC_STR, line),
	SPARSE(struct pr_proc_syscall, proc_blocked_err, PR_REC_INT, blocked_err),
	SPARSE(struct pr_proc_syscall, proc_blocked, PR_REC_STR, blocked),
};

PR_PAYLOAD_KIND(proc_syscall, struct pr_proc_syscall, rows);

/* The formats are proc_pid_syscall()'s (6.1 and 7.3 alike). */
void pr_proc_syscall_parse(const char *line, struct pr_proc_view *v)
{
	unsigned long long w[8];
	int nr, used = 0;

	memset(v, 0, sizeof(*v));
	if (!line[0])
		return;
	v->form = PR_PROC_GARBLED;
	if (strcmp(line, "running") == 0) {
		v->form = PR_PROC_RUNNING;
		return;
	}
	if (sscanf(line, "%d 0x%llx 0x%llx 0x%llx 0x%llx 0x%llx 0x%llx 0x%llx 0x%llx%n", &nr, &w[0], &w[1],
		   &w[2], &w[3], &w[4], &w[5], &w[6], &w[7], &used) == 9 && !line[used] && nr >= 0) {
		v->form = PR_PROC_SYSCALL;
		for (unsigned a = 0; a < 6; a++)
			v->args[a] = w[a];
		v->sp = w[6];
		v->pc = w[7];
	} else if (sscanf(line, "%d 0x%llx 0x%llx%n", &nr, &w[0], &w[1], &used) == 3 && !line[used] && nr < 0) {
		v->form = PR_PROC_NO_SYSCALL;
		v->sp = w[0];
		v->pc = w[1];
	} else
		return;
	v->nr = nr;
}

void pr_proc_syscall_format(const struct pr_proc_view *v, char *line, unsigned len)
{
	const uint64_t *a = v->args;

	if (v->form == PR_PROC_RUNNING)
		snprintf(line, len, "running");
	else if (v->nr < 0)
		snprintf(line, len, "%d 0x%" PRIx64 " 0x%" PRIx64, v->nr, v->sp, v->pc);
	else
		snprintf(line, len, "%d 0x%" PRIx64 " 0x%" PRIx64 " 0x%" PRIx64 " 0x%" PRIx64 " 0x%" PRIx64
			 " 0x%" PRIx64 " 0x%" PRIx64 " 0x%" PRIx64, v->nr, a[0], a[1], a[2], a[3], a[4], a[5], v->sp,
			 v->pc);
}
