/* i386 expectations (judging half: built on every host).  The same row serves
 * an i386 tracee under a 64-bit kernel and on a 32-bit one. */
#include "personality.h"
#include "i386-nr.h"

static const uint32_t i386_nr[PR_SYS_COUNT] = PR_NR_TABLE(I386);

const struct pr_personality pr_personality_i386 = {
	.name = "i386",
	.summary = "i386, int $0x80 or the vDSO's __kernel_vsyscall",
	.audit_arch = 0x40000003,
	/* Under a 64-bit kernel x86's syscall_get_arch() is I386 only while
	 * TS_COMPAT is set (arch/x86/include/asm/syscall.h): a 32-bit
	 * syscall's entry sets it (syscall_32.c), every return to user mode
	 * clears it (arch_exit_to_user_mode_prepare(), asm/entry-common.h;
	 * 6.1.192 and 7.3.4 alike).  A 32-bit kernel's is I386 always. */
	.no_syscall_arch = { "x86_64", 0xc000003e },
	.word_bits = 32,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "int80", "vdso" },
	.nr = i386_nr,
	.nr_unknown = 0xfff0,
	.scratch_addr = 0x20000000,
	.high_addr = 0xf0000000,
	.large_offset = 0x7a5a5a5a,
	.decode_result = pr_decode_negerrno32,
	.encode_result = pr_encode_negerrno,
	/* rt_sigreturn finds its rt_sigframe at sp - 4 (pretcode popped): sig,
	 * pinfo, puc, then 128 bytes of siginfo put the ucontext at sp + 140;
	 * uc_flags 4, uc_link 4, uc_stack 12, uc_mcontext 88, then uc_sigmask. */
	.sigframe_mask_offset = 248,
	/* syscall_rollback() (arch/x86/include/asm/syscall.h): ax = orig_ax,
	 * the number the call entered with. */
	.rollback_leaves = pr_rollback_nr,
	/* syscall_set_return_value() (arch/x86/include/asm/syscall.h, 7.3):
	 * regs->ax = (long) error ?: val, whole; syscall_get_return_value()
	 * returns regs->ax. */
	.set_result_whole = true,
	/* x86's syscall_get_arguments() (arch/x86/include/asm/syscall.h,
	 * 6.1.192 and 7.3.4 alike) copies a TS_COMPAT task's bx..bp whole, and
	 * GET and seccomp_data both read it; the i386 call itself uses the low
	 * words (__SC_COMPAT_CAST). */
	.wide_args_whole = "seccomp(2): \"the values of the full 64-bit registers will be present in the "
			   "seccomp data\" when the i386 ABI is used on an x86-64 kernel",
	/* A 64-bit kernel runs i386 programs only with IA32 emulation. */
	.unwind_ip_offset = 0,
	/* syscall_32.tbl's 0 is restart_syscall. */
	.table_base = 0,
	.first_call = PR_FIRST_RESTART_SYSCALL,
};
