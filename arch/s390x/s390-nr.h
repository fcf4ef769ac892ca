/* s390 syscall numbers, the same for s390x and 31-bit s390
 * (arch/s390/kernel/syscalls/syscall.tbl, "common" rows). */
#define S390_NR_read 3
#define S390_NR_write 4
#define S390_NR_close 6
#define S390_NR_lseek 19
#define S390_NR_getpid 20
#define S390_NR_ptrace 26
#define S390_NR_kill 37
#define S390_NR_dup 41
#define S390_NR_ioctl 54
#define S390_NR_getppid 64
#define S390_NR_wait4 114
#define S390_NR_mlock 150
#define S390_NR_mremap 163
#define S390_NR_rt_sigreturn 173
#define S390_NR_rt_sigqueueinfo 178
#define S390_NR_getcwd 183
#define S390_NR_exit_group 248
#define S390_NR_openat 288
#define S390_NR_mkdirat 289
#define S390_NR_unlinkat 294
#define S390_NR_shutdown 373
