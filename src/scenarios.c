/* The scenario groups.  Each row is one syscall the tracee makes through its
 * stub and what its stops must show; adding a check is adding a row. */
#define _GNU_SOURCE /* MREMAP_FIXED */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/seccomp.h>

#include "info.h"
#include "scenario.h"

#ifndef MREMAP_FIXED
#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2
#endif

/* Rows give only the fields they use; the rest are zero on purpose. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#define VAL(v) { PR_ARG_VAL, (v), NULL }
#define PAT(n) { PR_ARG_PAT, (n), NULL }
#define STR(s) { PR_ARG_STR, 0, (s) }
#define BUF { PR_ARG_BUF, 0, NULL }
#define FAULT { PR_ARG_FAULT, 0, NULL }
#define MOVABLE { PR_ARG_MOVABLE, 0, NULL }
#define UNMAPPED { PR_ARG_UNMAPPED, 0, NULL }
#define PID { PR_ARG_PID, 0, NULL }
#define HIGH { PR_ARG_HIGH, 0, NULL }
#define LARGE { PR_ARG_LARGE, 0, NULL }
#define TIMESPEC(ns) { PR_ARG_TIMESPEC, (ns), NULL }
#define PATTERNS { PAT(1), PAT(2), PAT(3), PAT(4), PAT(5), PAT(6) }
#define NONE6 { { 0 } }

#define OK(kind) PR_EXPECT_##kind, 0
#define FAILS(e) PR_EXPECT_ERRNO, (e)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* What is done around a call (src/actions/). */
#define RAISE(s, how) { PR_ACTION_RAISE, .raise = { (s), PR_RAISE_##how } }
#define TAMPER(t) { PR_ACTION_TAMPER, .tamper = (t) }
#define GROUP_STOP { PR_ACTION_GROUP_STOP }
#define EVENTS(...) { PR_ACTION_EVENTS, .events = { __VA_ARGS__ } }
#define BY_PTRACE_INTERRUPT(next) \
	{ PR_ACTION_PTRACE_INTERRUPT, \
	  .interrupt = { .interrupted = ERESTARTSYS, .restart = PR_RESTART_SAME, .then = (next) } }

/* A path component longer than NAME_MAX (255). */
#define A10 "aaaaaaaaaa"
#define A100 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10
#define TOO_LONG A100 A100 A100

/* Plain calls: four stops' worth of traffic for the sequence checks. */
static const struct pr_call stops_calls[] = {
	{ "getpid-1", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid-1", PR_SYS_getppid, NONE6, OK(PPID) },
	{ "getpid-2", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid-2", PR_SYS_getppid, NONE6, OK(PPID) },
};

/* Six distinct full-width patterns through calls that ignore or reject them
 * harmlessly, so every argument register is seen at entry. */
static const struct pr_call entry_calls[] = {
	{ "getpid", PR_SYS_getpid, PATTERNS, OK(NOTHING) },
	{ "getppid", PR_SYS_getppid, PATTERNS, OK(NOTHING) },
	{ "close", PR_SYS_close, PATTERNS, OK(NOTHING) },
	{ "dup", PR_SYS_dup, PATTERNS, OK(NOTHING) },
	{ "lseek", PR_SYS_lseek, PATTERNS, OK(NOTHING) },
	{ "unknown-nr", PR_SYS_UNKNOWN, PATTERNS, OK(NOTHING) },
};

/* Successes whose value is known in advance, then two plain failures. */
static const struct pr_call exit_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "getppid", PR_SYS_getppid, NONE6, OK(PPID) },
	{ "lseek-large", PR_SYS_lseek, { VAL(PR_FD_MEMFD), LARGE, VAL(SEEK_SET) }, OK(LARGE) },
	/* mremap, not mmap: s390's mmap takes a pointer to its arguments. */
	{ "mremap-high", PR_SYS_mremap,
	  { MOVABLE, VAL(4096), VAL(4096), VAL(MREMAP_MAYMOVE | MREMAP_FIXED), HIGH }, OK(HIGH) },
	{ "close-badfd", PR_SYS_close, { VAL(-1) }, FAILS(EBADF) },
	{ "openat-missing", PR_SYS_openat, { VAL(AT_FDCWD), STR("missing"), VAL(O_RDONLY) }, FAILS(ENOENT) },
};

/* One real syscall per errno.  The tracee's fixture (src/tracee/fixture.c)
 * makes the files and descriptors these rely on. */
static const struct pr_call errno_calls[] = {
	{ "EPERM", PR_SYS_ptrace, { VAL(PTRACE_ATTACH), PID }, FAILS(EPERM) },
	{ "ENOENT", PR_SYS_openat, { VAL(AT_FDCWD), STR("missing"), VAL(O_RDONLY) }, FAILS(ENOENT) },
	{ "ESRCH", PR_SYS_kill, { VAL(0x7ffffff0), VAL(0) }, FAILS(ESRCH) },
	{ "EBADF", PR_SYS_close, { VAL(-1) }, FAILS(EBADF) },
	{ "ECHILD", PR_SYS_wait4, { VAL(-1), VAL(0), VAL(WNOHANG), VAL(0) }, FAILS(ECHILD) },
	{ "EAGAIN", PR_SYS_read, { VAL(PR_FD_PIPE_R), BUF, VAL(1) }, FAILS(EAGAIN) },
	{ "EFAULT", PR_SYS_openat, { VAL(AT_FDCWD), FAULT, VAL(O_RDONLY) }, FAILS(EFAULT) },
	{ "EEXIST", PR_SYS_mkdirat, { VAL(AT_FDCWD), STR("dir"), VAL(0755) }, FAILS(EEXIST) },
	{ "ENOTDIR", PR_SYS_openat, { VAL(AT_FDCWD), STR("file/x"), VAL(O_RDONLY) }, FAILS(ENOTDIR) },
	{ "EISDIR", PR_SYS_openat, { VAL(AT_FDCWD), STR("dir"), VAL(O_WRONLY) }, FAILS(EISDIR) },
	{ "EINVAL", PR_SYS_lseek, { VAL(PR_FD_MEMFD), VAL(0), VAL(42) }, FAILS(EINVAL) },
	{ "ENOTTY", PR_SYS_ioctl, { VAL(PR_FD_MEMFD), VAL(0x5401), BUF }, FAILS(ENOTTY) },
	{ "ESPIPE", PR_SYS_lseek, { VAL(PR_FD_PIPE_R), VAL(0), VAL(SEEK_SET) }, FAILS(ESPIPE) },
	{ "ERANGE", PR_SYS_getcwd, { BUF, VAL(1) }, FAILS(ERANGE) },
	{ "ENAMETOOLONG", PR_SYS_openat, { VAL(AT_FDCWD), STR(TOO_LONG), VAL(O_RDONLY) }, FAILS(ENAMETOOLONG) },
	{ "ENOSYS", PR_SYS_UNKNOWN, NONE6, FAILS(ENOSYS) },
	{ "ENOTEMPTY", PR_SYS_unlinkat, { VAL(AT_FDCWD), STR("full"), VAL(AT_REMOVEDIR) }, FAILS(ENOTEMPTY) },
	{ "ELOOP", PR_SYS_openat, { VAL(AT_FDCWD), STR("loop"), VAL(O_RDONLY) }, FAILS(ELOOP) },
	{ "ENXIO", PR_SYS_openat, { VAL(AT_FDCWD), STR("fifo"), VAL(O_WRONLY | O_NONBLOCK) }, FAILS(ENXIO) },
	{ "ENOMEM", PR_SYS_mlock, { UNMAPPED, VAL(4096) }, FAILS(ENOMEM) },
	{ "ENOTSOCK", PR_SYS_shutdown, { VAL(PR_FD_MEMFD), VAL(0) }, FAILS(ENOTSOCK) },
};

/* One call: its entry and exit stops, plus the initial SIGSTOP, are probed
 * with every buffer size. */
static const struct pr_call info_size_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
};

/* info-size at a PTRACE_EVENT_SECCOMP stop too (op SECCOMP, 84 bytes): the
 * filter traces this call; its entry, seccomp and exit stops are probed. */
static const struct pr_call info_size_seccomp_calls[] = {
	{ "getppid", PR_SYS_getppid, NONE6, OK(PPID), .seccomp = SECCOMP_RET_TRACE | 0x51 },
};

/* Traced without PTRACE_O_TRACESYSGOOD: the same entry and exit stops, each a
 * plain SIGTRAP stop at which GET must say op NONE (24 bytes). */
static const struct pr_call no_sysgood_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "close", PR_SYS_close, PATTERNS, FAILS(EBADF) },
};

/* A SIGTRAP the tracee sends itself with si_code SIGTRAP|0x80, the code of a
 * syscall stop: at its signal-delivery-stop GET must still say NONE.  The
 * kernel lets a process queue a positive si_code to itself
 * (do_rt_sigqueueinfo()), and ptrace_get_syscall_info_op() takes 0x85 for a
 * syscall stop unless ptrace_message says none: ptrace_signal() stops with
 * message 0 (kernel/signal.c). */
static const struct pr_call forged_sigtrap_calls[] = {
	{ "forged", PR_SYS_rt_sigqueueinfo, { PID, VAL(SIGTRAP), { PR_ARG_SIGINFO, SIGTRAP | 0x80, NULL } },
	  OK(VALUE), .does = { RAISE(SIGTRAP, UNHANDLED) } },
};

/* Seccomp: the tracee's filter traces these calls with distinct data (getpid
 * is not filtered: no seccomp stop); the last one is skipped at its seccomp
 * stop through the arch's registers (nr = -1) and must return what the arch
 * returns for a skipped call (PR_EXPECT_SKIPPED). */
#define TRACE(data) .seccomp = SECCOMP_RET_TRACE | (data)
#define LAST { PR_ARG_LAST, 0, NULL }

static const struct pr_tamper skip_at_seccomp = {
	.at = PR_STOP_SECCOMP, .nr_change = PR_TAMPER_NR_SKIP, .observe = PR_EXPECT_SKIPPED_SECCOMP,
};

static const struct pr_call seccomp_calls[] = {
	{ "getppid", PR_SYS_getppid, PATTERNS, OK(PPID), TRACE(0) },
	{ "dup", PR_SYS_dup, PATTERNS, FAILS(EBADF), TRACE(1) },
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "lseek", PR_SYS_lseek, PATTERNS, FAILS(EBADF), TRACE(0x1234) },
	{ "unknown-nr", PR_SYS_UNKNOWN, PATTERNS, FAILS(ENOSYS), TRACE(0xffff) },
	{ "skipped", PR_SYS_getcwd, { BUF, VAL(4096) }, PR_EXPECT_SKIPPED_SECCOMP, 0, TRACE(0x5eed),
	  .does = { TAMPER(&skip_at_seccomp) } },
};

/* Sigreturn: each call raises a signal at the tracee, whose SA_SIGINFO
 * handler runs on the normal stack, then on the sigaltstack. */
static const struct pr_call sigreturn_calls[] = {
	{ "raise", PR_SYS_kill, { PID, VAL(SIGUSR1) }, OK(VALUE), .does = { RAISE(SIGUSR1, HANDLED) } },
	{ "raise-altstack", PR_SYS_kill, { PID, VAL(SIGUSR2) }, OK(VALUE), .does = { RAISE(SIGUSR2, ALTSTACK) } },
};

/* Tampering: each changed call is followed by a report (getpid(last result))
 * that shows the tracer what the tracee saw. */
#define REPORT(name) { name "-report", PR_SYS_getpid, { LAST }, OK(PID) }

static const struct pr_tamper nr_at_entry = {
	.at = PR_STOP_ENTRY, .nr_change = PR_TAMPER_NR_SET, .nr = PR_SYS_getpid,
	.observe = PR_EXPECT_PID,
};
static const struct pr_tamper skip_at_entry = {
	.at = PR_STOP_ENTRY, .nr_change = PR_TAMPER_NR_SKIP, .observe = PR_EXPECT_SKIPPED,
};
static const struct pr_tamper args_at_entry = {
	.at = PR_STOP_ENTRY, .args_mask = 1 << 1, .args = { [1] = LARGE },
	.observe = PR_EXPECT_LARGE,
};
static const struct pr_tamper success_to_error = {
	.at = PR_STOP_EXIT, .set_result = true, .rval = -EPERM, .is_error = true,
	.observe = PR_EXPECT_ERRNO, .observe_value = EPERM,
};
static const struct pr_tamper error_to_success = {
	.at = PR_STOP_EXIT, .set_result = true, .rval = 42, .is_error = false,
	.observe = PR_EXPECT_VALUE, .observe_value = 42,
};
static const struct pr_tamper nr_args_at_seccomp = {
	.at = PR_STOP_SECCOMP, .nr_change = PR_TAMPER_NR_SET, .nr = PR_SYS_lseek,
	.args_mask = 7, .args = { VAL(PR_FD_MEMFD), VAL(0x4242), VAL(SEEK_SET) },
	.observe = PR_EXPECT_VALUE, .observe_value = 0x4242,
};

/* All six arguments: a process_vm_writev the tracee makes with six
 * patterns (it fails so) becomes one to itself that copies "ab" and "cdef"
 * (two source segments) over three destination segments of 1, 2 and 3
 * bytes: 6 copied, and the destination shows the pid, both tables, both
 * counts and flags 0 were used.  The tracee's result and the destination
 * are read from its memory. */
#define IOV(which) { PR_ARG_IOV, (which), NULL }
#define SIX_ARGS(which) { PID, IOV(0), VAL(2), IOV(which), VAL(3), VAL(0) }

static const struct pr_tamper six_args_at_entry = {
	.at = PR_STOP_ENTRY, .args_mask = 0x3f, .args = SIX_ARGS(1),
	.observe = PR_EXPECT_VALUE, .observe_value = 6,
};
static const struct pr_tamper six_args_at_seccomp = {
	.at = PR_STOP_SECCOMP, .args_mask = 0x3f, .args = SIX_ARGS(2),
	.observe = PR_EXPECT_VALUE, .observe_value = 6,
};
/* Identity changes: the info (registers) exactly as read; the call returns
 * what it returns untouched. */
static const struct pr_tamper identity_at_entry = {
	.at = PR_STOP_ENTRY, .identity = true, .observe = PR_EXPECT_PPID,
};
static const struct pr_tamper identity_at_exit = {
	.at = PR_STOP_EXIT, .identity = true, .observe = PR_EXPECT_ERRNO, .observe_value = EBADF,
};
static const struct pr_tamper identity_at_seccomp = {
	.at = PR_STOP_SECCOMP, .identity = true, .observe = PR_EXPECT_ERRNO, .observe_value = EBADF,
};
/* is_error at its boundaries (IS_ERR_VALUE: the last 4095 values of the
 * word are errors): -4096 is a success, -4095 an error; 0, 1, the largest
 * positive value; 0x80000000, a success whose 32-bit value is negative, and
 * 0xfffff000, which a 32-bit register holds as -4096. */
#define SET_RESULT(v, err, e, ev) \
	{ .at = PR_STOP_EXIT, .set_result = true, .rval = (v), .is_error = (err), .observe = (e), .observe_value = (ev) }
static const struct pr_tamper rval_minus_4096 = SET_RESULT(-4096, false, PR_EXPECT_VALUE, -4096);
static const struct pr_tamper rval_minus_4095 = SET_RESULT(-4095, true, PR_EXPECT_ERRNO, 4095);
static const struct pr_tamper rval_zero = SET_RESULT(0, false, PR_EXPECT_VALUE, 0);
static const struct pr_tamper rval_one = SET_RESULT(1, false, PR_EXPECT_VALUE, 1);
static const struct pr_tamper rval_max = {
	.at = PR_STOP_EXIT, .set_result = true, .rval_max = true, .observe = PR_EXPECT_WORD_MAX,
};
static const struct pr_tamper rval_bit31 = SET_RESULT(0x80000000, false, PR_EXPECT_VALUE, 0x80000000);
static const struct pr_tamper rval_fffff000 = SET_RESULT(0xfffff000, false, PR_EXPECT_VALUE, 0xfffff000);
/* exit_group's argument at its entry stop: the tracee's exit status. */
static const struct pr_tamper exit_status = {
	.at = PR_STOP_ENTRY, .args_mask = 1, .args = { VAL(7) }, .observe = PR_EXPECT_VALUE, .observe_value = 7,
};

static const struct pr_call tamper_calls[] = {
	{ "nr", PR_SYS_getppid, NONE6, OK(NOTHING), .does = { TAMPER(&nr_at_entry) } },
	REPORT("nr"),
	{ "skip", PR_SYS_getppid, NONE6, OK(NOTHING), .does = { TAMPER(&skip_at_entry) } },
	REPORT("skip"),
	{ "args", PR_SYS_lseek, { VAL(PR_FD_MEMFD), VAL(0), VAL(SEEK_SET) }, OK(NOTHING),
	  .does = { TAMPER(&args_at_entry) } },
	REPORT("args"),
	{ "success-to-error", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&success_to_error) } },
	REPORT("success-to-error"),
	{ "error-to-success", PR_SYS_close, { VAL(-1) }, OK(NOTHING), .does = { TAMPER(&error_to_success) } },
	REPORT("error-to-success"),
	{ "seccomp", PR_SYS_dup, PATTERNS, OK(NOTHING), TRACE(0x77), .does = { TAMPER(&nr_args_at_seccomp) } },
	REPORT("seccomp"),
};

/* The rest of SET's surface, in both interfaces: all six arguments at entry
 * and at the seccomp stop, identity changes at each syscall stop kind, the
 * result at is_error's boundaries, exit_group's status. */
static const struct pr_call surface_calls[] = {
	/* Both filtered: the filter traces by number (and the first one's
	 * seccomp stop comes after its change). */
	{ "six-args", PR_SYS_process_vm_writev, PATTERNS, OK(NOTHING), TRACE(0x66), .does = { TAMPER(&six_args_at_entry) } },
	REPORT("six-args"),
	{ "six-args-seccomp", PR_SYS_process_vm_writev, PATTERNS, OK(NOTHING), TRACE(0x66),
	  .does = { TAMPER(&six_args_at_seccomp) } },
	REPORT("six-args-seccomp"),
	{ "identity-entry", PR_SYS_getppid, PATTERNS, OK(NOTHING), .does = { TAMPER(&identity_at_entry) } },
	REPORT("identity-entry"),
	{ "identity-exit", PR_SYS_close, { VAL(-1) }, OK(NOTHING), .does = { TAMPER(&identity_at_exit) } },
	REPORT("identity-exit"),
	{ "identity-seccomp", PR_SYS_dup, PATTERNS, OK(NOTHING), TRACE(0x1d), .does = { TAMPER(&identity_at_seccomp) } },
	REPORT("identity-seccomp"),
	{ "rval-minus-4096", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_minus_4096) } },
	REPORT("rval-minus-4096"),
	{ "rval-minus-4095", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_minus_4095) } },
	REPORT("rval-minus-4095"),
	{ "rval-zero", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_zero) } },
	REPORT("rval-zero"),
	{ "rval-one", PR_SYS_close, { VAL(-1) }, OK(NOTHING), .does = { TAMPER(&rval_one) } },
	REPORT("rval-one"),
	{ "rval-max", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_max) } },
	REPORT("rval-max"),
	{ "rval-bit31", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_bit31) } },
	REPORT("rval-bit31"),
	{ "rval-fffff000", PR_SYS_getpid, NONE6, OK(NOTHING), .does = { TAMPER(&rval_fffff000) } },
	REPORT("rval-fffff000"),
	{ "exit-status", PR_SYS_exit_group, { VAL(3) }, OK(NOTHING), .does = { TAMPER(&exit_status) } },
};

/* The ends of the syscall table (issue 29): at an entry stop and at a
 * seccomp stop the tracer makes a getppid (no arguments) the table's first
 * number (the arch's 0: personality.h first_call says which call that is
 * and what it returns given its args), its last number (the kernel's
 * version says which: src/table-end.c), one past it (-ENOSYS), and -1,
 * each with six new arguments.  A skip's arguments are not written by
 * PTRACE_SET_SYSCALL_INFO (kernel/ptrace.c ptrace_set_syscall_info_entry():
 * "setting syscall arguments ... would also clobber the syscall return
 * value on those architectures that share the same register both for the
 * first argument of syscall and its return value": arm64 x0, arm r0,
 * powerpc r3, riscv a0, s390 r2): the call returns -ENOSYS, not the new
 * first argument, and GET still shows the call's own; through the regset
 * they are written, and the skip returns what the arch's
 * regset_skip_leaves says of the new first argument. */
#define FIRST_CALL_ARGS { { PR_ARG_FIRST_CALL, 0, NULL }, { PR_ARG_FIRST_CALL, 1, NULL }, \
	{ PR_ARG_FIRST_CALL, 2, NULL }, { PR_ARG_FIRST_CALL, 3, NULL }, { PR_ARG_FIRST_CALL, 4, NULL }, \
	{ PR_ARG_FIRST_CALL, 5, NULL } }
#define EDGE(stop, change, arguments, e, v) \
	{ .at = PR_STOP_##stop, .nr_change = PR_TAMPER_NR_##change, .args_mask = 0x3f, .args = arguments, \
	  .observe = (e), .observe_value = (v) }

static const struct pr_tamper first_at_entry = EDGE(ENTRY, FIRST, FIRST_CALL_ARGS, PR_EXPECT_FIRST_CALL, 0);
static const struct pr_tamper last_at_entry = EDGE(ENTRY, LAST, PATTERNS, PR_EXPECT_TABLE_END, 0);
static const struct pr_tamper past_last_at_entry = EDGE(ENTRY, PAST_LAST, PATTERNS, PR_EXPECT_ERRNO, ENOSYS);
static const struct pr_tamper skip_args_at_entry = EDGE(ENTRY, SKIP, PATTERNS, PR_EXPECT_SKIPPED, 0);
static const struct pr_tamper first_at_seccomp = EDGE(SECCOMP, FIRST, FIRST_CALL_ARGS, PR_EXPECT_FIRST_CALL, 0);
static const struct pr_tamper last_at_seccomp = EDGE(SECCOMP, LAST, PATTERNS, PR_EXPECT_TABLE_END, 0);
static const struct pr_tamper past_last_at_seccomp = EDGE(SECCOMP, PAST_LAST, PATTERNS, PR_EXPECT_ERRNO, ENOSYS);
static const struct pr_tamper skip_args_at_seccomp = EDGE(SECCOMP, SKIP, PATTERNS, PR_EXPECT_SKIPPED_SECCOMP, 0);

/* getppid at entry; dup, which the filter traces, at its seccomp stop (the
 * numbers it becomes are not filtered: the recheck after the tracer,
 * __seccomp_filter(), lets them run). */
#define EDGE_CALL(name, t) { name, PR_SYS_getppid, NONE6, OK(NOTHING), .does = { TAMPER(&t) } }, REPORT(name)
#define EDGE_SECCOMP(name, t) \
	{ name, PR_SYS_dup, NONE6, OK(NOTHING), TRACE(0xed), .does = { TAMPER(&t) } }, REPORT(name)

/* The calls past the table last: a kernel that traces such a call twice
 * (found-here:mips-renumbered-retraced) derails the rest of the run. */
static const struct pr_call nr_edge_calls[] = {
	EDGE_CALL("first", first_at_entry),
	EDGE_CALL("last", last_at_entry),
	EDGE_CALL("skip-args", skip_args_at_entry),
	EDGE_SECCOMP("first-seccomp", first_at_seccomp),
	EDGE_SECCOMP("last-seccomp", last_at_seccomp),
	EDGE_SECCOMP("skip-args-seccomp", skip_args_at_seccomp),
	EDGE_CALL("past-last", past_last_at_entry),
	EDGE_SECCOMP("past-last-seccomp", past_last_at_seccomp),
};

/* Syscall restart (kernel/signal.c, the arch's arch_do_signal_or_restart()):
 * the tracer sends a signal at each call's entry stop, so the call, which
 * would block, is interrupted at once.  A read on the empty blocking pipe
 * ends with -ERESTARTSYS, which the kernel restarts (same nr, same args, the
 * trap run again) when the handler has SA_RESTART or the tracer discards the
 * signal, and turns into -EINTR for a handler without it; the tracer feeds the
 * pipe a byte at the signal stop, so the restarted read returns 1.  A
 * nanosleep ends with -ERESTART_RESTARTBLOCK: with any handler -EINTR, without
 * one restarted as restart_syscall, which sleeps the rest (0).  The last row
 * restores the registers at the signal stop as a debugger does, the setting
 * of 8c150ba2fb59 (a 64-bit tracer and a 32-bit tracee: the restart then ran
 * the 64-bit restart_syscall number, ia32's madvise). */
#define ERESTARTSYS 512
#define ERESTART_RESTARTBLOCK 516
#define FEED_READ { VAL(PR_FD_FEED), BUF, VAL(1) }
/* The signal is pending when nanosleep starts its timer, but do_nanosleep()
 * (kernel/time/hrtimer.c) returns 0, the sleep done, when the timer fired
 * before it looked: schedule() with a signal pending keeps the task runnable
 * yet may run others first.  Under --stress in a one-CPU TCG guest (three
 * jobs) 20 ms lapsed so (x86_64 7.3.4 and 6.1, 2026-12-05).  So a call that
 * is not restarted sleeps 10 s, which costs nothing (it is interrupted at
 * once); restart_syscall sleeps what is left, every call's cost: 200 ms. */
#define SLEEP_INTERRUPTED { TIMESPEC(10LL * 1000 * 1000 * 1000) }
#define SLEEP { TIMESPEC(200 * 1000 * 1000) }
#define INTERRUPT(signo, e, h, r) \
	{ PR_ACTION_SIGNAL_AT_ENTRY, .interrupt = { .sig = (signo), .interrupted = (e), .handler = (h), .restart = (r) } }
#define FEED { PR_ACTION_FEED }
#define RESTORE_REGS { PR_ACTION_RESTORE_REGS }

static const struct pr_call restart_calls[] = {
	{ "read-sa-restart", PR_SYS_read, FEED_READ, PR_EXPECT_VALUE, 1,
	  .does = { INTERRUPT(SIGUSR1, ERESTARTSYS, PR_HANDLER_SA_RESTART, PR_RESTART_SAME), FEED } },
	{ "read-no-handler", PR_SYS_read, FEED_READ, PR_EXPECT_VALUE, 1,
	  .does = { INTERRUPT(SIGALRM, ERESTARTSYS, PR_SUPPRESSED, PR_RESTART_SAME), FEED } },
	{ "read-eintr", PR_SYS_read, FEED_READ, FAILS(EINTR),
	  .does = { INTERRUPT(SIGUSR2, ERESTARTSYS, PR_HANDLER, PR_NOT_RESTARTED) } },
	REPORT("read-eintr"),
	{ "nanosleep-restart-syscall", PR_SYS_nanosleep, SLEEP, OK(VALUE),
	  .does = { INTERRUPT(SIGALRM, ERESTART_RESTARTBLOCK, PR_SUPPRESSED, PR_RESTART_SYSCALL) } },
	{ "nanosleep-eintr", PR_SYS_nanosleep, SLEEP_INTERRUPTED, FAILS(EINTR),
	  .does = { INTERRUPT(SIGUSR1, ERESTART_RESTARTBLOCK, PR_HANDLER_SA_RESTART, PR_NOT_RESTARTED) } },
	REPORT("nanosleep-eintr"),
	{ "nanosleep-regs-restored", PR_SYS_nanosleep, SLEEP, OK(VALUE),
	  .does = { INTERRUPT(SIGALRM, ERESTART_RESTARTBLOCK, PR_SUPPRESSED, PR_RESTART_SYSCALL),
		    RESTORE_REGS } },
};

/* Arguments in whole registers: where the program's registers are wider
 * than the path's word (x86_64's int $0x80 speaks i386), their upper halves
 * hold garbage (PR_WIDE_GARBAGE).  The i386 syscall reads 32 bits of each
 * (__SC_COMPAT_CAST, arch/x86/include/asm/syscall_wrapper.h): lseek seeks the
 * memfd to 0x1234, close(0xffff) fails with EBADF.  So the info, at entry and
 * at the seccomp stop, must say those 32 bits, the arguments the ABI carries
 * and the call used (powerpc's syscall_get_arguments() masks a 32-bit task's
 * arguments so).  Elsewhere there is no upper half: plain values. */
#define WIDE(v) { PR_ARG_WIDE, (v), NULL }

static const struct pr_call wide_calls[] = {
	{ "lseek", PR_SYS_lseek, { WIDE(PR_FD_MEMFD), WIDE(0x1234), WIDE(SEEK_SET) }, PR_EXPECT_VALUE, 0x1234,
	  TRACE(0x32) },
	{ "close", PR_SYS_close, { WIDE(0xffff) }, FAILS(EBADF) },
};

/* Mixed paths: calls alternate between the run's path and the program's
 * own first one (own_path), in one process.  On x86_64's int $0x80 the
 * info's arch flips with each call: AUDIT_ARCH_I386 for int $0x80 (its
 * syscall_get_arch() reads TS_COMPAT, set at each int $0x80 entry),
 * AUDIT_ARCH_X86_64 for syscall.  On arm's thumb path, arm and thumb mix. */
static const struct pr_call mixed_calls[] = {
	{ "path-getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "own-getpid", PR_SYS_getpid, NONE6, OK(PID), .own_path = true },
	{ "path-close", PR_SYS_close, PATTERNS, FAILS(EBADF) },
	{ "own-close", PR_SYS_close, PATTERNS, FAILS(EBADF), .own_path = true },
	{ "path-getppid", PR_SYS_getppid, PATTERNS, OK(PPID) },
};

/* PTRACE_EVENT stops (PTRACE_O_TRACEFORK, VFORK, CLONE, VFORKDONE, EXIT),
 * each made inside a call through the stub, so each must say op NONE (24
 * bytes: ptrace_get_syscall_info_op() takes only si_code SIGTRAP|0x80 and
 * seccomp's for syscall stops) at the ip and sp of its call's entry stop.
 * clone(SIGCHLD) is fork (PTRACE_EVENT_FORK), with CLONE_VFORK vfork, with
 * no exit signal clone (kernel/fork.c kernel_clone()); each child stops
 * first with SIGSTOP, is detached, _exits and is reaped by the wait4 after
 * it (__WALL for the one without SIGCHLD).  exit_group's PTRACE_EVENT_EXIT
 * stop carries the exit status (0) and is the last. */
#define CLONEF(flags) { PR_ARG_CLONE, (flags), NULL }
#define FORK(flags) { CLONEF(flags), CLONEF(flags) }
#define REAP(flags) { VAL(-1), VAL(0), VAL(flags), VAL(0) }

static const struct pr_call events_calls[] = {
	{ "fork", PR_SYS_clone, FORK(SIGCHLD), OK(CHILD), .does = { EVENTS(PTRACE_EVENT_FORK) } },
	{ "wait-fork", PR_SYS_wait4, REAP(0), OK(CHILD) },
	{ "vfork", PR_SYS_clone, FORK(CLONE_VFORK | SIGCHLD), OK(CHILD),
	  .does = { EVENTS(PTRACE_EVENT_VFORK, PTRACE_EVENT_VFORK_DONE) } },
	{ "wait-vfork", PR_SYS_wait4, REAP(0), OK(CHILD) },
	{ "clone", PR_SYS_clone, FORK(0), OK(CHILD), .does = { EVENTS(PTRACE_EVENT_CLONE) } },
	{ "wait-clone", PR_SYS_wait4, REAP(__WALL), OK(CHILD) },
	{ "exit", PR_SYS_exit_group, NONE6, OK(NOTHING), .does = { EVENTS(PTRACE_EVENT_EXIT) } },
};

/* Attached with PTRACE_SEIZE before the exec (PTRACE_O_TRACEEXEC): the
 * exec's PTRACE_EVENT_EXEC stop comes first.  Then a group-stop: the tracee
 * stops itself with SIGSTOP, which the tracer delivers; at the group-stop
 * (PTRACE_EVENT_STOP, SIGSTOP) it does PTRACE_LISTEN and sends SIGCONT, and
 * the tracee reports the end (PTRACE_EVENT_STOP, SIGTRAP) before SIGCONT's
 * own signal-delivery-stop.  Then PTRACE_INTERRUPT at a read's entry stop:
 * the read ends with -ERESTARTSYS and, there being no signal to handle, the
 * kernel restarts it; the trap the request asks for is the read's exit stop
 * when the tracer goes on with PTRACE_SYSCALL (ptrace_stop(): "any trap
 * clears pending STOP trap"), a PTRACE_EVENT_STOP with SIGTRAP when it goes
 * on with PTRACE_CONT (do_jobctl_trap()).  PTRACE_SET_SYSCALL_INFO is
 * refused at each of these op NONE stops (pr_refusals; the syscall stops'
 * are set-refusals'). */
static const struct pr_call seize_calls[] = {
	{ "stop-self", PR_SYS_kill, { PID, VAL(SIGSTOP) }, OK(VALUE), .does = { GROUP_STOP } },
	{ "read-interrupted", PR_SYS_read, FEED_READ, PR_EXPECT_VALUE, 1, 
	  .does = { BY_PTRACE_INTERRUPT(PR_INTERRUPT_THEN_SYSCALL), FEED } },
	{ "read-interrupted-cont", PR_SYS_read, FEED_READ, PR_EXPECT_VALUE, 1,
	  .does = { BY_PTRACE_INTERRUPT(PR_INTERRUPT_THEN_CONT), FEED } },
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
};

/* Two threads: the worker (worker rows) is attached with PTRACE_SEIZE at the
 * leader's SIGSTOP while it waits for the leader's go.  Woken, it raises
 * SIGTRAP at itself (tgkill, before it is traced for syscalls: its first
 * stop is that signal's), then makes its calls and exits, the leader held at
 * its go row's exit stop meanwhile.  Each thread's stops must be its own:
 * gettid is the caller's, the args, the ip and the sp (each thread's stack)
 * those of the call it made; then the leader goes on. */
#define TID { PR_ARG_TID, 0, NULL }
#define IN_WORKER { PR_ACTION_WORKER }
#define UNTRACED { PR_ACTION_UNTRACED }

static const struct pr_call threads_calls[] = {
	{ "leader-getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "go", PR_SYS_write, { VAL(PR_FD_GO_W), BUF, VAL(1) }, PR_EXPECT_VALUE, 1 },
	{ "worker-trap", PR_SYS_tgkill, { PID, TID, VAL(SIGTRAP) }, OK(NOTHING),
	  .does = { IN_WORKER, UNTRACED, RAISE(SIGTRAP, UNHANDLED) } },
	{ "worker-gettid", PR_SYS_gettid, PATTERNS, OK(TID), .does = { IN_WORKER } },
	{ "worker-close", PR_SYS_close, PATTERNS, FAILS(EBADF), .does = { IN_WORKER } },
	{ "worker-exit", PR_SYS_exit, NONE6, OK(NOTHING), .does = { IN_WORKER } },
	{ "leader-gettid", PR_SYS_gettid, NONE6, OK(TID) },
	{ "leader-close", PR_SYS_close, { VAL(-1), VAL(2), VAL(3), VAL(4), VAL(5), VAL(6) }, FAILS(EBADF) },
};

/* A worker's execve (src/actions/exec.c): the worker, seized at the
 * leader's SIGSTOP, is woken by the leader's go, raises SIGTRAP at itself
 * (its first stop) and execs the tracee program with PR_EXEC_ARG, the leader
 * left at its go row's exit stop.  The exec zaps the leader: its
 * PTRACE_EVENT_EXIT (message 0), then the exec's PTRACE_EVENT_EXEC for the
 * leader's pid at the new image's entry (message: the worker's tid), and the
 * new image's exit with PR_EXEC_STATUS. */
#define ARGV(s) { PR_ARG_ARGV, 0, (s) }
#define EXEC { PR_ACTION_EXEC }

static const struct pr_call exec_in_worker_calls[] = {
	{ "go", PR_SYS_write, { VAL(PR_FD_GO_W), BUF, VAL(1) }, PR_EXPECT_VALUE, 1 },
	{ "worker-trap", PR_SYS_tgkill, { PID, TID, VAL(SIGTRAP) }, OK(NOTHING),
	  .does = { IN_WORKER, UNTRACED, RAISE(SIGTRAP, UNHANDLED) } },
	{ "worker-execve", PR_SYS_execve, { STR("/proc/self/exe"), ARGV(PR_EXEC_ARG) }, OK(NOTHING),
	  .does = { IN_WORKER, EXEC } },
};

/* Unwinding at entry stops made through the stub. */
static const struct pr_call unwind_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(NOTHING) },
	{ "close", PR_SYS_close, PATTERNS, OK(NOTHING) },
};

/* What PTRACE_SET_SYSCALL_INFO must refuse, and what it must take and
 * ignore, as kernel/ptrace.c's ptrace_set_syscall_info() and its _entry,
 * _exit and _seccomp helpers read on 7.3.  Errnos at an entry, exit,
 * seccomp and non-syscall (op NONE) stop; 0 accepted; -1 not made. */
#define AT_ALL(e) { (e), (e), (e), (e) }
const struct pr_refusal pr_refusals[] = {
	/* "if (user_size < sizeof(info)) return -EINVAL": before anything else. */
	{ "size-87", PR_SET_SIZE, 87, AT_ALL(EINVAL) },
	/* A larger size is taken: only sizeof(info) bytes are read. */
	{ "size-89", PR_SET_SIZE, 89, { 0, 0, 0, EINVAL } },
	{ "size-256", PR_SET_SIZE, 256, { 0, 0, 0, EINVAL } },
	/* "Reserved for future use": info.flags || info.reserved. */
	{ "flags", PR_SET_FLAGS, 1, AT_ALL(EINVAL) },
	{ "reserved", PR_SET_RESERVED, 1, AT_ALL(EINVAL) },
	/* "Changing the type of the system call stop is not supported yet"
	 * (op != ptrace_get_syscall_info_op()), and op NONE is no SET's (the
	 * default case). */
	{ "op-none", PR_SET_OP, PR_OP_NONE, AT_ALL(EINVAL) },
	{ "op-other", PR_SET_OTHER_OP, 0, AT_ALL(EINVAL) },
	/* _entry: "if (nr != info->entry.nr) return -ERANGE": an nr that is
	 * not an int (nor a sign-extended one); the exit info has no nr. */
	{ "nr-not-int", PR_SET_NR_HIGH, UINT64_C(1) << 32, { ERANGE, -1, ERANGE, EINVAL } },
	/* "info->seccomp.ret_data is currently ignored", and so is reserved2;
	 * past the entry and exit infos the bytes are not read at all. */
	{ "ret-data", PR_SET_TAIL, 0x5a5a5a5a12345678, { 0, 0, 0, EINVAL } },
	/* arch, instruction_pointer and stack_pointer are read by no SET. */
	{ "frame", PR_SET_FRAME, 0x1000, { 0, 0, 0, EINVAL } },
};
const unsigned pr_nrefusals = COUNT(pr_refusals);
_Static_assert(COUNT(pr_refusals) <= PR_REFUSALS_MAX, "PR_REFUSALS_MAX");

/* The stops a refusals group tries them at: SIGSTOP, a call's entry and
 * exit, a seccomp stop, a signal-delivery-stop (a SIGURG the tracer
 * discards). */
static const struct pr_call refusal_calls[] = {
	{ "getppid", PR_SYS_getppid, PATTERNS, OK(PPID), TRACE(0x7e) },
	{ "close", PR_SYS_close, { VAL(-1) }, FAILS(EBADF) },
	{ "raise", PR_SYS_kill, { PID, VAL(SIGURG) }, OK(VALUE), .does = { RAISE(SIGURG, UNHANDLED) } },
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
};

/* Life cycle: the tracer SIGKILLs the tracee at a stop of each kind and
 * does not resume it; src/actions/kill.c says what a kernel must show then,
 * and why.  Killed at its entry stop the call is not made: no exit stop
 * (getppid's patterns are checked at the entry first); killed at its exit
 * stop the call is made and reports its result; at its seccomp stop (the
 * filter traces it), at a raised signal's delivery stop (its handler never
 * runs), at a group-stop (PTRACE_SEIZE) and at a fork's event stop (its
 * child, let go there, goes on alone).  Under PTRACE_O_TRACEEXIT the killed
 * tracee stops once more, at PTRACE_EVENT_EXIT. */
#define KILL_AT(kind) { PR_ACTION_KILL, .kill_at = PR_STOP_##kind }

static const struct pr_call kill_at_entry_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "killed-at-entry", PR_SYS_getppid, PATTERNS, OK(NOTHING), .does = { KILL_AT(ENTRY) } },
};

static const struct pr_call kill_at_exit_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "killed-at-exit", PR_SYS_getppid, PATTERNS, OK(PPID), .does = { KILL_AT(EXIT) } },
};

static const struct pr_call kill_at_seccomp_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "killed-at-seccomp", PR_SYS_getppid, PATTERNS, OK(NOTHING), TRACE(0x6b), .does = { KILL_AT(SECCOMP) } },
};

static const struct pr_call kill_at_signal_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "killed-at-signal", PR_SYS_kill, { PID, VAL(SIGUSR1) }, OK(VALUE),
	  .does = { RAISE(SIGUSR1, HANDLED), KILL_AT(SIGNAL) } },
};

static const struct pr_call kill_at_group_stop_calls[] = {
	{ "killed-at-group-stop", PR_SYS_kill, { PID, VAL(SIGSTOP) }, OK(VALUE), .does = { GROUP_STOP, KILL_AT(EVENT) } },
};

static const struct pr_call kill_at_fork_calls[] = {
	{ "killed-at-fork", PR_SYS_clone, FORK(SIGCHLD), OK(CHILD), .does = { EVENTS(PTRACE_EVENT_FORK), KILL_AT(EVENT) } },
};

/* Detached at a stop (src/actions/detach.c), the tracee runs its rows on
 * untraced to their end, exit_group(LAST), so its exit status is its call's
 * result: lseek to 0x42 made whole after a detach at its entry stop (or its
 * exit stop); at its seccomp stop too, whose filter then lets it run
 * (__seccomp_filter() rechecks after the tracer with recheck_after_trace,
 * kernel/seccomp.c).  A signal passed with PTRACE_DETACH is the tracee's to
 * take, and no row handles SIGUSR1: at the entry stop it is sent, at a
 * raised signal's delivery stop it replaces the signal, 0 discards it. */
#define DETACH_AT(kind, signo) { PR_ACTION_DETACH, .detach = { PR_STOP_##kind, (signo) } }
#define EXIT_WITH_LAST { "exit-with-result", PR_SYS_exit_group, { LAST }, OK(NOTHING) }
#define SEEK_42 { VAL(PR_FD_MEMFD), VAL(0x42), VAL(SEEK_SET) }, PR_EXPECT_VALUE, 0x42

static const struct pr_call detach_at_entry_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "detached-at-entry", PR_SYS_lseek, SEEK_42, .does = { DETACH_AT(ENTRY, 0) } },
	EXIT_WITH_LAST,
};

static const struct pr_call detach_at_exit_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "detached-at-exit", PR_SYS_lseek, SEEK_42, .does = { DETACH_AT(EXIT, 0) } },
	EXIT_WITH_LAST,
};

static const struct pr_call detach_at_seccomp_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "detached-at-seccomp", PR_SYS_lseek, SEEK_42, TRACE(0xde), .does = { DETACH_AT(SECCOMP, 0) } },
	EXIT_WITH_LAST,
};

static const struct pr_call detach_at_entry_signal_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "detached-at-entry", PR_SYS_lseek, SEEK_42, .does = { DETACH_AT(ENTRY, SIGUSR1) } },
	EXIT_WITH_LAST,
};

static const struct pr_call detach_at_signal_calls[] = {
	{ "detached-at-signal", PR_SYS_kill, { PID, VAL(SIGUSR1) }, OK(VALUE),
	  .does = { RAISE(SIGUSR1, UNHANDLED), DETACH_AT(SIGNAL, 0) } },
	EXIT_WITH_LAST,
};

static const struct pr_call detach_at_signal_delivering_calls[] = {
	{ "detached-at-signal", PR_SYS_kill, { PID, VAL(SIGUSR2) }, OK(VALUE),
	  .does = { RAISE(SIGUSR2, UNHANDLED), DETACH_AT(SIGNAL, SIGUSR1) } },
	EXIT_WITH_LAST,
};

/* The tracer exits (src/actions/tracer-exit.c): a process of its own seizes
 * the tracee and _exit()s at a stop of it, not resuming it; the tracee's
 * parent, the runner, waits for its end.  With PTRACE_O_EXITKILL
 * exit_ptrace() kills it (SIGKILL, the lseek not made); without it the
 * tracee is detached and woken with no signal (the tracer's waitpid took
 * the stop's): at lseek's entry stop the call is made and the tracee exits
 * with its result, 0x42 (the same rows either way); at a raised SIGUSR1's
 * delivery stop (no handler) the signal is discarded and it exits with
 * kill()'s 0. */
#define TRACER_EXIT_AT(kind, kill) { PR_ACTION_TRACER_EXIT, .tracer_exit = { PR_STOP_##kind, (kill) } }
#define TRACER_EXIT_ENTRY_CALLS(kill) \
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) }, \
	{ "exit-at-entry", PR_SYS_lseek, SEEK_42, .does = { TRACER_EXIT_AT(ENTRY, kill) } }, \
	EXIT_WITH_LAST
#define TRACER_EXIT_SIGNAL_CALLS(kill) \
	{ "exit-at-signal", PR_SYS_kill, { PID, VAL(SIGUSR1) }, OK(VALUE), \
	  .does = { RAISE(SIGUSR1, UNHANDLED), TRACER_EXIT_AT(SIGNAL, kill) } }, \
	EXIT_WITH_LAST

static const struct pr_call tracer_exit_exitkill_calls[] = { TRACER_EXIT_ENTRY_CALLS(true) };
static const struct pr_call tracer_exit_detaches_calls[] = { TRACER_EXIT_ENTRY_CALLS(false) };
static const struct pr_call tracer_exit_exitkill_signal_calls[] = { TRACER_EXIT_SIGNAL_CALLS(true) };
static const struct pr_call tracer_exit_detaches_signal_calls[] = { TRACER_EXIT_SIGNAL_CALLS(false) };

/* A fault of the tracee's own (src/actions/fault.c, which says what a
 * kernel must show and why): its call makes the pages its stub is in
 * PROT_NONE, so on the way back it faults at the instruction after its
 * trap, SIGSEGV with no handler; the tracer delivers it, and the tracee
 * dies of it, under PTRACE_O_TRACEEXIT after one PTRACE_EVENT_EXIT stop
 * still at the fault.  Where it faulted is the entry stop's ip and sp. */
#define FAULTS_ITSELF { PR_ACTION_FAULT }
#define STOP_PAGES(which) { PR_ARG_STOP_PAGES, (which), NULL }

static const struct pr_call fault_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "faults", PR_SYS_mprotect, { STOP_PAGES(0), STOP_PAGES(1), VAL(PROT_NONE) }, OK(VALUE), .does = { FAULTS_ITSELF } },
};

/* A running multi-threaded tracee attached and detached again
 * (src/actions/attach-rounds.c): the leader's go wakes the worker (never
 * seized), whose rows block it in a read of PR_FD_GO_R no one writes again,
 * then exit_group with what the read returned; the leader is detached at
 * its read of PR_FD_FEED's entry stop and blocks there.  PR_ATTACH_ROUNDS
 * rounds of PTRACE_ATTACH and of PTRACE_SEIZE with PTRACE_INTERRUPT of both
 * threads, each detached again, then the tracer feeds the leader's read:
 * the tracee exits with its result, 1, neither read having seen EINTR. */
#define ATTACH_ROUNDS { PR_ACTION_ATTACH_ROUNDS }

static const struct pr_call attach_running_calls[] = {
	{ "go", PR_SYS_write, { VAL(PR_FD_GO_W), BUF, VAL(1) }, PR_EXPECT_VALUE, 1 },
	{ "worker-read", PR_SYS_read, { VAL(PR_FD_GO_R), BUF, VAL(1) }, OK(NOTHING), .does = { IN_WORKER, UNTRACED } },
	{ "worker-exit", PR_SYS_exit_group, { LAST }, OK(NOTHING), .does = { IN_WORKER, UNTRACED } },
	{ "leader-read", PR_SYS_read, FEED_READ, PR_EXPECT_VALUE, 1, .does = { DETACH_AT(ENTRY, 0), ATTACH_ROUNDS } },
	EXIT_WITH_LAST,
};

/* Seccomp user notification (src/actions/notify.c): the filter notifies
 * these calls (SECCOMP_RET_USER_NOTIF) and the tracer, their supervisor,
 * answers one with a value, one with an error (an errno mips numbers apart),
 * one unknown to the kernel with a value, and lets one run
 * (SECCOMP_USER_NOTIF_FLAG_CONTINUE); each is followed by a report of what
 * the tracee saw.  Six full-width patterns, which no notified call uses:
 * the answered calls never run, getppid ignores them.  No notified call is
 * one the fixture makes after installing the filter (dup2, close). */
#define NOTIFY_RET .seccomp = SECCOMP_RET_USER_NOTIF
#define NOTIFY(answer) { PR_ACTION_NOTIFY, .notify = PR_NOTIFY_##answer }

static const struct pr_call notif_calls[] = {
	{ "notif-value", PR_SYS_dup, PATTERNS, PR_EXPECT_VALUE, 0x5eed, NOTIFY_RET, .does = { NOTIFY(VALUE) } },
	REPORT("notif-value"),
	{ "notif-error", PR_SYS_lseek, PATTERNS, FAILS(ELOOP), NOTIFY_RET, .does = { NOTIFY(ERROR) } },
	REPORT("notif-error"),
	{ "notif-unknown-nr", PR_SYS_UNKNOWN, PATTERNS, PR_EXPECT_VALUE, 0x600d, NOTIFY_RET,
	  .does = { NOTIFY(VALUE) } },
	REPORT("notif-unknown-nr"),
	{ "notif-continue", PR_SYS_getppid, PATTERNS, OK(PPID), NOTIFY_RET, .does = { NOTIFY(CONTINUE) } },
	REPORT("notif-continue"),
};

/* Seccomp's other actions under PTRACE_SYSCALL (issue 28): the filter
 * (src/tracee/seccomp.c) returns the row's seccomp for its syscall.  Its
 * entry stop comes first, then __seccomp_filter() (kernel/seccomp.c) acts
 * and skips the call, and its exit stop still comes (the skipped call's
 * exit work; src/actions/seccomp-kill.c cites each arch's path); no
 * PTRACE_EVENT_SECCOMP stop, that being RET_TRACE's alone.
 * RET_ERRNO: syscall_set_return_value(-data), "capped at MAX_ERRNO": the
 * exit stop and the tracee (its report) see -errno; mkdirat is not made
 * (the directory is not there to remove after it).  The errnos are below
 * 35, numbered alike on every arch. */
#define ERRNO_RET(e) .seccomp = SECCOMP_RET_ERRNO | (e)
#define SEES(name) { name "-report", PR_SYS_getpid, { LAST }, OK(PID) }

static const struct pr_call seccomp_errno_calls[] = {
	{ "errno-getppid", PR_SYS_getppid, PATTERNS, FAILS(EACCES), ERRNO_RET(EACCES) },
	SEES("errno-getppid"),
	{ "errno-mkdirat", PR_SYS_mkdirat, { VAL(AT_FDCWD), STR("made"), VAL(0755) }, FAILS(EROFS), ERRNO_RET(EROFS) },
	{ "not-made", PR_SYS_unlinkat, { VAL(AT_FDCWD), STR("made"), VAL(AT_REMOVEDIR) }, FAILS(ENOENT) },
	{ "errno-capped", PR_SYS_dup, PATTERNS, FAILS(4095), ERRNO_RET(0xffff) },
	SEES("errno-capped"),
};

/* RET_KILL_PROCESS (src/actions/seccomp-kill.c, which says why): the exit
 * stop reports what syscall_rollback() left; no signal-delivery-stop
 * (SA_IMMUTABLE); under PTRACE_O_TRACEEXIT the exit event, its message
 * SIGSYS (0x80 with a core); death by SIGSYS. */
#define SECCOMP_KILLS { PR_ACTION_SECCOMP_KILL }

static const struct pr_call seccomp_kill_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "killed", PR_SYS_getppid, PATTERNS, PR_EXPECT_ROLLED_BACK, 0, .seccomp = SECCOMP_RET_KILL_PROCESS | 0x4b,
	  .does = { SECCOMP_KILLS } },
};

/* RET_TRAP | data (src/actions/seccomp-trap.c): the exit stop, SIGSYS's
 * delivery stop at the trap, the tracee's handler (src/tracee/sigsys.c)
 * and its rt_sigreturn; the call returns what syscall_rollback() left,
 * which its report shows.  Two syscalls, two data. */
#define SECCOMP_TRAPS { PR_ACTION_SECCOMP_TRAP }

static const struct pr_call seccomp_trap_calls[] = {
	{ "getpid", PR_SYS_getpid, NONE6, OK(PID) },
	{ "trapped", PR_SYS_getppid, PATTERNS, PR_EXPECT_ROLLED_BACK, 0, .seccomp = SECCOMP_RET_TRAP | 0x5157,
	  .does = { SECCOMP_TRAPS } },
	SEES("trapped"),
	{ "trapped-close", PR_SYS_close, PATTERNS, PR_EXPECT_ROLLED_BACK, 0, .seccomp = SECCOMP_RET_TRAP,
	  .does = { SECCOMP_TRAPS } },
	SEES("trapped-close"),
};

/* /proc/PID/syscall of a tracee asleep in a read of the empty PR_FD_FEED and
 * not stopped (src/actions/blocked.c): the syscall's line, what GET said at
 * the read's entry stop; then the tracer feeds a byte and the read returns
 * 1.  Arguments 4-6, which read() ignores, carry patterns, so each shows. */
#define BLOCKED { PR_ACTION_BLOCKED }

static const struct pr_call blocked_calls[] = {
	{ "blocked-read", PR_SYS_read, { VAL(PR_FD_FEED), BUF, VAL(1), PAT(4), PAT(5), PAT(6) }, PR_EXPECT_VALUE, 1,
	  .does = { BLOCKED } },
};

/* Every group's syscall stops are read through /proc/PID/syscall too. */
#define GROUP(name, summary, calls, checks, ...) \
	{ name, summary, calls, COUNT(calls), (checks) | PR_CHECK_PROC_SYSCALL, __VA_ARGS__ }

const struct pr_group pr_groups[] = {
	GROUP("stops", "initial SIGSTOP and the entry/exit stop sequence", stops_calls,
	      PR_CHECK_SIGSTOP | PR_CHECK_SEQUENCE),
	GROUP("entry", "entry stops: op, arch, nr, six full-width args, ip, sp", entry_calls,
	      PR_CHECK_ENTRY),
	GROUP("exit", "exit stops: rval and is_error of successes and failures", exit_calls,
	      PR_CHECK_EXIT),
	GROUP("errno", "errno sign: rval == -errno, is_error == 1 for 21 errnos", errno_calls,
	      PR_CHECK_EXIT),
	GROUP("info-size", "every user buffer size from 0 to sizeof, at a guard page", info_size_calls,
	      PR_CHECK_INFO_SIZE),
	GROUP("info-size-seccomp", "the same at a seccomp stop (and its call's entry and exit)",
	      info_size_seccomp_calls, PR_CHECK_INFO_SIZE),
	GROUP("seccomp", "PTRACE_EVENT_SECCOMP stops under PTRACE_SYSCALL: fields, ret_data, order",
	      seccomp_calls, PR_CHECK_SEQUENCE | PR_CHECK_SECCOMP | PR_CHECK_EXIT | PR_CHECK_TAMPER,
	      .via = PR_VIA_REGSET),
	GROUP("seccomp-cont", "PTRACE_EVENT_SECCOMP stops under PTRACE_CONT: no syscall stops",
	      seccomp_calls, PR_CHECK_SEQUENCE | PR_CHECK_SECCOMP | PR_CHECK_TAMPER, .cont = true,
	      .via = PR_VIA_REGSET),
	GROUP("sigreturn", "rt_sigreturn: nr, sp, the signal frame's mask, on both stacks",
	      sigreturn_calls, PR_CHECK_SEQUENCE | PR_CHECK_SIGRETURN),
	GROUP("forged-sigtrap", "a self-sent SIGTRAP with si_code 0x85: its signal stop is NONE",
	      forged_sigtrap_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT),
	GROUP("no-sysgood", "without PTRACE_O_TRACESYSGOOD: syscall stops are SIGTRAP, GET says NONE",
	      no_sysgood_calls, PR_CHECK_SEQUENCE, .no_sysgood = true),
	GROUP("set-info", "PTRACE_SET_SYSCALL_INFO: nr, skip, args, rval, seccomp; seen by the tracee",
	      tamper_calls, PR_CHECK_SEQUENCE | PR_CHECK_TAMPER, .via = PR_VIA_SET_INFO),
	GROUP("set-refusals", "PTRACE_SET_SYSCALL_INFO refused (EINVAL, ERANGE) or ignored at every stop kind",
	      refusal_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_REFUSALS),
	GROUP("set-regs", "the same changes through the legacy PTRACE_SETREGSET",
	      tamper_calls, PR_CHECK_SEQUENCE | PR_CHECK_TAMPER, .via = PR_VIA_REGSET),
	GROUP("set-info-surface", "SET: all six args (entry, seccomp), identity, is_error bounds, exit status",
	      surface_calls, PR_CHECK_SEQUENCE | PR_CHECK_TAMPER, .via = PR_VIA_SET_INFO),
	GROUP("set-regs-surface", "the same through the legacy PTRACE_SETREGSET", surface_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_TAMPER, .via = PR_VIA_REGSET),
	GROUP("set-nr-edges", "SET to the syscall table's first and last numbers, one past it and -1, six new args "
	      "each, at entry and seccomp stops", nr_edge_calls, PR_CHECK_SEQUENCE | PR_CHECK_TAMPER,
	      .via = PR_VIA_SET_INFO),
	GROUP("set-nr-edges-regs", "the same through the legacy PTRACE_SETREGSET", nr_edge_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_TAMPER, .via = PR_VIA_REGSET),
	GROUP("unwind", "libunwind-ptrace at entry stops: ip, sp, the stub", unwind_calls,
	      PR_CHECK_UNWIND),
	GROUP("wide-args", "args in registers wider than the ABI's word: the word is reported",
	      wide_calls, PR_CHECK_ENTRY | PR_CHECK_EXIT | PR_CHECK_SECCOMP),
	GROUP("mixed-path", "calls alternating the run's path and the program's own: arch flips",
	      mixed_calls, PR_CHECK_SEQUENCE | PR_CHECK_MIXED),
	GROUP("events", "PTRACE_EVENT stops of fork, vfork, clone, vfork-done and exit: NONE at the call",
	      events_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_EVENTS, .events = true),
	GROUP("seize", "PTRACE_SEIZE: the exec event, a group-stop under PTRACE_LISTEN, PTRACE_INTERRUPT",
	      seize_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_EVENTS | PR_CHECK_RESTART |
	      PR_CHECK_REFUSALS, .seize = true, .refusals_none_only = true),
	GROUP("threads", "a second thread's stops: its own nr, args, ip, sp, tid; the leader held meanwhile",
	      threads_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_EXIT, .threads = true),
	GROUP("exec-in-worker", "a worker's execve: the leader's exit event, the exec event for its pid, the new image",
	      exec_in_worker_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_EXIT | PR_CHECK_EVENTS |
	      PR_CHECK_LIFECYCLE, .threads = true, .exec_events = true),
	GROUP("restart", "syscall restart: -ERESTARTSYS and restart_syscall, with and without handlers",
	      restart_calls, PR_CHECK_SEQUENCE | PR_CHECK_RESTART),
	GROUP("kill-at-entry", "SIGKILL at an entry stop: no exit stop, death by SIGKILL and nothing after",
	      kill_at_entry_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_LIFECYCLE),
	GROUP("kill-at-entry-exit-event", "the same under PTRACE_O_TRACEEXIT: one PTRACE_EVENT_EXIT stop, "
	      "its message SIGKILL", kill_at_entry_calls, PR_CHECK_SEQUENCE | PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE,
	      .events = true),
	GROUP("kill-at-exit", "SIGKILL at an exit stop: the call's result, then death by SIGKILL",
	      kill_at_exit_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_LIFECYCLE),
	GROUP("kill-at-seccomp", "SIGKILL at a PTRACE_EVENT_SECCOMP stop: no exit stop, death by SIGKILL",
	      kill_at_seccomp_calls, PR_CHECK_SEQUENCE | PR_CHECK_SECCOMP | PR_CHECK_LIFECYCLE),
	GROUP("kill-at-signal", "SIGKILL at a signal-delivery-stop: no handler runs, death by SIGKILL",
	      kill_at_signal_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE),
	GROUP("kill-at-group-stop", "SIGKILL at a group-stop (PTRACE_SEIZE): death by SIGKILL, under "
	      "PTRACE_O_TRACEEXIT after its exit event", kill_at_group_stop_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE, .seize = true, .events = true),
	GROUP("detach-at-entry", "PTRACE_DETACH at an entry stop: the call is made, the tracee exits with its result",
	      detach_at_entry_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_LIFECYCLE),
	GROUP("detach-at-exit", "PTRACE_DETACH at an exit stop: the tracee exits with the call's result",
	      detach_at_exit_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_LIFECYCLE),
	GROUP("detach-at-seccomp", "PTRACE_DETACH at a seccomp stop: the filter lets the call run, its result the exit status",
	      detach_at_seccomp_calls, PR_CHECK_SEQUENCE | PR_CHECK_SECCOMP | PR_CHECK_LIFECYCLE),
	GROUP("detach-at-entry-signal", "PTRACE_DETACH with SIGUSR1 at an entry stop: the signal kills the tracee",
	      detach_at_entry_signal_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE),
	GROUP("detach-at-signal", "PTRACE_DETACH with 0 at a signal-delivery-stop: the signal is discarded, the tracee exits",
	      detach_at_signal_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE),
	GROUP("detach-at-signal-replaced", "PTRACE_DETACH with SIGUSR1 at SIGUSR2's delivery stop: SIGUSR1 kills the tracee",
	      detach_at_signal_delivering_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE),
	GROUP("attach-running-threads", "PTRACE_ATTACH, and PTRACE_SEIZE with PTRACE_INTERRUPT, of both running threads "
	      "and PTRACE_DETACH, 20 rounds: NONE stops, the tracee undisturbed",
	      /* No entry family: the untraced worker's read goes through the
	       * stub too, whose one sp slot (the entry sp check's) it may write
	       * after the leader's; the rounds check sp against the registers. */
	      attach_running_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE, .threads = true),
	GROUP("kill-at-fork-event", "SIGKILL at a fork's event stop: its exit event, death by SIGKILL",
	      kill_at_fork_calls, PR_CHECK_SEQUENCE | PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE, .events = true),
	GROUP("tracer-exit-exitkill", "the tracer exits at an entry stop, PTRACE_O_EXITKILL set: death by SIGKILL",
	      tracer_exit_exitkill_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_LIFECYCLE, .seize = true),
	GROUP("tracer-exit-detaches", "the tracer exits at an entry stop, no PTRACE_O_EXITKILL: the call is made, "
	      "the tracee exits with its result", tracer_exit_detaches_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_LIFECYCLE, .seize = true),
	GROUP("tracer-exit-exitkill-at-signal", "the tracer exits at a signal-delivery-stop, PTRACE_O_EXITKILL set: "
	      "death by SIGKILL", tracer_exit_exitkill_signal_calls, PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE,
	      .seize = true),
	GROUP("tracer-exit-detaches-at-signal", "the tracer exits at a signal-delivery-stop, no PTRACE_O_EXITKILL: "
	      "the signal is discarded, the tracee exits", tracer_exit_detaches_signal_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_LIFECYCLE, .seize = true),
	GROUP("fault", "SIGSEGV of the tracee's own, no handler: its delivery stop at the fault, death by SIGSEGV",
	      fault_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_LIFECYCLE),
	GROUP("fault-exit-event", "the same under PTRACE_O_TRACEEXIT: PTRACE_EVENT_EXIT at the fault, its message "
	      "SIGSEGV (0x80 with WCOREDUMP)", fault_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE, .events = true),
	GROUP("proc-syscall-blocked", "/proc/PID/syscall of a tracee asleep in a read, not stopped: the read's line, "
	      "GET's at its entry stop", blocked_calls, PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_EXIT),
	GROUP("seccomp-errno", "SECCOMP_RET_ERRNO under PTRACE_SYSCALL: entry, exit with -errno, the call not made",
	      seccomp_errno_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_SECCOMP_RET),
	GROUP("seccomp-kill", "SECCOMP_RET_KILL_PROCESS under PTRACE_SYSCALL: entry, exit, no signal stop, death by SIGSYS",
	      seccomp_kill_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_LIFECYCLE | PR_CHECK_SECCOMP_RET),
	GROUP("seccomp-kill-exit-event", "the same under PTRACE_O_TRACEEXIT: PTRACE_EVENT_EXIT, its message SIGSYS "
	      "(0x80 with WCOREDUMP)", seccomp_kill_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_EVENTS | PR_CHECK_LIFECYCLE | PR_CHECK_SECCOMP_RET, .events = true),
	GROUP("seccomp-trap", "SECCOMP_RET_TRAP: SIGSYS's siginfo and ucontext, its delivery stop, the rolled-back result",
	      seccomp_trap_calls, PR_CHECK_SEQUENCE | PR_CHECK_EXIT | PR_CHECK_SIGSYS | PR_CHECK_SECCOMP_RET),
	GROUP("notif", "seccomp user notification under PTRACE_SYSCALL: struct seccomp_notif vs GET, answered with "
	      "a value, an error and CONTINUE", notif_calls,
	      PR_CHECK_SEQUENCE | PR_CHECK_ENTRY | PR_CHECK_EXIT | PR_CHECK_NOTIF),
};

const unsigned pr_ngroups = COUNT(pr_groups);
