/* x86_64's SIGSYS ucontext hook (src/tracee/sigsys.h): the program's
 * registers as setup_sigcontext() saved pt_regs.  After syscall_rollback()
 * (ax = orig_ax) rax holds the number; the arguments are in rdi, rsi, rdx,
 * r10, r8, r9 for syscall, in ebx, ecx, edx, esi, edi, ebp for int $0x80
 * (the two bytes before the pc say which: 0f 05 or cd 80). */
#define _GNU_SOURCE
#include <ucontext.h>

#include "tracee/sigsys.h"

bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6])
{
	const greg_t *g = ((const ucontext_t *)uc)->uc_mcontext.gregs;
	const unsigned char *pc = (const unsigned char *)(uintptr_t)g[REG_RIP];
	static const int syscall_regs[6] = { REG_RDI, REG_RSI, REG_RDX, REG_R10, REG_R8, REG_R9 };
	static const int int80_regs[6] = { REG_RBX, REG_RCX, REG_RDX, REG_RSI, REG_RDI, REG_RBP };
	const int *r = pc[-2] == 0xcd && pc[-1] == 0x80 ? int80_regs : syscall_regs;

	*nr = (uint64_t)g[REG_RAX];
	for (unsigned a = 0; a < 6; a++)
		args[a] = (uint64_t)g[r[a]];
	return true;
}
