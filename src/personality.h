/* A personality's expectation row: everything the judge needs to know about an
 * ABI, as data.  Rows for every arch are compiled on every host, so a recording
 * of any arch is judged anywhere with the code that judges a live run. */
#ifndef PR_PERSONALITY_H
#define PR_PERSONALITY_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>

#include "numbering.h"
#include "sysnames.h"

/* The registers the checks need, normalised by the arch's reader: pc, sp,
 * the syscall number and six arguments as the entry path sees them, and the
 * result registers as the arch encodes them (ret: the return register; err:
 * the arch's separate error flag register such as ia64's r10, 0 where the arch
 * has none; trap: how the call entered where the arch has several ways whose
 * result conventions differ, e.g. powerpc's regs->trap, 0xc00 for sc and
 * 0x3000 for scv; 0 where the arch has one way). */
struct pr_raw_regs {
	uint64_t pc;
	uint64_t sp;
	uint64_t nr;
	uint64_t args[6];
	uint64_t ret;
	uint64_t err;
	uint64_t trap;
};

struct pr_personality {
	const char *name;        /* "x86_64", "i386", "s390-31", ... */
	const char *summary;     /* one line for --help and diagnostics */
	uint32_t audit_arch;     /* AUDIT_ARCH_* the info must report */
	/* At a stop in no syscall (a fault's signal-delivery and exit-event
	 * stops) GET's arch is syscall_get_arch()'s, "only valid ... when
	 * @task is stopped on entry to a system call"
	 * (include/asm-generic/syscall.h): where the arch answers by the call
	 * in progress, not by the task, a kernel whose uname machine is
	 * .machine reports .audit_arch there.  Unset: audit_arch. */
	struct {
		const char *machine;
		uint32_t audit_arch;
	} no_syscall_arch;
	unsigned word_bits;      /* 64 or 32: width of args and results */
	/* Width of the ABI's long and pointers in memory (the timespec and
	 * iovec tables the tracee writes); 0: word_bits.  mips n32: 32, its
	 * registers and syscall arguments being 64-bit. */
	unsigned long_bits;
	bool big_endian;
	uint64_t nr_mask;        /* bits of nr the kernel reports (s390: 16) */
	const char *const paths[4]; /* syscall paths, NULL-terminated: "syscall", "int80", "epc", "break" */
	uint64_t path_trap[4];   /* per path, the raw trap its calls show (0: the arch has one way) */
	/* Per path, how far before the address after the trap the pc is at the
	 * signal-delivery-stop of a call the signal interrupted (-ERESTART*):
	 * the trap's length where the arch rewinds to the trap before it stops
	 * (so a debugger sees the restart), 0 where it rewinds after. */
	uint8_t signal_rewind[4];
	/* Which argument of clone() takes the flags: 1 where the arch swaps the
	 * first two (s390's CLONE_BACKWARDS2: clone(newsp, flags, ...)), else 0. */
	unsigned clone_flags_arg;
	/* A success set through PTRACE_SET_SYSCALL_INFO reads back as given,
	 * whole, not as the 32-bit register the task sees would report it:
	 * the arch's syscall_set_return_value() stores the long whole and its
	 * syscall_get_return_value() returns it so (x86, for compat tasks). */
	bool set_result_whole;
	/* NULL where an argument is reported as the ABI's word.  Otherwise
	 * where it is documented that an argument a program with wider
	 * registers passes (x86's int $0x80 from 64-bit code) is reported as the
	 * whole register, upper half and all. */
	const char *wide_args_whole;
	/* A success written through the legacy regset reads back right in its
	 * low word only: the compat register write keeps the high half, and
	 * syscall_get_return_value() passes it on (s390's 31-bit tasks). */
	bool regset_result_low_word;
	const uint32_t *nr;      /* [PR_SYS_COUNT] syscall numbers */
	uint64_t nr_unknown;     /* a number no kernel of this arch implements */
	uint64_t scratch_addr;   /* fixed address of the tracee's scratch area */
	uint64_t high_addr;      /* a mappable address with the top bit(s) set */
	uint64_t large_offset;   /* a large positive lseek() result */
	/* Decode the result registers of an exit stop the way the kernel's
	 * syscall_get_error()/syscall_get_return_value() should. */
	void (*decode_result)(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error);
	/* The inverse: the result registers a correct kernel leaves for
	 * (rval, is_error); for a tracer making a call return rval through the
	 * legacy register interface, and for synthesised runs. */
	void (*encode_result)(int64_t rval, bool is_error, struct pr_raw_regs *raw);
	/* At the entry stop of rt_sigreturn from an SA_SIGINFO handler: where the
	 * signal frame's uc_sigmask sits, as an offset from stack_pointer (the
	 * arch's rt_sigframe and ucontext layouts). */
	int64_t sigframe_mask_offset;
	/* A call the tracer skips (nr -1) through the legacy regset returns
	 * whatever is in the result register: -ENOSYS where the kernel presets
	 * it (x86, s390: NULL here).  Elsewhere the arch's hook (in its
	 * arch/<arch>/, citing the kernel function) says what the register
	 * hold for a call skipped at its entry or (at_seccomp) its seccomp
	 * stop whose arguments (as written) were args: true and raw's ret and
	 * err, or false for -ENOSYS.  (Through PTRACE_SET_SYSCALL_INFO it is
	 * -ENOSYS everywhere: pr_expected_result().) */
	bool (*regset_skip_leaves)(bool at_seccomp, const uint64_t args[6], struct pr_raw_regs *raw);
	/* NULL where the raw register view holds the first argument at entry.
	 * Otherwise why it does not (riscv: it is orig_a0, which no regset
	 * exposes): the reader leaves args[0] 0, the cross-check of args[0]
	 * says so instead of comparing, and a change of it through the legacy
	 * regset is SKIP with this reason. */
	const char *regs_arg0_missing;
	/* Errnos and signals the arch numbers apart from Linux's generic
	 * numbering (numbering.h); NULL: none. */
	const struct pr_number *errnos, *signals;
	/* At an entry stop: the innermost frame's IP as libunwind reports it,
	 * minus instruction_pointer (the arch's trap offset; 0 where both name
	 * the instruction after the trap). */
	int64_t unwind_ip_offset;
	/* The result registers (ret, err) syscall_rollback() leaves where
	 * __seccomp_filter() traps or kills a call (kernel/seccomp.c: "Show
	 * the handler the original registers"), the call not made: from the
	 * number and arguments the call entered with through the path (the
	 * arch's asm/syscall.h, cited in its personality.c). */
	void (*rollback_leaves)(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw);
	/* The number the ABI gives its table's first entry: 0, or mips's
	 * 4000, 5000 and 6000, ia64's 1024.  New calls' generic numbers
	 * (src/table-end.h) count from it. */
	uint64_t table_base;
	/* That first entry, as a tracer's change makes it (group
	 * set-nr-edges): its arguments, args[0..nargs) then patterns, and
	 * what it returns: -err (the generic errno), or with returns_pid the
	 * caller's pid; why cites the source. */
	struct pr_first_call {
		const char *name;
		unsigned nargs;
		uint64_t args[3];
		int err;
		bool returns_pid;
		const char *why;
		/* An indirect call, syscall(nr, ...), which GET reports as
		 * the call it makes: its arguments one down (the last
		 * unknown: from beyond the six written), its number the
		 * first argument where a regset write renumbers it
		 * (regset_renumbers_indirect), else its own. */
		bool indirect;
	} first_call;
	bool regset_renumbers_indirect;
};

/* First entries several ABIs share (first_call), as 7.3.4 and 6.1 read.
 * read(PR_FD_PIPE_R, NULL, 1): vfs_read() takes NULL for one byte
 * (access_ok()), pipe_read() of the empty O_NONBLOCK pipe "ret = -EAGAIN"
 * (scenario.c asserts the fd is PR_FD_PIPE_R). */
#define PR_FIRST_CALL_PIPE_FD 101
#define PR_FIRST_READ { "read", 3, { PR_FIRST_CALL_PIPE_FD, 0, 1 }, EAGAIN, false, \
	"pipe_read() of the tracee's empty O_NONBLOCK pipe: -EAGAIN" }
/* restart_syscall with no restart pending: current->restart_block.fn is
 * do_no_restart_syscall() (kernel/signal.c), "return -EINTR"; it takes no
 * arguments. */
#define PR_FIRST_RESTART_SYSCALL { "restart_syscall", 0, { 0 }, EINTR, false, \
	"do_no_restart_syscall(), no restart being pending: -EINTR" }
/* io_setup(1, NULL): "ret = get_user(ctx, ctxp)" first (fs/aio.c). */
#define PR_FIRST_IO_SETUP { "io_setup", 2, { 1, 0 }, EFAULT, false, \
	"io_setup() reads *ctxp first, NULL: -EFAULT (-ENOSYS without CONFIG_AIO)" }

/* All known personalities, NULL-terminated (src/personalities.c). */
extern const struct pr_personality *const pr_personalities[];

const struct pr_personality *pr_personality_find(const char *name);

/* The index of a path in p->paths (and its per-path rows), 0 if unknown. */
unsigned pr_personality_path(const struct pr_personality *p, const char *path);

/* What a 64-bit kernel needs to run p's programs (the compat path), for the
 * SKIP when their exec fails with ENOEXEC (arch/personalities.tab's
 * exec_needs); NULL: say nothing more than the errno. */
const char *pr_exec_needs(const struct pr_personality *p);

/* The personality's value of the errno (the signal) the host calls e (s)
 * (numbering.h). */
int pr_errno(const struct pr_personality *p, int e);
int pr_signal(const struct pr_personality *p, int s);
/* The wait status of a stop by that signal (the arch's number << 8 | 0x7f). */
int pr_stopped(const struct pr_personality *p, int s);

/* Width helpers for the personality's word size. */
uint64_t pr_word_mask(const struct pr_personality *p);
/* The width of its long and pointers in memory (long_bits, else word_bits). */
unsigned pr_long_bits(const struct pr_personality *p);
/* The number the tracee passes for sys, and the number the kernel reports. */
uint64_t pr_syscall_nr(const struct pr_personality *p, enum pr_sys sys);
uint64_t pr_expected_nr(const struct pr_personality *p, enum pr_sys sys);

/* Result conventions shared by several arches: the return register holds
 * -errno for errors, errors being the last 4095 values of the word. */
void pr_decode_negerrno64(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error);
/* The inverse of both: the return register holds rval, cut to the word by
 * the reader, and there is no error register. */
void pr_encode_negerrno(int64_t rval, bool is_error, struct pr_raw_regs *raw);
/* A 32-bit task under a 64-bit kernel: errors sign-extended, successes
 * zero-extended (x86 compat, s390 compat after b3583fca5fb6). */
void pr_decode_negerrno32(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error);

/* regset_skip_leaves where result and first argument share a register the
 * kernel leaves alone at a skip (arm64's x0, arm's r0): the first argument. */
bool pr_skip_leaves_arg0(bool at_seccomp, const uint64_t args[6], struct pr_raw_regs *raw);

/* rollback_leaves where syscall_rollback() copies the entry's saved copy
 * of the first argument back into the shared result register (arm64
 * orig_x0, arm ARM_ORIG_r0, s390 orig_gpr2, powerpc orig_gpr3, riscv
 * orig_a0): the first argument; where it copies orig_ax, the number
 * (x86). */
void pr_rollback_arg0(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw);
void pr_rollback_nr(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw);

/* An unsigned integer of width bytes stored in the given byte order. */
uint64_t pr_load_word(const uint8_t *b, unsigned width, bool big_endian);

/* A kernel sigset as the personality stores it in memory (8 bytes: one
 * 64-bit word, or two 32-bit words for a 32-bit personality), as bits sig - 1. */
uint64_t pr_sigset_decode(const struct pr_personality *p, const uint8_t bytes[8]);

#endif
