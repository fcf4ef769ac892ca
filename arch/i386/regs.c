/* Raw registers of a stopped tracee on an i386 host. */
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"
#include "user-regs32.h"

int pr_read_regs(pid_t pid, struct pr_raw_regs *out)
{
	struct pr_i386_user_regs r;
	struct iovec iov = { .iov_base = &r, .iov_len = sizeof(r) };

	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	if (iov.iov_len != sizeof(r))
		return -EMSGSIZE;
	pr_i386_user_regs_normalise(&r, out);
	return 0;
}
