/* Raw registers of a stopped tracee on an aarch64 host (struct
 * user_pt_regs), read and written.  During a syscall stop the kernel borrows
 * x7 to say entry or exit, so x7 is not an argument here; x0-x5 are.  The
 * number the kernel will run is not x8 but regs->syscallno, which only
 * NT_ARM_SYSTEM_CALL changes. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <asm/ptrace.h>
#include <linux/elf.h>

#include "host.h"

#ifndef NT_ARM_SYSTEM_CALL
#define NT_ARM_SYSTEM_CALL 0x404
#endif

static int regset(pid_t pid, int request, unsigned type, void *buf, size_t len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };

	if (ptrace(request, pid, (void *)(uintptr_t)type, &iov) != 0)
		return -errno;
	return iov.iov_len == len ? 0 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct user_pt_regs r;
	int err = regset(pid, PTRACE_GETREGSET, NT_PRSTATUS, &r, sizeof(r));

	(void)p;
	if (err)
		return err;
	memset(out, 0, sizeof(*out));
	out->pc = r.pc;
	out->sp = r.sp;
	out->nr = r.regs[8];
	for (int i = 0; i < 6; i++)
		out->args[i] = r.regs[i];
	out->ret = r.regs[0];
	return 0;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct user_pt_regs r;
	int nr = (int)in->nr;
	int err = regset(pid, PTRACE_GETREGSET, NT_PRSTATUS, &r, sizeof(r));

	(void)p;
	if (err)
		return err;
	r.regs[8] = in->nr;
	for (int i = 1; i < 6; i++)
		r.regs[i] = in->args[i];
	/* x0 is both the first argument and the result: whichever the caller
	 * changed from what is there now is the one to write. */
	r.regs[0] = in->ret != r.regs[0] ? in->ret : in->args[0];
	if ((err = regset(pid, PTRACE_SETREGSET, NT_PRSTATUS, &r, sizeof(r))))
		return err;
	return regset(pid, PTRACE_SETREGSET, NT_ARM_SYSTEM_CALL, &nr, sizeof(nr));
}
