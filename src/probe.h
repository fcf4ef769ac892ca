#ifndef PR_PROBE_H
#define PR_PROBE_H

#include <stddef.h>

/* What a probe found: all well, a SKIP (its reason names what the kernel,
 * CPU or environment positively lacks), or a failure (what went wrong, to
 * report as failed: a SKIP would hide a regression from a bisection). */
#define PR_PROBE_OK 0
#define PR_PROBE_SKIP -1
#define PR_PROBE_FAIL -2

/* Can this process trace a child, and does the kernel have
 * PTRACE_GET_SYSCALL_INFO?  SKIP only for EIO from the request on a kernel
 * older than 5.3, or PTRACE_TRACEME refused; any other failure is FAIL. */
int pr_probe_ptrace(char *buf, size_t len);

/* Can this tracee program be executed here (and, with path, does a getpid()
 * through that path work)?  SKIP when the kernel cannot execute it
 * (ENOEXEC) or the path says the CPU or kernel lacks what it needs; FAIL
 * when it is missing, killed, hangs or returns the wrong pid.
 * needs: what the kernel lacks when the exec fails with ENOEXEC, or NULL. */
int pr_probe_exec(const char *tracee, const char *path, const char *needs, char *buf, size_t len);

/* The tracee's --probe PATH exit status when the path itself says it cannot
 * work here (its reason on stdout). */
#define PR_PROBE_UNAVAILABLE 77

#endif
