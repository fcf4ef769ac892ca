/* riscv64 expectations (judging half: built on every host). */
#include <stddef.h>

#include "personality.h"
#include "riscv64-nr.h"

static const uint32_t riscv64_nr[PR_SYS_COUNT] = PR_NR_TABLE(RISCV64);

const struct pr_personality pr_personality_riscv64 = {
	.name = "riscv64",
	.summary = "riscv64, ecall with the number in a7",
	.audit_arch = 0xc00000f3,
	.word_bits = 64,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "ecall" },
	/* arch_do_signal_or_restart() (arch/riscv/kernel/signal.c) sets epc to
	 * restart_addr before get_signal(). */
	.signal_rewind = { 4 },
	.nr = riscv64_nr,
	.nr_unknown = 0xfff0,
	.scratch_addr = 0x20000000,
	.high_addr = 0x3a5a5a0000, /* above 4 GiB, below Sv39's 256 GiB user space */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = pr_decode_negerrno64,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at sp: siginfo (128), then the
	 * ucontext: uc_flags 8, uc_link 8, uc_stack 24, then uc_sigmask. */
	.sigframe_mask_offset = 168,
	/* syscall_rollback() (arch/riscv/include/asm/syscall.h: a0 = orig_a0): the saved first argument back in the
	 * result register. */
	.rollback_leaves = pr_rollback_arg0,
	/* do_trap_ecall_u() presets a0 = -ENOSYS before the entry stop
	 * (61119394631f), so a call skipped with nr -1 returns -ENOSYS.  The
	 * kernels between 52449c17bdd1 and that fix returned the first
	 * argument instead: the bug the catalogue recognises. */
	.regset_skip_leaves = NULL,
	/* The syscall wrappers read the first argument from regs->orig_a0;
	 * NT_PRSTATUS (struct user_regs_struct) has a0 only, the result
	 * register.  NT_RISCV_ORIG_A0 was proposed (2024-25) but not merged. */
	.regs_arg0_missing = "riscv: the first argument is orig_a0, which no regset exposes "
			     "(NT_PRSTATUS a0 is the result: -ENOSYS at entry since 61119394631f); "
			     "only PTRACE_SET_SYSCALL_INFO (6.16+) sets it",
	/* The generic table (include/uapi/asm-generic/unistd.h) starts with
	 * io_setup. */
	.table_base = 0,
	.first_call = PR_FIRST_IO_SETUP,
};
