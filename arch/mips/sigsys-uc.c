/* mips's SIGSYS ucontext hook (src/tracee/sigsys.h): the number in v0
 * (syscall_rollback() does nothing, and the skipped call left v0 as it
 * entered), the arguments in a0-a3 and, n32 and n64, a4-a5 ($8, $9); o32
 * takes its fifth and sixth at 16 and 20 of the stack at the trap
 * (mips_get_syscall_arg(): "get_user(*arg, (int *)usp + n)"), and on its
 * indirect path the number in a0 and every argument one further on. */
#define _GNU_SOURCE
#include <sgidefs.h>
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;
#if _MIPS_SIM == _ABIO32
	/* syscall(__NR_syscall = 4000, nr, ...): the number in a0, the
	 * arguments one further on (mips_syscall_is_indirect()). */
	unsigned shift = m->gregs[2] == 4000;
	const uint32_t *stack = (const uint32_t *)(uintptr_t)(m->gregs[29] + 16);

	*nr = m->gregs[shift ? 4 : 2];
	for (unsigned a = 0; a < 6; a++)
		args[a] = a + shift < 4 ? m->gregs[4 + a + shift] : stack[a + shift - 4];
#else
	*nr = m->gregs[2];
	for (unsigned a = 0; a < 6; a++)
		args[a] = m->gregs[4 + a];
#endif
	return true;
}
