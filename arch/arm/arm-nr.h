/* arm EABI syscall numbers (arch/arm/tools/syscall.tbl; the same for a
 * compat task under arm64: arch/arm64/include/asm/unistd32.h). */
#define ARM_NR_read 3
#define ARM_NR_write 4
#define ARM_NR_close 6
#define ARM_NR_lseek 19
#define ARM_NR_getpid 20
#define ARM_NR_ptrace 26
#define ARM_NR_kill 37
#define ARM_NR_dup 41
#define ARM_NR_ioctl 54
#define ARM_NR_getppid 64
#define ARM_NR_wait4 114
#define ARM_NR_mlock 150
#define ARM_NR_mremap 163
#define ARM_NR_rt_sigreturn 173
#define ARM_NR_rt_sigqueueinfo 178
#define ARM_NR_getcwd 183
#define ARM_NR_exit_group 248
#define ARM_NR_shutdown 293
#define ARM_NR_openat 322
#define ARM_NR_mkdirat 323
#define ARM_NR_unlinkat 328
