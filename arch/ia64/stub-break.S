/* long pr_stub_break(long nr, long a1, ..., long a6): the ia64 "break" path.
 * The six arguments go to out0-out5 of this function's register frame and the
 * number to r15, then break 0x100000 traps into the kernel.  The frame has
 * locals (the seven inputs and loc0) in front of the outputs on purpose: that
 * is the layout 0ceb1ace4a27 got wrong (a kernel reading from the start of the
 * frame reports nr as args[0]).  Returns r8, negated when r10 is -1. */
	.text
	.explicit
	.align 32
	.global pr_stub_break#, pr_stub_break_begin#, pr_stub_break_end#
	.proc pr_stub_break#
pr_stub_break_begin:
pr_stub_break:
	.prologue
	.save ar.pfs, r39
	alloc r39 = ar.pfs, 7, 1, 6, 0 // loc0 = r39
	.body
	mov r15 = in0
	mov out0 = in1
	mov out1 = in2
	mov out2 = in3
	mov out3 = in4
	mov out4 = in5
	mov out5 = in6
	;;
	break.i 0x100000
	;;
	cmp.eq p6, p0 = -1, r10
	;;
(p6)	sub r8 = r0, r8
	mov ar.pfs = loc0
	br.ret.sptk.many b0
	;;
pr_stub_break_end:
	.endp pr_stub_break#
	.section .note.GNU-stack, "", @progbits
