/* x86_64 expectations (judging half: built on every host). */
#include "personality.h"
#include "x86_64-nr.h"

static const uint32_t x86_64_nr[PR_SYS_COUNT] = PR_NR_TABLE(X86_64);

const struct pr_personality pr_personality_x86_64 = {
	.name = "x86_64",
	.summary = "x86-64, 64-bit syscall instruction",
	.audit_arch = 0xc000003e,
	.word_bits = 64,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "syscall" },
	.nr = x86_64_nr,
	.nr_unknown = 0xfff0,
	.scratch_addr = 0x20000000,
	.high_addr = 0x5a5a5a5a0000,
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = pr_decode_negerrno64,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at sp - 8 (the handler's ret popped
	 * pretcode), so sp points at the ucontext: uc_flags 8, uc_link 8,
	 * uc_stack 24, uc_mcontext 256, then uc_sigmask. */
	.sigframe_mask_offset = 296,
	/* syscall_rollback() (arch/x86/include/asm/syscall.h): ax = orig_ax,
	 * the number the call entered with. */
	.rollback_leaves = pr_rollback_nr,
	.unwind_ip_offset = 0,
	/* syscall_64.tbl's 0 is read (first_call). */
	.table_base = 0,
	.first_call = PR_FIRST_READ,
};
