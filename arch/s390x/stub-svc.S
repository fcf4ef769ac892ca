/* long pr_stub_svc(long nr, long a1, ..., long a6): "svc 0" with the number
 * in r1 (so numbers above 255 work) and the arguments in r2-r7.  The C ABI
 * brings nr, a1..a4 in r2-r6 and a5, a6 on the stack; r6 and r7 are
 * callee-saved, kept in the caller's register save area. */
	.text
	.globl pr_stub_svc, pr_stub_svc_begin, pr_stub_svc_end, pr_stub_svc_trap
	.type pr_stub_svc, @function
pr_stub_svc_begin:
pr_stub_svc:
	.cfi_startproc
#ifdef __s390x__
	stmg %r6, %r7, 48(%r15)
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	larl %r1, pr_stub_sp
	stg %r15, 0(%r1)
	lgr %r1, %r2
	lgr %r2, %r3
	lgr %r3, %r4
	lgr %r4, %r5
	lgr %r5, %r6
	lg %r6, 160(%r15)
	lg %r7, 168(%r15)
	svc 0
pr_stub_svc_trap:		/* where its syscall stops are */
	lmg %r6, %r7, 48(%r15)
#else
	stm %r6, %r7, 24(%r15)
	/* The stack pointer at the trap, for the tracer to read (pr_stub_sp). */
	larl %r1, pr_stub_sp
	st %r15, 0(%r1)
	lr %r1, %r2
	lr %r2, %r3
	lr %r3, %r4
	lr %r4, %r5
	lr %r5, %r6
	l %r6, 96(%r15)
	l %r7, 100(%r15)
	svc 0
pr_stub_svc_trap:		/* where its syscall stops are */
	lm %r6, %r7, 24(%r15)
#endif
	br %r14
	.cfi_endproc
pr_stub_svc_end:
	.size pr_stub_svc, . - pr_stub_svc
	.section .note.GNU-stack, "", @progbits
