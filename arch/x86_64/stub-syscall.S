/* long pr_stub_syscall(long nr, long a1, ..., long a6): the x86_64 "syscall"
 * path.  SysV passes a1..a5 in rsi rdx rcx r8 r9 and a6 on the stack; the
 * kernel wants rdi rsi rdx r10 r8 r9.  Every syscall stop of a call through
 * it must report its instruction_pointer at pr_stub_syscall_trap. */
	.text
	.globl pr_stub_syscall, pr_stub_syscall_begin, pr_stub_syscall_end, pr_stub_syscall_trap
	.type pr_stub_syscall, @function
pr_stub_syscall_begin:
pr_stub_syscall:
	.cfi_startproc
	mov %rdi, %rax
	mov %rsi, %rdi
	mov %rdx, %rsi
	mov %rcx, %rdx
	mov %r8, %r10
	mov %r9, %r8
	mov 8(%rsp), %r9
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	mov %rsp, pr_stub_sp(%rip)
	syscall
pr_stub_syscall_trap:		/* where its syscall stops are */
	ret
	.cfi_endproc
pr_stub_syscall_end:
	.size pr_stub_syscall, . - pr_stub_syscall
	.section .note.GNU-stack, "", @progbits
