/* Raw registers of a stopped tracee on an arm host (or an arm tracer under
 * an arm64 kernel: the compat ptrace entry), read and written.  The number
 * the kernel runs is not r7 but the one PTRACE_SET_SYSCALL changes (arm's
 * abi_syscall, arm64's regs->syscallno). */
#include <errno.h>
#include <stdint.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"
#include "user-regs-arm.h"

#ifndef PTRACE_SET_SYSCALL
#define PTRACE_SET_SYSCALL 23 /* arch/arm/include/uapi/asm/ptrace.h */
#endif

static int get(pid_t pid, struct pr_arm_user_regs *r, struct iovec *iov)
{
	*iov = (struct iovec){ .iov_base = r, .iov_len = sizeof(*r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, iov) != 0)
		return -errno;
	return iov->iov_len == sizeof(*r) ? 0 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct pr_arm_user_regs r;
	struct iovec iov;
	int e = get(pid, &r, &iov);

	(void)p;
	if (e == 0)
		pr_arm_user_regs_normalise(&r, out);
	return e;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct pr_arm_user_regs r;
	struct iovec iov;
	int e = get(pid, &r, &iov);

	(void)p;
	if (e)
		return e;
	pr_arm_user_regs_denormalise(in, &r);
	if (ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	return ptrace((enum __ptrace_request)PTRACE_SET_SYSCALL, pid, NULL,
		      (void *)(uintptr_t)(uint32_t)in->nr) == 0 ? 0 : -errno;
}
