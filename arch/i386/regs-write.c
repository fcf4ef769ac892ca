/* Write the common register view back into a stopped tracee on an i386 host. */
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"
#include "user-regs32.h"

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	(void)p; /* one layout, one ABI */
	struct pr_i386_user_regs r;
	struct iovec iov = { .iov_base = &r, .iov_len = sizeof(r) };

	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	if (iov.iov_len != sizeof(r))
		return -EMSGSIZE;
	pr_i386_user_regs_denormalise(in, &r);
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) == 0 ? 0 : -errno;
}
