/* Raw registers of a stopped tracee on an i386 host, read and written (one
 * layout, one syscall ABI: the personality is not needed). */
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"
#include "user-regs32.h"

static int get(pid_t pid, struct pr_i386_user_regs *r, struct iovec *iov)
{
	*iov = (struct iovec){ .iov_base = r, .iov_len = sizeof(*r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, iov) != 0)
		return -errno;
	return iov->iov_len == sizeof(*r) ? 0 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct pr_i386_user_regs r;
	struct iovec iov;
	int e = get(pid, &r, &iov);

	(void)p;
	if (e == 0)
		pr_i386_user_regs_normalise(&r, out);
	return e;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct pr_i386_user_regs r;
	struct iovec iov;
	int e = get(pid, &r, &iov);

	(void)p;
	if (e)
		return e;
	pr_i386_user_regs_denormalise(in, &r);
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) == 0 ? 0 : -errno;
}
