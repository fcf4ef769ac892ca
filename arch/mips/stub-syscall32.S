/* long pr_stub_syscall(long nr, long a1, ..., long a6) of o32: "syscall". */
#define STUB(s) pr_stub_syscall##s
#define STUB_INDIRECT 0
#include "stub-o32.inc"
