/* SIGSYS (SECCOMP_RET_TRAP, src/actions/seccomp-trap.c): for each call the
 * filter traps,
 *   NAME.sigsys-stop   its signal-delivery-stop: SIGSYS, op NONE in 24
 *                      bytes (ptrace_get_syscall_info_op(): si_code
 *                      SYS_SECCOMP is no syscall stop's);
 *   NAME.sigsys-ip     there, the pc the call returns to: the raw
 *                      registers', right after the stub's trap, the entry
 *                      stop's instruction_pointer;
 *   NAME.sigsys-sp     the raw registers' sp, the one the stub stored;
 * and from what the tracee's handler stored (src/tracee/sigsys.c, read at
 * its rt_sigreturn's entry stop), force_sig_seccomp()'s siginfo
 * (kernel/signal.c) and the ucontext:
 *   NAME.handled       the handler ran and its record was read;
 *   NAME.si_signo, NAME.si_code  SIGSYS, SYS_SECCOMP;
 *   NAME.si_errno      the filter's SECCOMP_RET_DATA;
 *   NAME.si_call_addr  KSTK_EIP(): the address after the trap, which GET
 *                      reported as instruction_pointer at the entry stop;
 *   NAME.si_syscall    the number, the one GET's entry nr said;
 *   NAME.si_arch       syscall_get_arch(): AUDIT_ARCH, GET's entry arch;
 *   NAME.uc-nr, NAME.uc-args  the ucontext's number and argument
 *                      registers (arch/<arch>/sigsys-uc.c) after
 *                      syscall_rollback(): the call's, as GET's entry
 *                      stop reported them.
 * What the call returns (the exit stop's rval, what the tracee's next
 * call reports) is judge-exit.c's and judge-seccomp-ret.c's. */
#include <signal.h>
#include <stdio.h>

#include "judge-families.h"
#include "payloads/sigsys.h"

static int sigsys_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, PR_STOP_SIGNAL);
}

/* The handler's rt_sigreturn entry, right after the delivery stop. */
static int handler_return(const struct judge *j, unsigned call)
{
	int k = sigsys_stop(j, call);

	return k < 0 || (unsigned)k + 1 >= j->nplan ? -1 : k + 1;
}

/* The call's entry stop, decoded; false (and a failed check) where not. */
static bool entry_info(struct judge *j, unsigned idx, struct pr_info *info)
{
	int entry = entry_stop(j, idx);
	const struct pr_stop *s;

	if (entry < 0) {
		check_fail(j, "the plan has no entry stop for the call");
		return false;
	}
	return check_stop(j, entry, &s, info);
}

CALL_CHECK(stop_shape)
{
	CHECK_ARGS_USED;
	expect_stop_kind(j, at, s, info);
	expect_dec(j, "op", PR_OP_NONE, info->op);
	expect_dec(j, "returned size", PR_INFO_SIZE_NONE, s->info_ret);
}

CALL_CHECK(stop_ip)
{
	struct pr_info entry;

	CHECK_ARGS_USED;
	expect_raw_ip(j, at, s, info);
	expect_ip_at_trap(j, info);
	if (entry_info(j, idx, &entry))
		expect_hex(j, "instruction_pointer vs the entry stop's", entry.instruction_pointer,
			   info->instruction_pointer);
}

CALL_CHECK(stop_sp)
{
	int entry = entry_stop(j, idx);

	CHECK_ARGS_USED;
	expect_raw_sp(j, at, s, info);
	if (entry >= 0 && (unsigned)entry < j->run->nstops)
		expect_sp_stored(j, &j->run->stops[entry], info);
}

/* The handler's record; NULL (failed) where it was not read. */
static const uint64_t *record(struct judge *j, const struct pr_stop *s)
{
	const struct pr_sigsys *y = pr_sigsys_of(s);

	if (!y->sigsys_read) {
		check_fail(j, "the tracer did not read the SIGSYS handler's record at this stop");
		return NULL;
	}
	if (y->sigsys_err) {
		check_fail(j, "the SIGSYS handler's record unreadable: error %d", -y->sigsys_err);
		return NULL;
	}
	if (y->sigsys[PR_SIGSYS_HANDLED] != 1) {
		check_fail(j, "the SIGSYS handler did not run (its record's mark %#llx, expected 1)",
			   (unsigned long long)y->sigsys[PR_SIGSYS_HANDLED]);
		return NULL;
	}
	return y->sigsys;
}

CALL_CHECK(handled)
{
	CHECK_ARGS_USED;
	if (expect_stop_kind(j, at, s, info))
		record(j, s);
}

CALL_CHECK(check_si_signo)
{
	const uint64_t *w = record(j, s);

	CHECK_ARGS_USED;
	if (w)
		expect_dec(j, "si_signo (the handler's)", pr_signal(j->p, SIGSYS), (int64_t)w[PR_SIGSYS_SIGNO]);
}

CALL_CHECK(check_si_code)
{
	const uint64_t *w = record(j, s);

	CHECK_ARGS_USED;
	if (w)
		expect_dec(j, "si_code (the handler's; SYS_SECCOMP)", 1, (int64_t)w[PR_SIGSYS_CODE]);
}

CALL_CHECK(check_si_errno)
{
	const uint64_t *w = record(j, s);

	CHECK_ARGS_USED;
	if (w)
		expect_hex(j, "si_errno (the handler's; the filter's SECCOMP_RET_DATA)", PR_SECCOMP_DATA(c->seccomp),
			   w[PR_SIGSYS_ERRNO]);
}

/* A value the handler got against the expectation, and the one GET
 * reported at the entry stop: a failure names both reporters and what each
 * said.  GET wrong where the handler is right is the entry stop's own
 * failure (filtered-entry, where the catalogue knows GET's bugs): a note
 * here. */
static void expect_both(struct judge *j, const char *field, uint64_t want, uint64_t handler, const char *get_field,
			uint64_t get)
{
	if (handler != want)
		check_fail(j, "%s: expected %#llx; the SIGSYS handler says %#llx, GET at the call's "
			   "entry stop (%s) %#llx", field, (unsigned long long)want, (unsigned long long)handler,
			   get_field, (unsigned long long)get);
	else if (get != handler)
		check_note(j, "%s: the SIGSYS handler's %#llx as expected; GET at the call's entry stop (%s) "
			   "says %#llx", field, (unsigned long long)handler, get_field, (unsigned long long)get);
}

CALL_CHECK(check_si_call_addr)
{
	const uint64_t *w = record(j, s);
	uint64_t mask = pr_word_mask(pr_run_program(j->run));
	struct pr_info entry;

	CHECK_ARGS_USED;
	if (!w || !entry_info(j, idx, &entry))
		return;
	/* The address after the trap, as the entry check knows it (or, where
	 * the path marks none, GET's, which the entry family judges), as a
	 * pointer of the program: its word (GET's upper half is the entry
	 * family's to judge). */
	expect_both(j, "si_call_addr", (j->run->stub_trap ? j->run->stub_trap : entry.instruction_pointer) & mask,
		    w[PR_SIGSYS_CALL_ADDR] & mask, "instruction_pointer", entry.instruction_pointer & mask);
}

CALL_CHECK(check_si_syscall)
{
	const uint64_t *w = record(j, s);
	struct pr_info entry;

	CHECK_ARGS_USED;
	if (w && entry_info(j, idx, &entry))
		expect_both(j, "si_syscall", pr_expected_nr(j->p, c->sys), w[PR_SIGSYS_SYSCALL] & j->p->nr_mask, "nr",
			    entry.nr);
}

CALL_CHECK(check_si_arch)
{
	const uint64_t *w = record(j, s);
	struct pr_info entry;

	CHECK_ARGS_USED;
	if (w && entry_info(j, idx, &entry))
		expect_both(j, "si_arch", j->p->audit_arch, (uint32_t)w[PR_SIGSYS_ARCH], "arch", entry.arch);
}

/* The ucontext as the arch's hook read it: the registers the handler
 * returns with (rt_sigreturn restores them). */
static const uint64_t *ucontext(struct judge *j, const struct pr_stop *s)
{
	const uint64_t *w = record(j, s);

	if (w && w[PR_SIGSYS_UC_READ] != 1) {
		check_fail(j, "the tracee's arch hook (arch/<arch>/sigsys-uc.c) read no ucontext registers");
		return NULL;
	}
	return w;
}

CALL_CHECK(uc_nr)
{
	const uint64_t *w = ucontext(j, s);
	struct pr_info entry;

	CHECK_ARGS_USED;
	if (w && entry_info(j, idx, &entry))
		expect_both(j, "the ucontext's number register", pr_expected_nr(j->p, c->sys),
			    w[PR_SIGSYS_UC_NR] & pr_word_mask(j->p) & j->p->nr_mask, "nr", entry.nr);
}

CALL_CHECK(uc_args)
{
	const uint64_t *w = ucontext(j, s);
	struct pr_info entry;
	char what[48];

	CHECK_ARGS_USED;
	if (!w || !entry_info(j, idx, &entry))
		return;
	for (unsigned a = 0; a < 6; a++) {
		snprintf(what, sizeof(what), "the ucontext's args[%u] register", a);
		expect_both(j, what, pr_arg_value(j->p, c, idx, a, j->run->pid),
			    w[PR_SIGSYS_UC_ARGS + a] & pr_word_mask(j->p), "args", entry.args[a]);
	}
}

static bool trapped(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_does(c, PR_ACTION_SECCOMP_TRAP);
}

static const struct call_check sigsys_checks[] = {
	{ "sigsys-stop", sigsys_stop, stop_shape, NULL },
	{ "sigsys-ip", sigsys_stop, stop_ip, NULL },
	{ "sigsys-sp", sigsys_stop, stop_sp, NULL },
	{ "handled", handler_return, handled, NULL },
	{ "si_signo", handler_return, check_si_signo, NULL },
	{ "si_code", handler_return, check_si_code, NULL },
	{ "si_errno", handler_return, check_si_errno, NULL },
	{ "si_call_addr", handler_return, check_si_call_addr, NULL },
	{ "si_syscall", handler_return, check_si_syscall, NULL },
	{ "si_arch", handler_return, check_si_arch, NULL },
	{ "uc-nr", handler_return, uc_nr, NULL },
	{ "uc-args", handler_return, uc_args, NULL },
};

PR_CALL_FAMILY(sigsys, sigsys_checks, trapped)
