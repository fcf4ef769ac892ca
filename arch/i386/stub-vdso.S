/* long pr_stub_vdso(long nr, long a1, ..., long a6): the i386 vDSO path.
 * Loads the int $0x80 registers (eax, ebx ecx edx esi edi ebp) and calls
 * __kernel_vsyscall at AT_SYSINFO (pr_vdso_sysinfo, arch/i386/vdso.c), which
 * enters by sysenter or syscall as the CPU allows (int $0x80 where neither).
 * Every register carries something, so the target is pushed first and called
 * through the stack (stub-regs.inc: the saving and loading). */
#include "stub-regs.inc"
	.text
	.globl pr_stub_vdso, pr_stub_vdso_begin, pr_stub_vdso_end
	.type pr_stub_vdso, @function
pr_stub_vdso_begin:
pr_stub_vdso:
	.cfi_startproc
	PR_I386_SAVE
	/* Position-independent load of the target (no text relocation if
	 * the tracee is ever linked as a PIE). */
	call 1f
	.cfi_adjust_cfa_offset 4
1:	pop %eax
	.cfi_adjust_cfa_offset -4
	pushl pr_vdso_sysinfo - 1b(%eax)
	.cfi_adjust_cfa_offset 4
	PR_I386_LOAD 24
	call *(%esp)
	add $4, %esp
	.cfi_adjust_cfa_offset -4
	PR_I386_RESTORE
	ret
	.cfi_endproc
pr_stub_vdso_end:
	.size pr_stub_vdso, . - pr_stub_vdso
	.section .note.GNU-stack, "", @progbits
