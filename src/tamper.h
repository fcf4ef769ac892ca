/* The tracer's changes at a stop (a call's struct pr_tamper), made through
 * PTRACE_SET_SYSCALL_INFO or through the arch's legacy SETREGSET, recorded in
 * the stop's change payload (payloads/change.h: the result, and the info read
 * back after). */
#ifndef PR_TAMPER_H
#define PR_TAMPER_H

#include <sys/types.h>

#include "run.h"

/* Call c's tamper at this stop; end: where the kernel's syscall table ends
 * (NULL: unknown, and a change to it is not made). */
void pr_tamper(pid_t pid, const struct pr_personality *p, enum pr_tamper_via via, const struct pr_table_end *end,
	       const struct pr_call *c, unsigned idx, struct pr_stop *s);

/* What a debugger does around an inferior call: read the registers
 * (PTRACE_GETREGSET NT_PRSTATUS, the tracee's own layout) and write the same
 * bytes back; recorded as a change of the stop. */
void pr_restore_regs(pid_t pid, struct pr_stop *s);

/* Every pr_refusals row that applies at this stop's op, each a SET made
 * from the stop's info with one change, then GET (payloads/refused.h). */
void pr_try_refusals(pid_t pid, struct pr_stop *s);

/* A SET of the info exactly as GET returned it at this stop: 0 or -errno
 * (-EIO: the kernel has no PTRACE_SET_SYSCALL_INFO). */
int64_t pr_set_info_probe(pid_t pid, const struct pr_stop *s);

#endif
