/* s390's SIGSYS ucontext hook (src/tracee/sigsys.h): "svc 0" takes the
 * number in r1 (the stub's), the arguments in r2-r7, r2 the first again
 * after syscall_rollback() (gprs[2] = orig_gpr2). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const mcontext_t *m = &((const ucontext_t *)uc)->uc_mcontext;

	*nr = m->gregs[1];
	for (unsigned a = 0; a < 6; a++)
		args[a] = m->gregs[2 + a];
	return true;
}
