/* ia64 expectations (judging half: built on every host, so recordings made on
 * ia64 hardware are judged anywhere).  Two syscall paths: "break" (break
 * 0x100000 with the number in r15) and "epc" (a br.call into the gate page's
 * __kernel_syscall_via_epc).  Both pass the arguments as out0-out5 of the
 * caller's register frame. */
#include "personality.h"
#include "ia64-nr.h"

static const uint32_t ia64_nr[PR_SYS_COUNT] = PR_NR_TABLE(IA64);

/* r8 holds the value, or a POSITIVE errno when r10 is -1 (r10 is 0 on
 * success).  The info must still say rval = -errno, like every other arch:
 * 61bf318eac2c fixed a kernel that passed r8 through unnegated. */
static void ia64_decode_result(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	*is_error = raw->err == UINT64_MAX;
	*rval = *is_error ? -(int64_t)raw->ret : (int64_t)raw->ret;
}

static void ia64_encode_result(int64_t rval, bool is_error, struct pr_raw_regs *raw)
{
	raw->ret = is_error ? (uint64_t)-rval : (uint64_t)rval;
	raw->err = is_error ? UINT64_MAX : 0;
}

static void ia64_rollback_leaves(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw)
{
	(void)path, (void)nr, (void)args;
	raw->ret = 1;
	raw->err = 0;
}

const struct pr_personality pr_personality_ia64 = {
	.name = "ia64",
	.summary = "ia64 (Itanium), break 0x100000 and epc through the gate page",
	.audit_arch = 0xc0000032,
	.word_bits = 64,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "break", "epc" },
	.nr = ia64_nr,
	.nr_unknown = 1024 + 0xff0,
	/* Region 0, 64 KiB aligned: valid for every ia64 page size. */
	.scratch_addr = 0x20000000,
	/* Region 3 (0x6000...), where ia64 puts stacks and mmaps: a positive
	 * address with the region bits set, 64 KiB aligned. */
	.high_addr = 0x60000a5a5a5a0000,
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = ia64_decode_result,
	.encode_result = ia64_encode_result,
	/* rt_sigreturn finds struct sigframe at r12 + 16 (ia64_rt_sigreturn()):
	 * arg0-2 and handler (32), siginfo (128), then struct sigcontext at
	 * +176, whose sc_mask is its last field, at 2640: sc_flags, sc_nat,
	 * sc_stack (40), twelve ar/cr words (96), sc_br[8], sc_gr[32], sc_fr[128]
	 * of 16 bytes from a 16-byte boundary, four words and sc_rsvd[12].
	 * Worked out from the uapi headers; not yet seen on hardware. */
	.sigframe_mask_offset = 16 + 176 + 2640,
	/* No kernel reaches it: ia64 never had HAVE_ARCH_SECCOMP_FILTER
	 * (arch/ia64/Kconfig, 6.1), so its filter groups are judged from
	 * synthetic recordings only.  syscall_rollback() does nothing there
	 * (arch/ia64/include/asm/syscall.h): pt_regs.r8 as
	 * ia64_syscall_setup() left it, 1 ("ensure pt_regs.r8 != 0"), r10 0. */
	.rollback_leaves = ia64_rollback_leaves,
	/* arch/ia64/kernel/syscalls/syscall.tbl, emitted with --offset
	 * __NR_Linux (1024): its 0 is ni_syscall. */
	.table_base = 1024,
	.first_call = { "ni_syscall", 0, { 0 }, ENOSYS, false, "1024 is ni_syscall: -ENOSYS" },
};
