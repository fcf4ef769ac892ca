/* The "arm" path: svc #0 from ARM (A32) state. */
	.arm
#include "stub-svc.inc"
	PR_ARM_SVC_STUB arm
	.section .note.GNU-stack, "", %progbits
