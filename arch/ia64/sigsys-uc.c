/* ia64's SIGSYS ucontext hook (src/tracee/sigsys.h): never called, ia64
 * having no seccomp filter (no HAVE_ARCH_SECCOMP_FILTER, arch/ia64/Kconfig,
 * 6.1): the filter's prctl fails first.  Its arguments live in the register
 * stack, not the sigcontext's general registers: false. */
#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	(void)uc, (void)nr, (void)args;
	return false;
}
