/* Raw registers of a stopped tracee on an aarch64 host, read and written.
 * NT_PRSTATUS has the tracee's layout: struct user_pt_regs for a 64-bit
 * tracee, the 18-word arm one for a compat (AArch32) tracee; the length the
 * kernel returns says which.  During a syscall stop the kernel borrows x7
 * (r12 for a compat tracee) to say entry or exit, so x7 is not an argument
 * here; x0-x5 (r0-r5) are.  The number the kernel will run is not x8 (r7)
 * but regs->syscallno, which only NT_ARM_SYSTEM_CALL changes; the kernel
 * offers it for compat tracees too (user_aarch32_ptrace_view). */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <asm/ptrace.h>
#include <linux/elf.h>

#include "host.h"
#include "../arm/user-regs-arm.h"

#ifndef NT_ARM_SYSTEM_CALL
#define NT_ARM_SYSTEM_CALL 0x404
#endif

union regs {
	struct user_pt_regs r64;
	struct pr_arm_user_regs r32;
};

/* *len in: the buffer's size; out: what the kernel filled. */
static int regset(pid_t pid, int request, unsigned type, void *buf, size_t *len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = *len };

	if (ptrace(request, pid, (void *)(uintptr_t)type, &iov) != 0)
		return -errno;
	*len = iov.iov_len;
	return 0;
}

/* 32 or 64: the tracee's layout, or -errno. */
static int get(pid_t pid, union regs *u, size_t *len)
{
	int err;

	*len = sizeof(*u);
	if ((err = regset(pid, PTRACE_GETREGSET, NT_PRSTATUS, u, len)))
		return err;
	if (*len == sizeof(u->r32))
		return 32;
	return *len == sizeof(u->r64) ? 64 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	union regs u;
	size_t len;
	int layout = get(pid, &u, &len);

	(void)p;
	if (layout < 0)
		return layout;
	if (layout == 32) {
		pr_arm_user_regs_normalise(&u.r32, out);
		return 0;
	}
	memset(out, 0, sizeof(*out));
	out->pc = u.r64.pc;
	out->sp = u.r64.sp;
	out->nr = u.r64.regs[8];
	for (int i = 0; i < 6; i++)
		out->args[i] = u.r64.regs[i];
	out->ret = u.r64.regs[0];
	return 0;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	union regs u;
	size_t len, nlen = sizeof(int);
	int nr = (int)in->nr;
	int err, layout = get(pid, &u, &len);

	(void)p;
	if (layout < 0)
		return layout;
	if (layout == 32) {
		pr_arm_user_regs_denormalise(in, &u.r32);
	} else {
		u.r64.regs[8] = in->nr;
		for (int i = 1; i < 6; i++)
			u.r64.regs[i] = in->args[i];
		/* x0 is both the first argument and the result: whichever the
		 * caller changed from what is there now is the one to write. */
		u.r64.regs[0] = in->ret != u.r64.regs[0] ? in->ret : in->args[0];
	}
	if ((err = regset(pid, PTRACE_SETREGSET, NT_PRSTATUS, &u, &len)))
		return err;
	return regset(pid, PTRACE_SETREGSET, NT_ARM_SYSTEM_CALL, &nr, &nlen);
}
