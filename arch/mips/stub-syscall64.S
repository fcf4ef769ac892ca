/* pr_word pr_stub_syscall(pr_word nr, pr_word a1, ..., pr_word a6) of n64
 * and n32 (whose pr_word is long long: its registers are 64-bit, like its
 * syscall arguments; src/tracee/paths.h): "syscall" with the
 * number in v0 and the arguments in a0-a5 ($4-$9); the C ABI brings them in
 * $4-$10.  The kernel returns the value in v0, or a positive errno in v0
 * with a3 set: returned as -errno. */
#include <sgidefs.h>

	.text
	.set noreorder
	.globl pr_stub_syscall, pr_stub_syscall_begin, pr_stub_syscall_end, pr_stub_syscall_trap
	.type pr_stub_syscall, @function
pr_stub_syscall_begin:
pr_stub_syscall:
	.cfi_startproc
	/* $gp for the GOT, as gcc's own code finds it ($12: a temporary). */
	lui $12, %hi(%neg(%gp_rel(pr_stub_syscall)))
#if _MIPS_SIM == _ABI64
	daddu $12, $12, $25
	daddiu $12, $12, %lo(%neg(%gp_rel(pr_stub_syscall)))
	ld $12, %got_disp(pr_stub_sp)($12)
#else
	addu $12, $12, $25
	addiu $12, $12, %lo(%neg(%gp_rel(pr_stub_syscall)))
	lw $12, %got_disp(pr_stub_sp)($12)
#endif
	move $2, $4
	move $4, $5
	move $5, $6
	move $6, $7
	move $7, $8
	move $8, $9
	move $9, $10
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	sd $29, 0($12)
	syscall
pr_stub_syscall_trap:		/* where its syscall stops are */
	beqz $7, 1f
	nop
	dsubu $2, $0, $2
1:	jr $31
	nop
	.cfi_endproc
pr_stub_syscall_end:
	.size pr_stub_syscall, . - pr_stub_syscall
	.section .note.GNU-stack, "", @progbits
