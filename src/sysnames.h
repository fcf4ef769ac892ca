/* The syscalls scenarios may name.  Each personality maps every one of them
 * to its number (arch/<arch>/<personality>-nr.h); a missing number is a
 * compile error, so a new syscall here must be given a number everywhere. */
#ifndef PR_SYSNAMES_H
#define PR_SYSNAMES_H

#define PR_SYSCALLS(X) \
	X(read) X(write) X(close) X(openat) X(lseek) X(mmap) X(dup) \
	X(getpid) X(getppid) X(kill) X(wait4) X(ioctl) X(mkdirat) \
	X(unlinkat) X(getcwd) X(ptrace) X(shutdown) X(exit_group)

enum pr_sys {
#define PR_SYS_ENUM(name) PR_SYS_##name,
	PR_SYSCALLS(PR_SYS_ENUM)
#undef PR_SYS_ENUM
	PR_SYS_COUNT,
	PR_SYS_UNKNOWN = PR_SYS_COUNT, /* the personality's nr_unknown */
};

const char *pr_sys_name(enum pr_sys sys);

#endif
