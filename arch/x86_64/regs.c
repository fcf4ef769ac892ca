/* Raw registers of a stopped tracee on an x86_64 host, read and written.
 * NT_PRSTATUS has the layout of the tracee's mode: struct user_regs_struct
 * for a 64-bit tracee, the 68-byte i386 layout for a 32-bit one; the length
 * the kernel returns says which.  A 64-bit tracee making an i386 syscall
 * (int $0x80) has its arguments in rbx rcx rdx rsi rdi rbp: the personality
 * says which ABI. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <linux/elf.h>

#include "host.h"
#include "../i386/user-regs32.h"

union regs {
	struct user_regs_struct r64;
	struct pr_i386_user_regs r32;
};

/* 32 or 64: the tracee's layout, or -errno. */
static int get(pid_t pid, union regs *u, struct iovec *iov)
{
	*iov = (struct iovec){ .iov_base = u, .iov_len = sizeof(*u) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, iov) != 0)
		return -errno;
	if (iov->iov_len == sizeof(u->r32))
		return 32;
	return iov->iov_len == sizeof(u->r64) ? 64 : -EMSGSIZE;
}

/* The six argument registers of the syscall ABI in use. */
static unsigned long long *arg_regs(struct user_regs_struct *r, const struct pr_personality *p,
				    unsigned a)
{
	unsigned long long *ia32[6] = { &r->rbx, &r->rcx, &r->rdx, &r->rsi, &r->rdi, &r->rbp };
	unsigned long long *x64[6] = { &r->rdi, &r->rsi, &r->rdx, &r->r10, &r->r8, &r->r9 };

	return p->word_bits == 32 ? ia32[a] : x64[a];
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	union regs u;
	struct iovec iov;
	int layout = get(pid, &u, &iov);

	if (layout < 0)
		return layout;
	if (layout == 32) {
		pr_i386_user_regs_normalise(&u.r32, out);
		return 0;
	}
	memset(out, 0, sizeof(*out));
	out->pc = u.r64.rip;
	out->sp = u.r64.rsp;
	out->nr = u.r64.orig_rax;
	for (unsigned a = 0; a < 6; a++)
		out->args[a] = *arg_regs(&u.r64, p, a);
	out->ret = u.r64.rax;
	return 0;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	union regs u;
	struct iovec iov;
	int layout = get(pid, &u, &iov);

	if (layout < 0)
		return layout;
	if (layout == 32) {
		pr_i386_user_regs_denormalise(in, &u.r32);
	} else {
		u.r64.orig_rax = in->nr;
		for (unsigned a = 0; a < 6; a++)
			*arg_regs(&u.r64, p, a) = in->args[a];
		u.r64.rax = in->ret;
	}
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) == 0 ? 0 : -errno;
}
