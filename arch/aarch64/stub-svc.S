/* long pr_stub_svc(long nr, long a1, ..., long a6): "svc #0" with the number
 * in x8 and the arguments in x0-x5; the C ABI brings them in x0-x6. */
	.text
	.globl pr_stub_svc, pr_stub_svc_begin, pr_stub_svc_end, pr_stub_svc_trap
	.type pr_stub_svc, %function
pr_stub_svc_begin:
pr_stub_svc:
	.cfi_startproc
	mov x8, x0
	mov x0, x1
	mov x1, x2
	mov x2, x3
	mov x3, x4
	mov x4, x5
	mov x5, x6
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	mov x10, sp
	adrp x9, pr_stub_sp
	str x10, [x9, :lo12:pr_stub_sp]
	svc #0
pr_stub_svc_trap:		/* where its syscall stops are */
	ret
	.cfi_endproc
pr_stub_svc_end:
	.size pr_stub_svc, . - pr_stub_svc
	.section .note.GNU-stack, "", %progbits
