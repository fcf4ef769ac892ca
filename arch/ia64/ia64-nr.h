/* ia64 syscall numbers: arch/ia64/kernel/syscalls/syscall.tbl (Linux 6.6,
 * the last release with ia64) plus 1024, the base every ia64 number has. */
#define IA64_NR_read 1026
#define IA64_NR_write 1027
#define IA64_NR_close 1029
#define IA64_NR_lseek 1040
#define IA64_NR_getpid 1041
#define IA64_NR_getppid 1042
#define IA64_NR_ptrace 1048
#define IA64_NR_kill 1053
#define IA64_NR_dup 1057
#define IA64_NR_ioctl 1065
#define IA64_NR_wait4 1126
#define IA64_NR_mlock 1153
#define IA64_NR_mremap 1156
#define IA64_NR_rt_sigreturn 1181
#define IA64_NR_rt_sigqueueinfo 1180
#define IA64_NR_getcwd 1184
#define IA64_NR_shutdown 1202
#define IA64_NR_exit_group 1236
#define IA64_NR_openat 1281
#define IA64_NR_mkdirat 1282
#define IA64_NR_unlinkat 1287
