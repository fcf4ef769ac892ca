/* long pr_stub_indirect(long nr, long a1, ..., long a6) of o32: syscall(2)'s
 * own syscall, __NR_syscall (4000), with the number as its first argument. */
#define STUB(s) pr_stub_indirect##s
#define STUB_INDIRECT 1
#include "stub-o32.inc"
