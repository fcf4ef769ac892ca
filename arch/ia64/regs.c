/* Raw registers of a stopped tracee on an ia64 host.
 *
 * NOT COMPILED HERE: there is no ia64 C compiler in Debian.  Written from the
 * kernel's ptrace ABI (asm/ptrace_offsets.h, arch/ia64/kernel/ptrace.c) and
 * the way strace's src/linux/ia64/ reads syscall arguments.
 *
 * The arguments are not in fixed registers: they are out0-out5 of the
 * tracee's current register frame, which the kernel has flushed to the user's
 * register backing store (RBS).  PT_AR_BSP is the END of that store (it
 * includes the current frame), CFM.sof is the frame size and CFM.sol the size
 * of its inputs and locals, so out0 sits sof - sol registers below the end.
 * Walking the RBS skips the NaT collection word that fills every 64th slot.
 * The stack pointer is r12 (the memory stack), never ar.bspstore (the RBS):
 * 7ad1e366167837da fixed a kernel that reported the latter. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <asm/ptrace_offsets.h>

#include "host.h"

#define CFM_SOF(cfm) ((cfm) & 0x7f)
#define CFM_SOL(cfm) (((cfm) >> 7) & 0x7f)
#define PSR_RI(psr) (((psr) >> 41) & 3) /* slot of the next instruction */

/* The RBS slot num_regs registers away from addr, skipping NaT collections
 * (the slot whose address bits 3..8 are all ones); asm/rse.h's
 * ia64_rse_skip_regs(). */
static uint64_t rse_skip_regs(uint64_t addr, long num_regs)
{
	long delta = (long)((addr >> 3) & 0x3f) + num_regs;

	if (num_regs < 0)
		delta -= 0x3e;
	return addr + 8 * (uint64_t)(num_regs + delta / 0x3f);
}

static int peek(pid_t pid, int request, uint64_t where, uint64_t *out)
{
	long v;

	errno = 0;
	v = ptrace(request, pid, (void *)where, NULL);
	if (v == -1 && errno)
		return -errno;
	*out = (uint64_t)v;
	return 0;
}

static int peek_user(pid_t pid, unsigned long offset, uint64_t *out)
{
	return peek(pid, PTRACE_PEEKUSER, offset, out);
}

/* Where out0 of the current frame sits in the RBS. */
static int out0_addr(pid_t pid, uint64_t *addr, uint64_t *nouts)
{
	uint64_t cfm, bsp;
	int err;

	if ((err = peek_user(pid, PT_CFM, &cfm)) || (err = peek_user(pid, PT_AR_BSP, &bsp)))
		return err;
	*addr = rse_skip_regs(bsp, -(long)CFM_SOF(cfm) + (long)CFM_SOL(cfm));
	*nouts = CFM_SOF(cfm) - CFM_SOL(cfm);
	return 0;
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	uint64_t iip, ipsr, out0, nouts;
	int err;

	(void)p;
	memset(out, 0, sizeof(*out));
	if ((err = peek_user(pid, PT_CR_IIP, &iip)) || (err = peek_user(pid, PT_CR_IPSR, &ipsr)) ||
	    (err = out0_addr(pid, &out0, &nouts)) ||
	    (err = peek_user(pid, PT_R12, &out->sp)) || (err = peek_user(pid, PT_R15, &out->nr)) ||
	    (err = peek_user(pid, PT_R8, &out->ret)) || (err = peek_user(pid, PT_R10, &out->err)))
		return err;
	/* instruction_pointer(regs) in the kernel: bundle address plus slot. */
	out->pc = iip + PSR_RI(ipsr);
	for (long i = 0; i < 6; i++) {
		/* At an exit stop the frame may be shorter: leave the rest 0. */
		if ((uint64_t)i >= nouts)
			break;
		if ((err = peek(pid, PTRACE_PEEKDATA, rse_skip_regs(out0, i), &out->args[i])))
			return err;
	}
	return 0;
}

static int poke(pid_t pid, int request, uint64_t where, uint64_t value)
{
	return ptrace(request, pid, (void *)where, (void *)value) == 0 ? 0 : -errno;
}

/* The reverse of pr_read_regs: r15, r8/r10 and the outputs in the RBS. */
int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	uint64_t out0, nouts;
	int err;

	(void)p;
	if ((err = out0_addr(pid, &out0, &nouts)) || (err = poke(pid, PTRACE_POKEUSER, PT_R15, in->nr)) ||
	    (err = poke(pid, PTRACE_POKEUSER, PT_R8, in->ret)) ||
	    (err = poke(pid, PTRACE_POKEUSER, PT_R10, in->err)))
		return err;
	for (long i = 0; i < 6 && (uint64_t)i < nouts; i++)
		if ((err = poke(pid, PTRACE_POKEDATA, rse_skip_regs(out0, i), in->args[i])))
			return err;
	return 0;
}
