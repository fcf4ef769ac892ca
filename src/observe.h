/* What the tracer reads at a stop besides the syscall info and registers:
 * the blocked signal mask, the seccomp event message, and at rt_sigreturn the
 * signal frame's saved mask.  Each fills plain fields of struct pr_stop. */
#ifndef PR_OBSERVE_H
#define PR_OBSERVE_H

#include <sys/types.h>

#include "run.h"

void pr_observe_sigmask(pid_t pid, struct pr_stop *s);
void pr_observe_eventmsg(pid_t pid, struct pr_stop *s);
/* Read the 8 bytes at the decoded stack_pointer + p->sigframe_mask_offset. */
void pr_observe_frame(pid_t pid, const struct pr_personality *p, struct pr_stop *s);
/* Read the stack pointer the stub stored before its trap (run->stub_sp_slot). */
void pr_observe_stub_sp(pid_t pid, const struct pr_run *run, struct pr_stop *s);

/* What the tracee stored of its last result and the destination areas
 * (seen_*), with process_vm_readv. */
void pr_observe_seen(pid_t pid, const struct pr_personality *p, struct pr_stop *s);

/* At an exec event: the entry point in the ELF header of the file exec'd and
 * the kernel's start_stack (elf_entry, start_stack). */
void pr_observe_exec(pid_t pid, const char *file, struct pr_stop *s);

#endif
