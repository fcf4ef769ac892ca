#ifndef PR_PROBE_H
#define PR_PROBE_H

#include <stddef.h>

/* Can this process trace a child, and does the kernel have
 * PTRACE_GET_SYSCALL_INFO?  0 if so; otherwise -1 with the reason (a SKIP
 * reason naming the missing feature) in buf. */
int pr_probe_ptrace(char *buf, size_t len);

/* Can this tracee program be executed here (and, with path, does a getpid()
 * through that path work)?  0 if so; otherwise -1 with the reason in buf
 * (missing file, wrong binary format, the kernel killing the path, ...).
 * needs: what the kernel lacks when the exec fails with ENOEXEC, or NULL. */
int pr_probe_exec(const char *tracee, const char *path, const char *needs, char *buf, size_t len);

/* The tracee's --probe PATH exit status when the path itself says it cannot
 * work here (its reason on stdout). */
#define PR_PROBE_UNAVAILABLE 77

#endif
