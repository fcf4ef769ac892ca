/* Write the common register view back into a stopped tracee on an x86_64
 * host, in the layout of the tracee's mode (64-bit, or the i386 one), and for
 * a 64-bit tracee in the registers of the syscall ABI it used (i386's for
 * int $0x80). */
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <linux/elf.h>

#include "host.h"
#include "../i386/user-regs32.h"

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	union {
		struct user_regs_struct r64;
		struct pr_i386_user_regs r32;
	} u;
	struct iovec iov = { .iov_base = &u, .iov_len = sizeof(u) };

	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	if (iov.iov_len == sizeof(u.r32)) {
		pr_i386_user_regs_denormalise(in, &u.r32);
	} else if (iov.iov_len == sizeof(u.r64) && p->word_bits == 32) {
		u.r64.orig_rax = in->nr;
		u.r64.rbx = in->args[0];
		u.r64.rcx = in->args[1];
		u.r64.rdx = in->args[2];
		u.r64.rsi = in->args[3];
		u.r64.rdi = in->args[4];
		u.r64.rbp = in->args[5];
		u.r64.rax = in->ret;
	} else if (iov.iov_len == sizeof(u.r64)) {
		u.r64.orig_rax = in->nr;
		u.r64.rdi = in->args[0];
		u.r64.rsi = in->args[1];
		u.r64.rdx = in->args[2];
		u.r64.r10 = in->args[3];
		u.r64.r8 = in->args[4];
		u.r64.r9 = in->args[5];
		u.r64.rax = in->ret;
	} else {
		return -EMSGSIZE;
	}
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) == 0 ? 0 : -errno;
}
