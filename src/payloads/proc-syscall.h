/* /proc/PID/syscall (fs/proc/base.c's proc_pid_syscall(), over lib/syscall.c's
 * task_current_syscall()): the line the kernel printed, as it printed it, at
 * a syscall stop (observe.c records it at every entry, seccomp and exit
 * stop), and at a call's exit stop, the one it printed before that stop,
 * while the tracee was blocked in the call and not stopped (the blocked
 * action, src/actions/blocked.c).  judge-proc-syscall.c reads them, the
 * synthesiser fakes them. */
#ifndef PR_PAYLOADS_PROC_SYSCALL_H
#define PR_PAYLOADS_PROC_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

/* "-2147483648" and eight " 0x" words of 16 digits: 164; room to spare, so
 * a longer line shows whole. */
#define PR_PROC_LINE_MAX 240

struct pr_proc_syscall {
	int err;                          /* 0, or -errno opening or reading it */
	char line[PR_PROC_LINE_MAX];      /* its newline cut */
	int blocked_err;
	char blocked[PR_PROC_LINE_MAX];   /* read while blocked, before this stop */
};

PR_PAYLOAD(proc_syscall, struct pr_proc_syscall)

/* The three forms proc_pid_syscall() prints. */
enum pr_proc_form {
	PR_PROC_UNREAD = 0,    /* nothing recorded */
	PR_PROC_RUNNING,       /* "running": task_current_syscall() failed
				* (the task runs, or moved while read) */
	PR_PROC_NO_SYSCALL,    /* "NR SP PC" with NR < 0: not in a syscall */
	PR_PROC_SYSCALL,       /* "NR A0 ... A5 SP PC" */
	PR_PROC_GARBLED,       /* none of them */
};

struct pr_proc_view {
	enum pr_proc_form form;
	int32_t nr;            /* printed with %d from an int (seccomp_data's) */
	uint64_t args[6];
	uint64_t sp, pc;
};

/* Parse one line as the kernel prints it. */
void pr_proc_syscall_parse(const char *line, struct pr_proc_view *v);
/* Print one in the kernel's form (the synthesiser's correct kernel). */
void pr_proc_syscall_format(const struct pr_proc_view *v, char *line, unsigned len);

#endif
