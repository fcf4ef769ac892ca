/* aarch64's SIGSYS ucontext hook (src/tracee/sigsys.h): the number in x8,
 * the arguments in x0-x5, x0 the first again after syscall_rollback()
 * (regs[0] = orig_x0). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->regs[8];
	for (unsigned a = 0; a < 6; a++)
		args[a] = m->regs[a];
	return true;
}
