/* The "thumb" path: svc #0 from Thumb (T32) state.  .thumb_func marks the
 * symbol as Thumb code, so its address has bit 0 set and the C caller's blx
 * through the function pointer switches state (interworking). */
	.thumb
	.set PR_THUMB, 1
#include "stub-svc.inc"
	PR_ARM_SVC_STUB thumb
	.section .note.GNU-stack, "", %progbits
