/* Raw registers of a stopped tracee on a ppc64le host: NT_PRSTATUS is the
 * uapi struct pt_regs (48 words).  At a syscall stop r0 is the number and
 * r3-r8 the arguments, but r3 is also the result: the kernel keeps the first
 * argument in orig_gpr3, which is what PTRACE_GET_SYSCALL_INFO reports
 * (syscall_get_arguments()).  At an entry stop r3 == orig_gpr3 and the call
 * runs with r3; at a seccomp stop r3 already holds -ENOSYS and the call, if
 * allowed, runs with orig_gpr3 copied back (do_seccomp()).  trap says how
 * the call entered: 0xc00 sc, 0x3000 scv. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"

struct ppc_regs {
	uint64_t gpr[32];
	uint64_t nip, msr, orig_gpr3, ctr, link, xer, ccr, softe, trap, dar, dsisr, result;
	uint64_t pad[4]; /* ELF_NGREG is 48 */
};

_Static_assert(sizeof(struct ppc_regs) == 48 * 8, "ppc64 NT_PRSTATUS is 48 words");

#define CR0_SO 0x10000000u

static int regset(pid_t pid, int request, struct ppc_regs *r)
{
	struct iovec iov = { .iov_base = r, .iov_len = sizeof(*r) };

	if (ptrace(request, pid, (void *)NT_PRSTATUS, &iov) != 0)
		return -errno;
	return iov.iov_len == sizeof(*r) ? 0 : -EMSGSIZE;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct ppc_regs r;
	int err = regset(pid, PTRACE_GETREGSET, &r);

	(void)p;
	if (err)
		return err;
	memset(out, 0, sizeof(*out));
	out->pc = r.nip;
	out->sp = r.gpr[1];
	out->nr = r.gpr[0];
	out->args[0] = r.orig_gpr3;
	for (int i = 1; i < 6; i++)
		out->args[i] = r.gpr[3 + i];
	out->ret = r.gpr[3];
	out->err = (r.ccr & CR0_SO) != 0;
	out->trap = r.trap;
	return 0;
}

int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct ppc_regs r;
	int err = regset(pid, PTRACE_GETREGSET, &r);

	(void)p;
	if (err)
		return err;
	r.gpr[0] = in->nr;
	for (int i = 1; i < 6; i++)
		r.gpr[3 + i] = in->args[i];
	/* r3: the result if the caller changed it; else, at an entry stop
	 * (r3 still the first argument), the new first argument; a seccomp
	 * stop's -ENOSYS stays, for a call the tracer skips. */
	if (in->ret != r.gpr[3])
		r.gpr[3] = in->ret;
	else if (r.gpr[3] == r.orig_gpr3)
		r.gpr[3] = in->args[0];
	r.orig_gpr3 = in->args[0];
	r.ccr = in->err ? r.ccr | CR0_SO : r.ccr & ~(uint64_t)CR0_SO;
	return regset(pid, PTRACE_SETREGSET, &r);
}
