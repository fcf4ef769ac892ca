/* Raw registers of a stopped tracee on an s390 host, read and written.
 * NT_PRSTATUS has the tracee's layout (64-bit s390_regs, or the compat one
 * for a 31-bit tracee, told apart by length).  NT_S390_SYSTEM_CALL is not
 * used: at a syscall-entry stop it still holds the previous call's number. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"

struct regs64 {
	uint64_t psw_mask, psw_addr, gprs[16];
	uint32_t acrs[16];
	uint64_t orig_gpr2;
};

/* The kernel's psw_compat_t is 8-byte aligned, so the compat set is 144
 * bytes: 140 of registers and 4 of padding. */
struct regs31 {
	uint32_t psw_mask, psw_addr, gprs[16], acrs[16], orig_gpr2, pad;
};

#define PSW32_ADDR_AMODE 0x80000000u /* the compat view's addressing-mode bit */

/* The compat layout in the 64-bit one (in place: r31 is read first). */
static void widen(const struct regs31 *r31, struct regs64 *r64)
{
	struct regs31 c = *r31;

	r64->psw_addr = c.psw_addr & ~PSW32_ADDR_AMODE;
	for (int i = 0; i < 16; i++)
		r64->gprs[i] = c.gprs[i];
	r64->orig_gpr2 = c.orig_gpr2;
}

/* The reverse, for writing back what the common view changed. */
static void narrow(const struct regs64 *r64, struct regs31 *r31)
{
	for (int i = 0; i < 16; i++)
		r31->gprs[i] = (uint32_t)r64->gprs[i];
	r31->orig_gpr2 = (uint32_t)r64->orig_gpr2;
}

static int regset(pid_t pid, int request, unsigned type, void *buf, size_t *len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = *len };

	if (ptrace(request, pid, (void *)(uintptr_t)type, &iov) != 0)
		return -errno;
	*len = iov.iov_len;
	return 0;
}

/* During a syscall stop r2 holds the number at entry (the kernel copies it
 * there from the int_code before tracing, and a tracer writing r2 then sets
 * the int_code: __poke_user) and the result at exit. */
int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	union { struct regs64 r64; struct regs31 r31; } u;
	size_t len = sizeof(u);
	int err = regset(pid, PTRACE_GETREGSET, NT_PRSTATUS, &u, &len);

	(void)p; /* the regset's length says 64 or 31 bits */
	if (err)
		return err;
	if (len == sizeof(u.r31))
		widen(&u.r31, &u.r64);
	else if (len != sizeof(u.r64))
		return -EMSGSIZE;
	memset(out, 0, sizeof(*out));
	out->pc = u.r64.psw_addr;
	out->sp = u.r64.gprs[15];
	out->nr = u.r64.gprs[2];
	out->args[0] = u.r64.orig_gpr2;
	for (int i = 1; i < 6; i++)
		out->args[i] = u.r64.gprs[2 + i];
	out->ret = u.r64.gprs[2];
	return 0;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	union { struct regs64 r64; struct regs31 r31; } u;
	struct regs64 wide;
	size_t len = sizeof(u);
	int err = regset(pid, PTRACE_GETREGSET, NT_PRSTATUS, &u, &len);
	bool compat = len == sizeof(u.r31);

	(void)p;
	if (err)
		return err;
	if (compat)
		widen(&u.r31, &wide);
	else
		wide = u.r64;
	wide.orig_gpr2 = in->args[0];
	for (int i = 1; i < 6; i++)
		wide.gprs[2 + i] = in->args[i];
	/* r2 is the number at entry and the result at exit: write whichever
	 * the caller changed. */
	wide.gprs[2] = in->ret != (wide.gprs[2] & pr_word_mask(p)) ? in->ret : in->nr;
	if (compat)
		narrow(&wide, &u.r31);
	else
		u.r64 = wide;
	return regset(pid, PTRACE_SETREGSET, NT_PRSTATUS, &u, &len);
}
