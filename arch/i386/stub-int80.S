/* long pr_stub_int80(long nr, long a1, ..., long a6): the i386 int $0x80
 * path.  cdecl passes everything on the stack; the kernel wants
 * eax, ebx ecx edx esi edi ebp (stub-regs.inc). */
#include "stub-regs.inc"
	.text
	.globl pr_stub_int80, pr_stub_int80_begin, pr_stub_int80_end, pr_stub_int80_trap
	.type pr_stub_int80, @function
pr_stub_int80_begin:
pr_stub_int80:
	.cfi_startproc
	PR_I386_SAVE
	PR_I386_LOAD 20
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	mov %esp, pr_stub_sp
	int $0x80
pr_stub_int80_trap:		/* where its syscall stops are */
	PR_I386_RESTORE
	ret
	.cfi_endproc
pr_stub_int80_end:
	.size pr_stub_int80, . - pr_stub_int80
	.section .note.GNU-stack, "", @progbits
