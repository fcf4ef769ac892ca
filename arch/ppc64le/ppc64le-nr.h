/* powerpc syscall numbers, the same for ppc64le, ppc64 and ppc32
 * (arch/powerpc/kernel/syscalls/syscall.tbl, "common" and "64" rows). */
#define PPC64LE_NR_read 3
#define PPC64LE_NR_write 4
#define PPC64LE_NR_close 6
#define PPC64LE_NR_lseek 19
#define PPC64LE_NR_getpid 20
#define PPC64LE_NR_ptrace 26
#define PPC64LE_NR_kill 37
#define PPC64LE_NR_dup 41
#define PPC64LE_NR_ioctl 54
#define PPC64LE_NR_getppid 64
#define PPC64LE_NR_wait4 114
#define PPC64LE_NR_mlock 150
#define PPC64LE_NR_mremap 163
#define PPC64LE_NR_rt_sigreturn 172
#define PPC64LE_NR_rt_sigqueueinfo 177
#define PPC64LE_NR_getcwd 182
#define PPC64LE_NR_exit_group 234
#define PPC64LE_NR_openat 286
#define PPC64LE_NR_mkdirat 287
#define PPC64LE_NR_unlinkat 292
#define PPC64LE_NR_shutdown 338
