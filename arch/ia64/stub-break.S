/* long pr_stub_break(long nr, long a1, ..., long a6): the ia64 "break" path.
 * The six arguments go to out0-out5 of this function's register frame and the
 * number to r15, then break 0x100000 traps into the kernel.  The frame has
 * locals (the seven inputs and loc0) in front of the outputs on purpose: that
 * is the layout 0ceb1ace4a27 got wrong (a kernel reading from the start of the
 * frame reports nr as args[0]).  Returns r8, negated when r10 is -1. */
	.include "stub-macros.inc"
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
	PR_ARGS_TO_OUTPUTS
	;;
	break.i 0x100000
	;;
	PR_RETURN_RESULT loc0
pr_stub_break_end:
	.endp pr_stub_break#
	.section .note.GNU-stack, "", @progbits
