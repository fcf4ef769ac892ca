/* mips's SIGSYS ucontext hook (src/tracee/sigsys.h): the number in v0
 * (syscall_rollback() does nothing, and the skipped call left v0 as it
 * entered), the arguments in a0-a3 and, n32 and n64, a4-a5 ($8, $9); o32
 * takes its fifth and sixth at 16 and 20 of the stack at the trap
 * (mips_get_syscall_arg(): "get_user(*arg, (int *)usp + n)"). */
#define _GNU_SOURCE
#include <sgidefs.h>
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->gregs[2];
	for (unsigned a = 0; a < 4; a++)
		args[a] = m->gregs[4 + a];
#if _MIPS_SIM == _ABIO32
	args[4] = *(const uint32_t *)(uintptr_t)(m->gregs[29] + 16);
	args[5] = *(const uint32_t *)(uintptr_t)(m->gregs[29] + 20);
#else
	args[4] = m->gregs[8];
	args[5] = m->gregs[9];
#endif
	return true;
}
