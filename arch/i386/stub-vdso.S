/* long pr_stub_vdso(long nr, long a1, ..., long a6): the i386 vDSO path.
 * Loads the int $0x80 registers (eax, ebx ecx edx esi edi ebp) and calls
 * __kernel_vsyscall at AT_SYSINFO (pr_vdso_sysinfo, arch/i386/vdso.c), which
 * enters by sysenter or syscall as the CPU allows (int $0x80 where neither).
 * Every register carries something, so the target is pushed first and called
 * through the stack.  ebx esi edi ebp are callee-saved. */
	.text
	.globl pr_stub_vdso, pr_stub_vdso_begin, pr_stub_vdso_end
	.type pr_stub_vdso, @function
pr_stub_vdso_begin:
pr_stub_vdso:
	.cfi_startproc
	push %ebp
	.cfi_adjust_cfa_offset 4
	push %edi
	.cfi_adjust_cfa_offset 4
	push %esi
	.cfi_adjust_cfa_offset 4
	push %ebx
	.cfi_adjust_cfa_offset 4
	/* Position-independent load of the target (no text relocation if
	 * the tracee is ever linked as a PIE). */
	call 1f
1:	pop %eax
	pushl pr_vdso_sysinfo - 1b(%eax)
	.cfi_adjust_cfa_offset 4
	mov 24(%esp), %eax
	mov 28(%esp), %ebx
	mov 32(%esp), %ecx
	mov 36(%esp), %edx
	mov 40(%esp), %esi
	mov 44(%esp), %edi
	mov 48(%esp), %ebp
	call *(%esp)
	add $4, %esp
	.cfi_adjust_cfa_offset -4
	pop %ebx
	.cfi_adjust_cfa_offset -4
	pop %esi
	.cfi_adjust_cfa_offset -4
	pop %edi
	.cfi_adjust_cfa_offset -4
	pop %ebp
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
pr_stub_vdso_end:
	.size pr_stub_vdso, . - pr_stub_vdso
	.section .note.GNU-stack, "", @progbits
