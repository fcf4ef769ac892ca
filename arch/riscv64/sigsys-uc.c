/* riscv64's SIGSYS ucontext hook (src/tracee/sigsys.h): the number in a7,
 * the arguments in a0-a5, a0 the first again after syscall_rollback()
 * (a0 = orig_a0). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->__gregs[17];               /* a7 (x17) */
	for (unsigned a = 0; a < 6; a++)
		args[a] = m->__gregs[10 + a]; /* a0-a5 (x10-x15) */
	return true;
}
