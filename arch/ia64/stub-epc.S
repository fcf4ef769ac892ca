/* long pr_stub_epc(long nr, long a1, ..., long a6, long gate): the ia64 "epc"
 * path.  gate is __kernel_syscall_via_epc in the kernel's gate page (AT_SYSINFO;
 * tracee-paths.c passes it).  As glibc does: number in r15, arguments in
 * out0-out5, the gate entry in b7, br.call with the return address in b6.
 * The gate runs epc and enters the kernel with a frame of only the outputs;
 * the kernel reports the return address (b6, inside this stub) as the
 * instruction pointer.  Returns r8, negated when r10 is -1. */
	.include "stub-macros.inc"
	.text
	.explicit
	.align 32
	.global pr_stub_epc#, pr_stub_epc_begin#, pr_stub_epc_end#
	.proc pr_stub_epc#
pr_stub_epc_begin:
pr_stub_epc:
	.prologue
	.save ar.pfs, r40
	alloc r40 = ar.pfs, 8, 1, 6, 0 // loc0 = r40
	.body
	mov b7 = in7
	PR_ARGS_TO_OUTPUTS
	;;
	br.call.sptk.many b6 = b7
	;;
	PR_RETURN_RESULT loc0
pr_stub_epc_end:
	.endp pr_stub_epc#
	.section .note.GNU-stack, "", @progbits
