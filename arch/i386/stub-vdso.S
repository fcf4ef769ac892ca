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
	.cfi_rel_offset %ebp, 0
	push %edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %edi, 0
	push %esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %esi, 0
	push %ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebx, 0
	/* Position-independent load of the target (no text relocation if
	 * the tracee is ever linked as a PIE). */
	call 1f
	.cfi_adjust_cfa_offset 4
1:	pop %eax
	.cfi_adjust_cfa_offset -4
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
	.cfi_restore %ebx
	pop %esi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %esi
	pop %edi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %edi
	pop %ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebp
	ret
	.cfi_endproc
pr_stub_vdso_end:
	.size pr_stub_vdso, . - pr_stub_vdso
	.section .note.GNU-stack, "", @progbits
