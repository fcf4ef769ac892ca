/* ppc64le's SIGSYS ucontext hook (src/tracee/sigsys.h): the number in r0,
 * the arguments in r3-r8 (sc and scv alike), r3 the first again after
 * syscall_rollback() (gpr[3] = orig_gpr3). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->gp_regs[0];
	for (unsigned a = 0; a < 6; a++)
		args[a] = m->gp_regs[3 + a];
	return true;
}
