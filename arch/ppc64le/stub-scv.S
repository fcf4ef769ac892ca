/* long pr_stub_scv(long nr, long a1, ..., long a6): "scv 0" with the number
 * in r0 and the arguments in r3-r8 (ELFv2 brings them in r3-r9).  scv
 * returns -errno in r3 like a function call, but may clobber every volatile
 * register, CR, CTR and LR too (the kernel returns through rfscv with LR
 * holding the return address), so LR is kept in the caller's LR save slot.
 * scv needs POWER9 and a kernel offering PPC_FEATURE2_SCV: tracee-paths.c
 * checks AT_HWCAP2 before this stub is ever called. */
#include "stub-args.inc"
	.abiversion 2
	.text
	.globl pr_stub_scv, pr_stub_scv_begin, pr_stub_scv_end, pr_stub_scv_trap
	.type pr_stub_scv, @function
pr_stub_scv_begin:
pr_stub_scv:
	.cfi_startproc
	mflr 10
	std 10, 16(1)
	.cfi_offset lr, 16
	PR_PPC_SYSCALL_ARGS
	scv 0
pr_stub_scv_trap:		/* where its syscall stops are */
	ld 10, 16(1)
	mtlr 10
	.cfi_restore lr
	blr
	.cfi_endproc
pr_stub_scv_end:
	.size pr_stub_scv, . - pr_stub_scv
	.section .note.GNU-stack, "", @progbits
