/* long pr_stub_int80(long nr, long a1, ..., long a6): int $0x80 from 64-bit
 * code, the i386 syscall ABI through IA32 emulation (eax, ebx ecx edx esi edi
 * ebp).  Only the low 32 bits of each argument reach the kernel.  rbx, rbp
 * and r12-r15 are callee-saved; the kernel may clobber r8-r11 on this path. */
	.text
	.globl pr_stub_int80, pr_stub_int80_begin, pr_stub_int80_end, pr_stub_int80_trap
	.type pr_stub_int80, @function
pr_stub_int80_begin:
pr_stub_int80:
	.cfi_startproc
	push %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	push %r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r12, 0
	mov %rdi, %rax
	mov %rsi, %rbx
	mov %rcx, %r12
	mov %rdx, %rcx
	mov %r12, %rdx
	mov %r8, %rsi
	mov %r9, %rdi
	mov 32(%rsp), %rbp
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	mov %rsp, pr_stub_sp(%rip)
	int $0x80
pr_stub_int80_trap:		/* where its syscall stops are */
	movslq %eax, %rax
	pop %r12
	.cfi_adjust_cfa_offset -8
	.cfi_restore %r12
	pop %rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbp
	pop %rbx
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbx
	ret
	.cfi_endproc
pr_stub_int80_end:
	.size pr_stub_int80, . - pr_stub_int80
	.section .note.GNU-stack, "", @progbits
