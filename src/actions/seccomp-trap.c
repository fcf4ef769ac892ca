/* seccomp-trap: the call's filter returns SECCOMP_RET_TRAP | data (its
 * row's seccomp), and the tracee has a SIGSYS SA_SIGINFO handler
 * (src/tracee/sigsys.c).  What a kernel shows under PTRACE_SYSCALL, 6.1
 * and 7.3:
 * - The entry stop, then __seccomp_filter() (kernel/seccomp.c):
 *   syscall_rollback() ("Show the handler the original registers"),
 *   force_sig_seccomp(nr, data, false), the call skipped; no
 *   PTRACE_EVENT_SECCOMP stop.
 * - The exit stop, the skipped call's exit work (seccomp-kill.c says
 *   where): it reports what syscall_rollback() left (PR_EXPECT_ROLLED_BACK).
 * - force_sig_seccomp(..., false) is force_sig_info_to_task(HANDLER_CURRENT):
 *   the handler stays, no SA_IMMUTABLE, so get_signal() calls
 *   ptrace_signal(): SIGSYS's signal-delivery-stop, op NONE (si_code
 *   SYS_SECCOMP is no syscall stop's, ptrace_get_syscall_info_op()), at the
 *   trap the call returns to, with its sp.  The tracer delivers it.
 * - The siginfo: si_signo SIGSYS, si_code SYS_SECCOMP, si_errno the data,
 *   si_call_addr KSTK_EIP() (the pc after the trap), si_arch
 *   syscall_get_arch(), si_syscall the number the filter saw.
 * - The handler returns through rt_sigreturn (its two stops), which
 *   restores the ucontext: the call returns what the rollback left.
 * judge-sigsys.c judges them, with what the handler stored (read at its
 * rt_sigreturn's entry stop). */
#include <signal.h>

#include "action.h"
#include "payloads/sigsys.h"

static void plan_after(struct pr_planner *b, const struct pr_do *d, unsigned i)
{
	(void)d;
	pr_plan_put(b, PR_STOP_SIGNAL, (int)i, b->g->calls[i].sys, false, 0, SIGSYS)->deliver = SIGSYS;
	pr_plan_sigreturn(b, i);
}

/* At the handler's rt_sigreturn entry: what a correct kernel's siginfo and
 * rolled-back registers leave in the handler's record. */
static void synth(const struct pr_synth_ctx *x, const struct pr_do *d, enum pr_synth_phase ph,
		  struct pr_info *info, struct pr_stop *s)
{
	const struct pr_plan_stop *ps = &x->plan[x->k];
	const struct pr_call *c = &x->run->group->calls[ps->call];
	const struct pr_personality *p = x->p;
	struct pr_sigsys *y;

	(void)d, (void)info;
	if (ph != PR_SYNTH_RECORD || ps->kind != PR_STOP_ENTRY || ps->sys != PR_SYS_rt_sigreturn)
		return;
	y = pr_sigsys_make(s);
	y->sigsys_read = true;
	y->sigsys[PR_SIGSYS_HANDLED] = 1;
	y->sigsys[PR_SIGSYS_SIGNO] = (uint64_t)pr_signal(p, SIGSYS);
	y->sigsys[PR_SIGSYS_CODE] = 1; /* SYS_SECCOMP */
	y->sigsys[PR_SIGSYS_ERRNO] = PR_SECCOMP_DATA(c->seccomp);
	y->sigsys[PR_SIGSYS_CALL_ADDR] = x->run->stub_trap;
	y->sigsys[PR_SIGSYS_SYSCALL] = pr_syscall_nr(p, c->sys);
	y->sigsys[PR_SIGSYS_ARCH] = p->audit_arch;
	y->sigsys[PR_SIGSYS_UC_READ] = 1;
	y->sigsys[PR_SIGSYS_UC_NR] = pr_syscall_nr(p, c->sys);
	for (unsigned a = 0; a < 6; a++)
		y->sigsys[PR_SIGSYS_UC_ARGS + a] = pr_arg_value(p, c, (unsigned)ps->call, a, x->run->pid);
}

const struct pr_action pr_action_seccomp_trap = {
	.name = "seccomp-trap",
	.checks = PR_CHECK_SIGSYS,
	.plan_after = plan_after,
	.synth = synth,
};
