/* long pr_stub_ecall(long nr, long a1, ..., long a6): "ecall" with the number
 * in a7 and the arguments in a0-a5; the C ABI brings them in a0-a6. */
	.text
	.globl pr_stub_ecall, pr_stub_ecall_begin, pr_stub_ecall_end, pr_stub_ecall_trap
	.type pr_stub_ecall, @function
pr_stub_ecall_begin:
pr_stub_ecall:
	.cfi_startproc
	mv a7, a0
	mv a0, a1
	mv a1, a2
	mv a2, a3
	mv a3, a4
	mv a4, a5
	mv a5, a6
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	la t0, pr_stub_sp
	sd sp, 0(t0)
	ecall
pr_stub_ecall_trap:		/* where its syscall stops are */
	ret
	.cfi_endproc
pr_stub_ecall_end:
	.size pr_stub_ecall, . - pr_stub_ecall
	.section .note.GNU-stack, "", @progbits
