/* s390x and 31-bit s390 expectations (judging half: built on every host).
 * The kernel reports the low 16 bits of the syscall number (int_code):
 * syscall_get_nr() returns int_code & 0xffff and syscall_set_nr() keeps
 * nr & 0xffff (arch/s390/include/asm/syscall.h, 7.3), so a call skipped with
 * nr -1 reads back as 65535. */
#include "personality.h"
#include "s390-nr.h"

static const uint32_t s390_nr[PR_SYS_COUNT] = PR_NR_TABLE(S390);

#define S390_COMMON \
	.big_endian = true, \
	.nr_mask = 0xffff, \
	.paths = { "svc" }, \
	.clone_flags_arg = 1, /* kernel/fork.c: CONFIG_CLONE_BACKWARDS2 */ \
	.nr = s390_nr, \
	.nr_unknown = 0xfff0, \
	.scratch_addr = 0x20000000

const struct pr_personality pr_personality_s390x = {
	.name = "s390x",
	.summary = "s390x, 64-bit, svc 0 with the number in r1",
	.audit_arch = 0x80000016,
	.word_bits = 64,
	S390_COMMON,
	.high_addr = 0x3a5a5a0000, /* above 4 GiB, below the 3-level 4 TiB limit */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = pr_decode_negerrno64,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at r15: 160 bytes of callee stack,
	 * svc_insn, siginfo at 168, the ucontext at 296; uc_flags 8, uc_link 8,
	 * uc_stack 24, uc_mcontext (_sigregs) 344, then uc_sigmask. */
	.sigframe_mask_offset = 680,
	/* syscall_rollback() (arch/s390/include/asm/syscall.h): gprs[2] =
	 * orig_gpr2, the first argument, which 7.3's __do_syscall() keeps
	 * ("|| !permit) goto out", arch/s390/kernel/syscall.c).  6.1's
	 * do_syscall() goes to out only with PIF_SYSCALL_RET_SET, which
	 * syscall_set_return_value() sets and syscall_rollback() does not:
	 * it then writes gprs[2] = -ENOSYS over the rolled-back argument, and
	 * Debian's 7.2.13 was seen to do so (a finding, 2026-12-05). */
	.rollback_leaves = pr_rollback_arg0,
	/* arch/s390/kernel/syscalls/syscall.tbl starts at 1 (exit): the
	 * generated table fills 0 with sys_ni_syscall. */
	.table_base = 0,
	.first_call = { "ni_syscall", 0, { 0 }, ENOSYS, false, "no syscall 0: sys_ni_syscall, -ENOSYS" },
};

/* A 31-bit task: results sign-extended on error (b3583fca5fb6). */
const struct pr_personality pr_personality_s390_31 = {
	.name = "s390-31",
	.summary = "31-bit s390 compat, svc 0 with the number in r1",
	.audit_arch = 0x00000016,
	.word_bits = 32,
	S390_COMMON,
	.high_addr = 0x7a5a0000, /* the top of the 31-bit space */
	.large_offset = 0x7a5a5a5a,
	.decode_result = pr_decode_negerrno32,
	.encode_result = pr_encode_negerrno,
	/* rt_sigframe32 at r15: 96 bytes of callee stack, svc_insn, siginfo at
	 * 100, the ucontext32 at 232 (its _psw_t32 makes it 8-byte aligned);
	 * uc_flags 4, uc_link 4, uc_stack 12, uc_mcontext (_sigregs32, again
	 * 8-byte aligned, at 24) 272, then uc_sigmask at 296. */
	.sigframe_mask_offset = 528,
	/* syscall_rollback() (arch/s390/include/asm/syscall.h): gprs[2] =
	 * orig_gpr2, the first argument, which 7.3's __do_syscall() keeps
	 * ("|| !permit) goto out", arch/s390/kernel/syscall.c).  6.1's
	 * do_syscall() goes to out only with PIF_SYSCALL_RET_SET, which
	 * syscall_set_return_value() sets and syscall_rollback() does not:
	 * it then writes gprs[2] = -ENOSYS over the rolled-back argument, and
	 * Debian's 7.2.13 was seen to do so (a finding, 2026-12-05). */
	.rollback_leaves = pr_rollback_arg0,
	.regset_result_low_word = true,
	/* arch/s390/kernel/syscalls/syscall.tbl starts at 1 (exit): the
	 * generated table fills 0 with sys_ni_syscall. */
	.table_base = 0,
	.first_call = { "ni_syscall", 0, { 0 }, ENOSYS, false, "no syscall 0: sys_ni_syscall, -ENOSYS" },
};
