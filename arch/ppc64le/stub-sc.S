/* long pr_stub_sc(long nr, long a1, ..., long a6): "sc" with the number in
 * r0 and the arguments in r3-r8; the ELFv2 C ABI brings nr, a1..a6 in r3-r9.
 * sc reports an error by setting CR0.SO with a POSITIVE errno in r3: the
 * stub hands C the -errno every other path returns.  sc clobbers only r0
 * and r3-r12, CR0 and CTR/XER, all volatile in the C ABI. */
#include "stub-args.inc"
	.abiversion 2
	.text
	.globl pr_stub_sc, pr_stub_sc_begin, pr_stub_sc_end, pr_stub_sc_trap
	.type pr_stub_sc, @function
pr_stub_sc_begin:
pr_stub_sc:
	.cfi_startproc
	PR_PPC_SYSCALL_ARGS
	sc
pr_stub_sc_trap:		/* where its syscall stops are */
	bnslr
	neg 3, 3
	blr
	.cfi_endproc
pr_stub_sc_end:
	.size pr_stub_sc, . - pr_stub_sc
	.section .note.GNU-stack, "", @progbits
