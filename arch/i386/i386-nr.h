/* i386 syscall numbers (arch/x86/entry/syscalls/syscall_32.tbl).  "mmap" is
 * mmap2: old mmap takes a struct pointer. */
#define I386_NR_exit_group 252
#define I386_NR_read 3
#define I386_NR_write 4
#define I386_NR_close 6
#define I386_NR_lseek 19
#define I386_NR_getpid 20
#define I386_NR_ptrace 26
#define I386_NR_kill 37
#define I386_NR_dup 41
#define I386_NR_ioctl 54
#define I386_NR_getppid 64
#define I386_NR_wait4 114
#define I386_NR_getcwd 183
#define I386_NR_mmap 192
#define I386_NR_openat 295
#define I386_NR_mkdirat 296
#define I386_NR_unlinkat 301
#define I386_NR_shutdown 373
