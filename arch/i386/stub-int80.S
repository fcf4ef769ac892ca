/* long pr_stub_int80(long nr, long a1, ..., long a6): the i386 int $0x80
 * path.  cdecl passes everything on the stack; the kernel wants
 * eax, ebx ecx edx esi edi ebp.  ebx esi edi ebp are callee-saved; the CFI
 * says where they are saved, as ebp then holds the sixth argument and an
 * unwinder needs the caller's (main's CFA is computed from it). */
	.text
	.globl pr_stub_int80, pr_stub_int80_begin, pr_stub_int80_end
	.type pr_stub_int80, @function
pr_stub_int80_begin:
pr_stub_int80:
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
	mov 20(%esp), %eax
	mov 24(%esp), %ebx
	mov 28(%esp), %ecx
	mov 32(%esp), %edx
	mov 36(%esp), %esi
	mov 40(%esp), %edi
	mov 44(%esp), %ebp
	int $0x80
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
pr_stub_int80_end:
	.size pr_stub_int80, . - pr_stub_int80
	.section .note.GNU-stack, "", @progbits
