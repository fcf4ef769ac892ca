/* arm's SIGSYS ucontext hook (src/tracee/sigsys.h): EABI's number in r7,
 * the arguments in r0-r5, r0 the first again after syscall_rollback()
 * (ARM_r0 = ARM_ORIG_r0; under arm64, regs[0] = orig_x0). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->arm_r7;
	args[0] = m->arm_r0;
	args[1] = m->arm_r1;
	args[2] = m->arm_r2;
	args[3] = m->arm_r3;
	args[4] = m->arm_r4;
	args[5] = m->arm_r5;
	return true;
}
