/* mips expectations (judging half: built on every host), little endian: the
 * three ABIs of a mips64el kernel.  Facts from arch/mips (6.1.192 and 7.3.4
 * alike unless said):
 * - syscall_get_arch(): AUDIT_ARCH_MIPSEL (0x40000008) for a TIF_32BIT_REGS
 *   (o32) task, AUDIT_ARCH_MIPSEL64 (0xc0000008) otherwise, with
 *   __AUDIT_ARCH_CONVENTION_MIPS64_N32 for TIF_32BIT_ADDR (n32: 0xe0000008)
 *   (include/uapi/linux/audit.h).
 * - the number is v0 ($2); syscall_get_nr() returns thread_info->syscall,
 *   which handle_sys/handle_sys64/handle_sysn32 store from v0 (o32's
 *   syscall(__NR_syscall, nr, ...): from a0, mips_syscall_update_nr()).
 * - the result: v0 with the error flag a3 ($7), a POSITIVE errno in v0 when
 *   a3 is set (the scall*.S exits: "dnegu v0; sd t0, PT_R7");
 *   syscall_get_error() is a3 ? -v0 : 0, syscall_get_return_value() v0 whole.
 * - clone: CONFIG_CLONE_BACKWARDS (arch/mips/Kconfig): flags first.
 * - a signal's delivery stop comes before the rewind: do_signal() and
 *   handle_signal() set epc -= 4 (and v0 back from regs[0], a3 from
 *   regs[26]) after get_signal(), so the pc is still after the trap.
 * - a call skipped at its seccomp stop (nr -1 through the registers)
 *   returns v0 as written (-1) and a3 as the entry had it:
 *   syscall_trace_enter() returns __secure_computing()'s -1 before it
 *   presets anything, and the skip (bltz v0 -> syscall_exit) leaves v0 and
 *   a3 alone; seccomp(2) says the call returns what the tracer put there.
 * - a call skipped at its entry stop the same way returns -ENOSYS:
 *   syscall_trace_enter() (arch/mips/kernel/ptrace.c) "Negative syscall
 *   numbers are mistaken for rejected syscalls, but won't have had the
 *   return value set appropriately, so we do so now", and Debian 12's
 *   6.1.176 does so for the -1 a tracer writes at the entry stop (seen on
 *   every ABI, 2026-12-01).  6.1.192's and 7.3's read the number before
 *   the stop, so there it holds only for a number negative from the start
 *   and a tracer's skip returns the -1 it wrote (seen on both, built): the
 *   catalogue's found-here:mips-entry-skip-no-enosys.
 * - errno and signal numbers: arch/mips/include/uapi/asm/errno.h and
 *   signal.h, where they differ from the generic ones the suite names. */
#include <string.h>

#include "personality.h"
#include "mips-nr.h"

static const uint32_t o32_nr[PR_SYS_COUNT] = PR_NR_TABLE(MIPS_O32);
static const uint32_t n64_nr[PR_SYS_COUNT] = PR_NR_TABLE(MIPS_N64);
static const uint32_t n32_nr[PR_SYS_COUNT] = PR_NR_TABLE(MIPS_N32);

/* a3 set: v0 is the positive errno. */
static void mips64_decode_result(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	*is_error = raw->err != 0;
	*rval = *is_error ? -(int64_t)raw->ret : (int64_t)raw->ret;
}

/* o32 under a 64-bit kernel: its registers hold 32-bit values sign-extended
 * (MIPS64 32-bit operations; gpr32_set() writes (s32)), and
 * syscall_get_return_value() returns the register whole. */
static void mips32_decode_result(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	int64_t v = (int32_t)(uint32_t)raw->ret;

	*is_error = raw->err != 0;
	*rval = *is_error ? -v : v;
}

/* syscall_set_return_value(). */
static void mips_encode_result(int64_t rval, bool is_error, struct pr_raw_regs *raw)
{
	raw->ret = is_error ? (uint64_t)-rval : (uint64_t)rval;
	raw->err = is_error;
}

/* The generic numbers (asm-generic) the suite uses that mips numbers apart. */
static const struct pr_number mips_errnos[] = {
	{ 35, 45 },  /* EDEADLK */
	{ 36, 78 },  /* ENAMETOOLONG */
	{ 37, 46 },  /* ENOLCK */
	{ 38, 89 },  /* ENOSYS */
	{ 39, 93 },  /* ENOTEMPTY */
	{ 40, 90 },  /* ELOOP */
	{ 42, 35 },  /* ENOMSG */
	{ 75, 79 },  /* EOVERFLOW */
	{ 84, 88 },  /* EILSEQ */
	{ 88, 95 },  /* ENOTSOCK */
	{ 95, 122 }, /* EOPNOTSUPP */
	{ 110, 145 }, /* ETIMEDOUT */
	{ 0, 0 },
};

static const struct pr_number mips_signals[] = {
	{ 7, 10 },   /* SIGBUS */
	{ 10, 16 },  /* SIGUSR1 */
	{ 12, 17 },  /* SIGUSR2 */
	{ 17, 18 },  /* SIGCHLD */
	{ 18, 25 },  /* SIGCONT */
	{ 19, 23 },  /* SIGSTOP */
	{ 20, 24 },  /* SIGTSTP */
	{ 23, 21 },  /* SIGURG */
	{ 24, 30 },  /* SIGXCPU */
	{ 25, 31 },  /* SIGXFSZ */
	{ 26, 28 },  /* SIGVTALRM */
	{ 27, 29 },  /* SIGPROF */
	{ 28, 20 },  /* SIGWINCH */
	{ 29, 22 },  /* SIGIO */
	{ 30, 19 },  /* SIGPWR */
	{ 31, 12 },  /* SIGSYS */
	{ 0, 0 },
};

/* A call skipped at its seccomp stop (nr -1 through the regset) returns
 * the number as the tracer wrote it, the error flag a3 as the entry had it
 * or the tracer wrote it (its fourth argument): number and result share v0, and
 * syscall_trace_enter() (arch/mips/kernel/ptrace.c) is where -ENOSYS is
 * preset, after the ptrace entry stop, which a seccomp skip never reaches.
 * seccomp(2): the call "will appear to return the value that the tracer
 * puts in the return value register".  Skipped at entry: -ENOSYS. */
static bool mips_skip_leaves(bool at_seccomp, const uint64_t args[6], struct pr_raw_regs *raw)
{
	raw->ret = UINT64_MAX;
	raw->err = args[3];
	return at_seccomp;
}

/* syscall_rollback() does nothing (arch/mips/include/asm/syscall.h), and a
 * call syscall_trace_enter() skips goes straight to syscall_exit
 * (scall*.S: "bltz v0, 1f ... 1: j syscall_exit"): v0 still holds the
 * number it entered with, a3, the error flag, what it held: the fourth
 * argument; on o32's indirect path, syscall(__NR_syscall, nr, ...), v0 is
 * __NR_syscall (4000, __NR_O32_Linux) and a3 the third argument (a0 the
 * number, mips_syscall_is_indirect()). */
static void mips_rollback_leaves(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw)
{
	bool indirect = path && strcmp(path, "indirect") == 0;

	raw->ret = indirect ? 4000 : nr;
	raw->err = args[indirect ? 2 : 3];
}

#define MIPS_COMMON \
	.big_endian = false, \
	.nr_mask = UINT64_MAX, \
	.clone_flags_arg = 0, \
	.scratch_addr = 0x20000000, \
	.encode_result = mips_encode_result, \
	.regset_skip_leaves = mips_skip_leaves, \
	.rollback_leaves = mips_rollback_leaves, \
	.errnos = mips_errnos, \
	.signals = mips_signals

const struct pr_personality pr_personality_mips64el = {
	.name = "mips64el",
	.summary = "mips64el n64, syscall with the number in v0",
	.audit_arch = 0xc0000008,
	.word_bits = 64,
	MIPS_COMMON,
	.paths = { "syscall" },
	.nr = n64_nr,
	.nr_unknown = 0xfff0, /* out of every ABI's range: handle_sys64's illegal_syscall */
	.high_addr = 0x3a5a5a0000, /* above 4 GiB, below TASK_SIZE64's 1 TiB (40 VA bits) */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = mips64_decode_result,
	/* rt_sigreturn finds its rt_sigframe at sp (sys_rt_sigreturn(): regs[29]):
	 * rs_ass[4] and rs_pad[2] (24), siginfo (128), then the ucontext at 152:
	 * uc_flags 8, uc_link 8, uc_stack 24, uc_mcontext (struct sigcontext,
	 * 64-bit) 600, then uc_sigmask at 640. */
	.sigframe_mask_offset = 152 + 640,
	/* syscall_n64.tbl from __NR_64_Linux (5000): 0 is read. */
	.table_base = 5000,
	.first_call = PR_FIRST_READ,
};

/* n32: 64-bit registers and syscall arguments (n32's lseek takes a 64-bit
 * offset in one register: sys_lseek in syscall_n32.tbl), 32-bit pointers
 * and longs in memory (its timespec and iovec are the compat ones:
 * in_compat_syscall() is TIF_32BIT_ADDR). */
const struct pr_personality pr_personality_mips_n32 = {
	.name = "mips-n32",
	.summary = "mips64el n32, syscall with the number in v0",
	.audit_arch = 0xe0000008,
	.word_bits = 64,
	.long_bits = 32,
	MIPS_COMMON,
	.paths = { "syscall" },
	.nr = n32_nr,
	.nr_unknown = 0xfff0, /* out of every ABI's range: handle_sys64's illegal_syscall */
	.high_addr = 0x7a5a0000, /* below TASK_SIZE32 (0x7fff8000) */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = mips64_decode_result,
	/* rt_sigframe_n32 at sp: 24, compat siginfo 128, the ucontextn32 at
	 * 152: uc_flags 4, uc_link 4, compat_stack_t 12, uc_mcontext (the 64-bit
	 * struct sigcontext, 8-byte aligned: at 24) 600, then uc_sigmask at 624. */
	.sigframe_mask_offset = 152 + 624,
	/* syscall_n32.tbl from __NR_N32_Linux (6000): 0 is read. */
	.table_base = 6000,
	.first_call = PR_FIRST_READ,
};

/* o32: 32-bit, arguments 5-8 on the user stack at 16($sp)..28($sp), which
 * handle_sys (scall64-o32.S) loads into regs[8..11] before the entry stop.
 * Two paths: the syscall instruction, and syscall(__NR_syscall = 4000, nr,
 * ...), for which the kernel reports the real nr (mips_syscall_update_nr())
 * and the arguments shifted by one (syscall_get_arguments()). */
const struct pr_personality pr_personality_mips_o32 = {
	.name = "mips-o32",
	.summary = "mips o32 under a 64-bit kernel, syscall and syscall(__NR_syscall, ...)",
	.audit_arch = 0x40000008,
	.word_bits = 32,
	MIPS_COMMON,
	.paths = { "syscall", "indirect" },
	.nr = o32_nr,
	/* o32's "break", sys_ni_syscall: an out-of-range o32 number leaves
	 * handle_sys before it loads the stack arguments (not_o32_scall). */
	.nr_unknown = 4000 + 17,
	.high_addr = 0x7a5a0000, /* below TASK_SIZE32 (0x7fff8000) */
	.large_offset = 0x7a5a5a5a,
	.decode_result = mips32_decode_result,
	/* syscall_set_return_value() stores the long whole in regs[2] and
	 * syscall_get_return_value() returns it so (PTRACE_SET_SYSCALL_INFO). */
	.set_result_whole = true,
	/* rt_sigframe32 at sp: 24, compat siginfo 128, the ucontext32 at 152:
	 * uc_flags 4, uc_link 4, compat_stack_t 12, uc_mcontext (struct
	 * sigcontext32, 8-byte aligned: at 24) 592, then uc_sigmask at 616. */
	.sigframe_mask_offset = 152 + 616,
	/* syscall_o32.tbl from __NR_O32_Linux (4000): 0 is the indirect
	 * syscall(nr, ...), sys32_syscall in a 64-bit kernel
	 * (scall64-o32.S): it shifts the arguments down and runs nr's entry,
	 * here getpid. */
	.table_base = 4000,
	.first_call = { "syscall", 1, { MIPS_O32_NR_getpid }, 0, true,
			"sys32_syscall(getpid's number): the caller's pid", .indirect = true },
	/* syscall_get_nr() is thread_info's syscall, which a regset write
	 * sets by mips_syscall_update_nr() (arch/mips/kernel/ptrace.c, after
	 * gpr32_set()): a0 for an indirect call (v0 4000); syscall_set_nr()
	 * (a SET) sets it to the number given.  syscall_get_arguments()
	 * reads an indirect call's one further on. */
	.regset_renumbers_indirect = true,
};
