/* arm (EABI, 32-bit) expectations (judging half: built on every host).  The
 * same row serves an arm tracee under an arm64 kernel (AArch32 EL0, the
 * compat path) and on a 32-bit arm kernel. */
#include "personality.h"
#include "arm-nr.h"

static const uint32_t arm_nr[PR_SYS_COUNT] = PR_NR_TABLE(ARM);

/* arm reports rval as a signed 32-bit long, sign-extended to 64 bits: arm64's
 * syscall_get_return_value() sign-extends a compat task's r0 (and a 32-bit
 * kernel's long is 32 bits), so a success with the top bit set reads back
 * negative with is_error 0; errors are the last 4095 values of the word. */
static void decode_sext32(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	uint32_t r = (uint32_t)raw->ret;

	*is_error = r >= (uint32_t)-4095;
	*rval = (int64_t)(int32_t)r;
}

const struct pr_personality pr_personality_arm = {
	.name = "arm",
	.summary = "arm EABI, svc #0 with the number in r7, from ARM or Thumb state",
	.audit_arch = 0x40000028,
	.word_bits = 32,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "arm", "thumb" },
	/* do_signal() (arch/arm/kernel/signal.c, and arm64's for compat tasks)
	 * sets pc to restart_addr, 4 or 2 bytes back, before get_signal(). */
	.signal_rewind = { 4, 2 },
	.nr = arm_nr,
	/* Below the 0xf0000 private range: sys_ni_syscall, -ENOSYS, no SIGILL. */
	.nr_unknown = 0xfff0,
	.scratch_addr = 0x20000000,
	/* Top bit set and below a 3G/1G arm kernel's TASK_SIZE (0xbf000000); as
	 * a result it reads back sign-extended (decode_sext32). */
	.high_addr = 0xb0000000,
	.large_offset = 0x7a5a5a5a,
	.decode_result = decode_sext32,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at sp (arm64 signal32.c, arm
	 * signal.c): 128 bytes of siginfo, then the ucontext: uc_flags 4,
	 * uc_link 4, uc_stack 12, uc_mcontext 84 (21 words), then uc_sigmask. */
	.sigframe_mask_offset = 232,
	/* syscall_rollback() (arch/arm/include/asm/syscall.h: ARM_r0 = ARM_ORIG_r0; under arm64, orig_x0): the saved first argument back in the
	 * result register. */
	.rollback_leaves = pr_rollback_arg0,
	/* el0_svc_common() serves compat tasks too: a call skipped through the
	 * regset keeps r0 (through PTRACE_SET_SYSCALL_INFO arm64's
	 * syscall_set_nr() sets -ENOSYS, its lower 32 bits). */
	.regset_skip_leaves = pr_skip_leaves_arg0,
	/* An arm64 kernel runs arm programs only with CONFIG_COMPAT on a CPU
	 * that implements AArch32 at EL0 (many recent cores do not). */
	.unwind_ip_offset = 0,
	/* arch/arm/tools/syscall.tbl's 0 is restart_syscall. */
	.table_base = 0,
	.first_call = PR_FIRST_RESTART_SYSCALL,
};
