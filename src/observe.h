/* What the tracer reads at a stop besides the syscall info and registers:
 * the blocked signal mask and the event message (the common record), and
 * where a group needs them the signal frame's saved mask, the stub's stored
 * sp, the exec's entry and stack, the tracee's own memory (payloads,
 * src/payloads/). */
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
 * (payloads/seen.h), with process_vm_readv. */
void pr_observe_seen(pid_t pid, const struct pr_personality *p, struct pr_stop *s);

/* The line /proc/TID/syscall says now, its newline cut, into line (len
 * bytes): 0, or -errno (payloads/proc-syscall.h). */
int pr_observe_proc_syscall(pid_t tid, char *line, size_t len);

/* At an exec event: the entry point in the ELF header of the file exec'd and
 * the kernel's start_stack (payloads/exec.h). */
void pr_observe_exec(pid_t pid, const char *file, struct pr_stop *s);
/* At a worker's exec's stop: waitpid(its former tid, __WALL | WNOHANG). */
void pr_observe_former(pid_t former, struct pr_stop *s);

/* At a SIGSYS handler's rt_sigreturn: what the handler stored at
 * PR_SCRATCH_SIGSYS (payloads/sigsys.h). */
void pr_observe_sigsys(pid_t pid, const struct pr_personality *p, struct pr_stop *s);
/* A notifying group's tracee: how its seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER)
 * went (PR_SCRATCH_LISTENER), into n (payloads/notif.h). */
struct pr_notif;
void pr_observe_listener(pid_t pid, const struct pr_personality *p, struct pr_notif *n);

#endif
