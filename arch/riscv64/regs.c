/* Raw registers of a stopped tracee on a riscv64 host (NT_PRSTATUS, struct
 * user_regs_struct: pc ra sp gp tp t0-t2 s0 s1 a0-a7 s2-s11 t3-t6), read and
 * written.  The number is a7, the arguments a1-a5 are themselves, but the
 * first argument is not a0: do_trap_ecall_u() copies a0 to orig_a0, the
 * syscall wrappers read orig_a0, and (since 61119394631f) a0 is preset to
 * -ENOSYS before the entry stop.  No regset exposes orig_a0, so args[0] of
 * the view is left 0 (the personality's regs_arg0_missing says why) and a0
 * is the result register only. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <asm/ptrace.h>
#include <linux/elf.h>

#include "host.h"

static int regset(pid_t pid, int request, struct user_regs_struct *r)
{
	struct iovec iov = { .iov_base = r, .iov_len = sizeof(*r) };

	if (ptrace(request, pid, (void *)(uintptr_t)NT_PRSTATUS, &iov) != 0)
		return -errno;
	return iov.iov_len == sizeof(*r) ? 0 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct user_regs_struct r;
	int err = regset(pid, PTRACE_GETREGSET, &r);

	(void)p;
	if (err)
		return err;
	memset(out, 0, sizeof(*out));
	out->pc = r.pc;
	out->sp = r.sp;
	out->nr = r.a7;
	out->args[1] = r.a1;
	out->args[2] = r.a2;
	out->args[3] = r.a3;
	out->args[4] = r.a4;
	out->args[5] = r.a5;
	out->ret = r.a0;
	return 0;
}

/* A changed args[0] cannot be written: EOPNOTSUPP, and nothing is. */
int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct user_regs_struct r;
	int err;

	(void)p;
	if (in->args[0] != 0)
		return -EOPNOTSUPP;
	if ((err = regset(pid, PTRACE_GETREGSET, &r)))
		return err;
	r.a7 = in->nr;
	r.a1 = in->args[1];
	r.a2 = in->args[2];
	r.a3 = in->args[3];
	r.a4 = in->args[4];
	r.a5 = in->args[5];
	r.a0 = in->ret;
	return regset(pid, PTRACE_SETREGSET, &r);
}
