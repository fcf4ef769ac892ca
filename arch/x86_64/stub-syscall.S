/* long pr_stub_syscall(long nr, long a1, ..., long a6): the x86_64 "syscall"
 * path.  SysV passes a1..a5 in rsi rdx rcx r8 r9 and a6 on the stack; the
 * kernel wants rdi rsi rdx r10 r8 r9.  The tracer checks that every stop's
 * instruction_pointer lies between pr_stub_syscall_begin and _end. */
	.text
	.globl pr_stub_syscall, pr_stub_syscall_begin, pr_stub_syscall_end
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
	syscall
	ret
	.cfi_endproc
pr_stub_syscall_end:
	.size pr_stub_syscall, . - pr_stub_syscall
	.section .note.GNU-stack, "", @progbits
