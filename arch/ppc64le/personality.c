/* ppc64le expectations (judging half: built on every host).  Two syscall
 * paths with different result conventions: "sc" (error: CR0.SO set and a
 * POSITIVE errno in r3) and "scv 0" (POWER9+, error: -errno in r3).  The
 * kernel's syscall_get_error() tells them apart by regs->trap, and so does
 * the judge, from the trap the register reader records. */
#include <stddef.h>

#include "personality.h"
#include "ppc64le-nr.h"

#define TRAP_SC 0xc00
#define TRAP_SCV 0x3000

static const uint32_t ppc64le_nr[PR_SYS_COUNT] = PR_NR_TABLE(PPC64LE);

/* trap_is_scv(): the low bits of regs->trap are flags, not the vector. */
static bool entered_by_scv(const struct pr_raw_regs *raw)
{
	return (raw->trap & ~UINT64_C(0xf)) == TRAP_SCV;
}

static void ppc64le_decode_result(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	if (entered_by_scv(raw)) {
		pr_decode_negerrno64(raw, rval, is_error);
		return;
	}
	*is_error = raw->err != 0; /* CR0.SO */
	*rval = *is_error ? -(int64_t)raw->ret : (int64_t)raw->ret;
}

/* syscall_set_return_value(): scv leaves CR alone; sc sets or clears SO. */
static void ppc64le_encode_result(int64_t rval, bool is_error, struct pr_raw_regs *raw)
{
	if (entered_by_scv(raw)) {
		raw->ret = (uint64_t)rval;
		return;
	}
	raw->ret = is_error ? (uint64_t)-rval : (uint64_t)rval;
	raw->err = is_error;
}

const struct pr_personality pr_personality_ppc64le = {
	.name = "ppc64le",
	.summary = "powerpc64 little endian (ELFv2), sc and scv 0 with the number in r0",
	.audit_arch = 0xc0000015,
	.word_bits = 64,
	.big_endian = false,
	.nr_mask = UINT64_MAX,
	.paths = { "sc", "scv" },
	.path_trap = { TRAP_SC, TRAP_SCV },
	.nr = ppc64le_nr,
	.nr_unknown = 0xfff0,
	/* 64 KiB aligned (Debian's ppc64el kernels use 64 KiB pages). */
	.scratch_addr = 0x20000000,
	.high_addr = 0x3a5a5a5a0000, /* above 4 GiB, below the default 64 TiB (hash) / 128 TiB (radix) window */
	.large_offset = 0x5a5a5a5a5a5a,
	.decode_result = ppc64le_decode_result,
	.encode_result = ppc64le_encode_result,
	/* The vDSO trampoline pops the handler's __SIGNAL_FRAMESIZE (128) gap
	 * before its sc, so sys_rt_sigreturn() finds the rt_sigframe at r1, and
	 * its first field is the ucontext: uc_flags 8, uc_link 8, uc_stack 24,
	 * then uc_sigmask. */
	.sigframe_mask_offset = 40,
	/* syscall_rollback() (arch/powerpc/include/asm/syscall.h): gpr[3] =
	 * orig_gpr3, the first argument; 6.1's system_call_exception() returns
	 * that gpr[3] for a call seccomp skipped ("if (unlikely(r0 >=
	 * NR_syscalls)) return regs->gpr[3]") and syscall_exit_prepare() keeps
	 * it (CR0.SO cleared at entry, system_call_common: no error).  7.3's
	 * returns syscall_get_error() instead, which then replaces it
	 * (arch/powerpc/kernel/syscall.c); Debian's 7.2.13 was seen to put
	 * -ENOSYS there (sc: r3 38 with SO, scv: -38), at the exit stop and in
	 * the handler's ucontext: the handler no longer sees the original
	 * registers (a finding, 2026-12-05). */
	.rollback_leaves = pr_rollback_arg0,
	/* do_syscall_trace_enter(): a skipped call returns -ENOSYS in r3 (the
	 * first argument lives on in orig_gpr3). */
	.regset_skip_leaves = NULL,
	.unwind_ip_offset = 0,
	/* arch/powerpc/kernel/syscalls/syscall.tbl's 0 is restart_syscall. */
	.table_base = 0,
	.first_call = PR_FIRST_RESTART_SYSCALL,
};
