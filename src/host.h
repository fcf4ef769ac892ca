/* The live half's per-arch hooks, implemented once per host arch in
 * arch/<arch>/host.c and arch/<arch>/regs.c. */
#ifndef PR_HOST_H
#define PR_HOST_H

#include <sys/types.h>

#include "personality.h"

/* Names of the personalities a tracer on this host can trace, NULL-terminated. */
extern const char *const pr_host_personalities[];

/* Syscall paths by which one personality's program speaks another's ABI
 * (x86_64's int $0x80 speaks i386), terminated by a NULL program. */
struct pr_host_path {
	const char *program;     /* the tracee program's personality */
	const char *path;
	const char *personality; /* the expectations the path is judged by */
};
extern const struct pr_host_path pr_host_foreign_paths[];

/* Read the stopped tracee's registers into the common view, for a syscall
 * made with personality p's ABI.  0 on success, -errno on failure. */
int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out);

/* Write the syscall number, the six arguments and the result registers of
 * the common view back through PTRACE_SETREGSET NT_PRSTATUS, in the tracee's
 * layout (arch/<arch>/regs.c).  0 on success, -errno on failure. */
int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in);

/* The one personality whose tracees this host's libunwind-ptrace unwinds. */
extern const char pr_host_unwind_personality[];
/* NULL, or why this host's libunwind-ptrace cannot unwind even those: a
 * defect of the library, seen and reported upstream (the unwind checks
 * SKIP with it: they judge the kernel, and a broken unwinder says nothing
 * of it). */
extern const char *const pr_host_unwind_defect;

#endif
