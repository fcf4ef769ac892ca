/* i386's SIGSYS ucontext hook (src/tracee/sigsys.h): after
 * syscall_rollback() (ax = orig_ax) eax holds the number; the arguments
 * are in ebx, ecx, edx, esi, edi, ebp, as pt_regs had them (the vDSO's
 * sysenter path too: the kernel loads ebp's argument from the user stack
 * into pt_regs.bp, do_fast_syscall_32()). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const greg_t *g = ((const ucontext_t *)uc)->uc_mcontext.gregs;
	static const int regs[6] = { REG_EBX, REG_ECX, REG_EDX, REG_ESI, REG_EDI, REG_EBP };

	*nr = (uint32_t)g[REG_EAX];
	for (unsigned a = 0; a < 6; a++)
		args[a] = (uint32_t)g[regs[a]];
	return true;
}
