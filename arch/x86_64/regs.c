/* Raw registers of a stopped tracee on an x86_64 host.  NT_PRSTATUS has the
 * layout of the tracee's mode: struct user_regs_struct for a 64-bit tracee,
 * the 68-byte i386 layout for a 32-bit one; the length the kernel returns says
 * which. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <linux/elf.h>

#include "host.h"
#include "../i386/user-regs32.h"

int pr_read_regs(pid_t pid, struct pr_raw_regs *out)
{
	union {
		struct user_regs_struct r64;
		struct pr_i386_user_regs r32;
	} u;
	struct iovec iov = { .iov_base = &u, .iov_len = sizeof(u) };

	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	if (iov.iov_len == sizeof(u.r32)) {
		pr_i386_user_regs_normalise(&u.r32, out);
		return 0;
	}
	if (iov.iov_len != sizeof(u.r64))
		return -EMSGSIZE;
	memset(out, 0, sizeof(*out));
	out->pc = u.r64.rip;
	out->sp = u.r64.rsp;
	out->nr = u.r64.orig_rax;
	out->args[0] = u.r64.rdi;
	out->args[1] = u.r64.rsi;
	out->args[2] = u.r64.rdx;
	out->args[3] = u.r64.r10;
	out->args[4] = u.r64.r8;
	out->args[5] = u.r64.r9;
	out->ret = u.r64.rax;
	return 0;
}
