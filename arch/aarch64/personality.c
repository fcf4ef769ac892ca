/* aarch64 expectations (judging half: built on every host). */
#include "personality.h"
#include "aarch64-nr.h"

static const uint32_t aarch64_nr[PR_SYS_COUNT] = PR_NR_TABLE(AARCH64);

const struct pr_personality pr_personality_aarch64 = {
	.name = "aarch64",
	.summary = "arm64, svc #0 with the number in x8",
	.audit_arch = 0xc00000b7,
	.word_bits = 64,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "svc" },
	/* arch_do_signal_or_restart() (arch/arm64/kernel/signal.c) sets pc to
	 * restart_addr before get_signal(): "so that a debugger will see the
	 * already changed PC". */
	.signal_rewind = { 4 },
	.nr = aarch64_nr,
	.nr_unknown = 0xfff0,
	.scratch_addr = 0x20000000,
	.high_addr = 0x5a5a5a0000, /* above 4 GiB, inside a 39-bit address space */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = pr_decode_negerrno64,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at sp: siginfo (128), then the
	 * ucontext: uc_flags 8, uc_link 8, uc_stack 24, then uc_sigmask. */
	.sigframe_mask_offset = 168,
	/* syscall_rollback() (arch/arm64/include/asm/syscall.h: regs[0] = orig_x0; a compat task's r0 too): the saved first argument back in the
	 * result register. */
	.rollback_leaves = pr_rollback_arg0,
	/* el0_svc_common(): a call skipped through NT_ARM_SYSTEM_CALL keeps x0,
	 * the first argument (through PTRACE_SET_SYSCALL_INFO syscall_set_nr()
	 * sets -ENOSYS: arch/arm64/include/asm/syscall.h, 6.16+). */
	.regset_skip_leaves = pr_skip_leaves_arg0,
	/* The generic table (include/uapi/asm-generic/unistd.h) starts with
	 * io_setup. */
	.table_base = 0,
	.first_call = PR_FIRST_IO_SETUP,
};
