/* The scenario groups.  Each row is one syscall the tracee makes through its
 * stub and what its stops must show; adding a check is adding a row. */
#define _GNU_SOURCE /* MREMAP_FIXED */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "scenario.h"

#ifndef MREMAP_FIXED
#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2
#endif

#define VAL(v) { PR_ARG_VAL, (v), NULL }
#define PAT(n) { PR_ARG_PAT, (n), NULL }
#define STR(s) { PR_ARG_STR, 0, (s) }
#define BUF { PR_ARG_BUF, 0, NULL }
#define FAULT { PR_ARG_FAULT, 0, NULL }
#define MOVABLE { PR_ARG_MOVABLE, 0, NULL }
#define UNMAPPED { PR_ARG_UNMAPPED, 0, NULL }
#define PID { PR_ARG_PID, 0, NULL }
#define HIGH { PR_ARG_HIGH, 0, NULL }
#define LARGE { PR_ARG_LARGE, 0, NULL }
#define PATTERNS { PAT(1), PAT(2), PAT(3), PAT(4), PAT(5), PAT(6) }
#define NONE6 { { 0 } }

#define OK(kind) PR_EXPECT_##kind, 0
#define FAILS(e) PR_EXPECT_ERRNO, (e)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A path component longer than NAME_MAX (255). */
#define A10 "aaaaaaaaaa"
#define A100 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10
#define TOO_LONG A100 A100 A100

/* Plain calls: four stops' worth of traffic for the sequence checks. */
static const struct pr_call stops_calls[] = {
	{ "getpid-1", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid-1", PR_SYS_getppid, NONE6, OK(PPID) },
	{ "getpid-2", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid-2", PR_SYS_getppid, NONE6, OK(PPID) },
};

/* Six distinct full-width patterns through calls that ignore or reject them
 * harmlessly, so every argument register is seen at entry. */
static const struct pr_call entry_calls[] = {
	{ "getpid", PR_SYS_getpid, PATTERNS, OK(NOTHING) },
	{ "getppid", PR_SYS_getppid, PATTERNS, OK(NOTHING) },
	{ "close", PR_SYS_close, PATTERNS, OK(NOTHING) },
	{ "dup", PR_SYS_dup, PATTERNS, OK(NOTHING) },
	{ "lseek", PR_SYS_lseek, PATTERNS, OK(NOTHING) },
	{ "unknown-nr", PR_SYS_UNKNOWN, PATTERNS, OK(NOTHING) },
};

/* Successes whose value is known in advance, then two plain failures. */
static const struct pr_call exit_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid", PR_SYS_getppid, NONE6, OK(PPID) },
	{ "lseek-large", PR_SYS_lseek, { VAL(PR_FD_MEMFD), LARGE, VAL(SEEK_SET) }, OK(LARGE) },
	/* mremap, not mmap: s390's mmap takes a pointer to its arguments. */
	{ "mremap-high", PR_SYS_mremap,
	  { MOVABLE, VAL(4096), VAL(4096), VAL(MREMAP_MAYMOVE | MREMAP_FIXED), HIGH }, OK(HIGH) },
	{ "close-badfd", PR_SYS_close, { VAL(-1) }, FAILS(EBADF) },
	{ "openat-missing", PR_SYS_openat, { VAL(AT_FDCWD), STR("missing"), VAL(O_RDONLY) }, FAILS(ENOENT) },
};

/* One real syscall per errno.  The tracee's fixture (src/tracee/fixture.c)
 * makes the files and descriptors these rely on. */
static const struct pr_call errno_calls[] = {
	{ "EPERM", PR_SYS_ptrace, { VAL(PTRACE_ATTACH), PID }, FAILS(EPERM) },
	{ "ENOENT", PR_SYS_openat, { VAL(AT_FDCWD), STR("missing"), VAL(O_RDONLY) }, FAILS(ENOENT) },
	{ "ESRCH", PR_SYS_kill, { VAL(0x7ffffff0), VAL(0) }, FAILS(ESRCH) },
	{ "EBADF", PR_SYS_close, { VAL(-1) }, FAILS(EBADF) },
	{ "ECHILD", PR_SYS_wait4, { VAL(-1), VAL(0), VAL(WNOHANG), VAL(0) }, FAILS(ECHILD) },
	{ "EAGAIN", PR_SYS_read, { VAL(PR_FD_PIPE_R), BUF, VAL(1) }, FAILS(EAGAIN) },
	{ "EFAULT", PR_SYS_openat, { VAL(AT_FDCWD), FAULT, VAL(O_RDONLY) }, FAILS(EFAULT) },
	{ "EEXIST", PR_SYS_mkdirat, { VAL(AT_FDCWD), STR("dir"), VAL(0755) }, FAILS(EEXIST) },
	{ "ENOTDIR", PR_SYS_openat, { VAL(AT_FDCWD), STR("file/x"), VAL(O_RDONLY) }, FAILS(ENOTDIR) },
	{ "EISDIR", PR_SYS_openat, { VAL(AT_FDCWD), STR("dir"), VAL(O_WRONLY) }, FAILS(EISDIR) },
	{ "EINVAL", PR_SYS_lseek, { VAL(PR_FD_MEMFD), VAL(0), VAL(42) }, FAILS(EINVAL) },
	{ "ENOTTY", PR_SYS_ioctl, { VAL(PR_FD_MEMFD), VAL(0x5401), BUF }, FAILS(ENOTTY) },
	{ "ESPIPE", PR_SYS_lseek, { VAL(PR_FD_PIPE_R), VAL(0), VAL(SEEK_SET) }, FAILS(ESPIPE) },
	{ "ERANGE", PR_SYS_getcwd, { BUF, VAL(1) }, FAILS(ERANGE) },
	{ "ENAMETOOLONG", PR_SYS_openat, { VAL(AT_FDCWD), STR(TOO_LONG), VAL(O_RDONLY) }, FAILS(ENAMETOOLONG) },
	{ "ENOSYS", PR_SYS_UNKNOWN, NONE6, FAILS(ENOSYS) },
	{ "ENOTEMPTY", PR_SYS_unlinkat, { VAL(AT_FDCWD), STR("full"), VAL(AT_REMOVEDIR) }, FAILS(ENOTEMPTY) },
	{ "ELOOP", PR_SYS_openat, { VAL(AT_FDCWD), STR("loop"), VAL(O_RDONLY) }, FAILS(ELOOP) },
	{ "ENXIO", PR_SYS_openat, { VAL(AT_FDCWD), STR("fifo"), VAL(O_WRONLY | O_NONBLOCK) }, FAILS(ENXIO) },
	{ "ENOMEM", PR_SYS_mlock, { UNMAPPED, VAL(4096) }, FAILS(ENOMEM) },
	{ "ENOTSOCK", PR_SYS_shutdown, { VAL(PR_FD_MEMFD), VAL(0) }, FAILS(ENOTSOCK) },
};

/* One call: its entry and exit stops, plus the initial SIGSTOP, are probed
 * with every buffer size. */
static const struct pr_call info_size_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
};

#define GROUP(name, summary, calls, checks) { name, summary, calls, COUNT(calls), checks }

const struct pr_group pr_groups[] = {
	GROUP("stops", "initial SIGSTOP and the entry/exit stop sequence", stops_calls,
	      PR_CHECK_SIGSTOP | PR_CHECK_SEQUENCE),
	GROUP("entry", "entry stops: op, arch, nr, six full-width args, ip, sp", entry_calls,
	      PR_CHECK_ENTRY),
	GROUP("exit", "exit stops: rval and is_error of successes and failures", exit_calls,
	      PR_CHECK_EXIT),
	GROUP("errno", "errno sign: rval == -errno, is_error == 1 for 21 errnos", errno_calls,
	      PR_CHECK_EXIT),
	GROUP("info-size", "every user buffer size from 0 to sizeof, at a guard page", info_size_calls,
	      PR_CHECK_INFO_SIZE),
};

const unsigned pr_ngroups = COUNT(pr_groups);
