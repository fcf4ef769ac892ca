/* The syscalls scenarios may name.  Each personality maps every one of them
 * to its number (arch/<arch>/<personality>-nr.h); a missing number is a
 * compile error, so a new syscall here must be given a number everywhere. */
#ifndef PR_SYSNAMES_H
#define PR_SYSNAMES_H

#define PR_SYSCALLS(X, a) \
	X(a, read) X(a, write) X(a, close) X(a, openat) X(a, lseek) X(a, mremap) \
	X(a, mlock) X(a, mprotect) X(a, dup) X(a, getpid) X(a, getppid) X(a, kill) X(a, wait4) \
	X(a, ioctl) X(a, mkdirat) X(a, unlinkat) X(a, getcwd) X(a, ptrace) \
	X(a, shutdown) X(a, exit_group) X(a, rt_sigreturn) X(a, rt_sigqueueinfo) \
	X(a, nanosleep) X(a, restart_syscall) X(a, clone) \
	X(a, execve) X(a, gettid) X(a, tgkill) X(a, exit) \
	X(a, process_vm_writev)

enum pr_sys {
#define PR_SYS_ENUM(unused, name) PR_SYS_##name,
	PR_SYSCALLS(PR_SYS_ENUM, _)
#undef PR_SYS_ENUM
	PR_SYS_COUNT,
	PR_SYS_UNKNOWN = PR_SYS_COUNT, /* the personality's nr_unknown */
};

const char *pr_sys_name(enum pr_sys sys);

/* A personality's number table from macros <PREFIX>_NR_<name>:
 *   static const uint32_t nr[PR_SYS_COUNT] = PR_NR_TABLE(X86_64); */
#define PR_NR_ENTRY(prefix, name) [PR_SYS_##name] = prefix##_NR_##name,
#define PR_NR_TABLE(prefix) { PR_SYSCALLS(PR_NR_ENTRY, prefix) }

/* In a tracee (built by the arch's own toolchain): every number of the table
 * equals the toolchain's __NR_<name>. */
#define PR_SAME_NR(prefix, name) \
	_Static_assert(prefix##_NR_##name == __NR_##name, #prefix " number of " #name);
#define PR_CHECK_NR_TABLE(prefix) PR_SYSCALLS(PR_SAME_NR, prefix)

#endif
