/* Raw registers of a stopped tracee on an aarch64 host (struct
 * user_pt_regs).  During a syscall stop the kernel borrows x7 to say entry
 * or exit, so x7 is not an argument here; x0-x5 are. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <asm/ptrace.h>
#include <linux/elf.h>

#include "host.h"

int pr_read_regs(pid_t pid, struct pr_raw_regs *out)
{
	struct user_pt_regs r;
	struct iovec iov = { .iov_base = &r, .iov_len = sizeof(r) };

	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	if (iov.iov_len != sizeof(r))
		return -EMSGSIZE;
	memset(out, 0, sizeof(*out));
	out->pc = r.pc;
	out->sp = r.sp;
	out->nr = r.regs[8];
	for (int i = 0; i < 6; i++)
		out->args[i] = r.regs[i];
	out->ret = r.regs[0];
	return 0;
}
