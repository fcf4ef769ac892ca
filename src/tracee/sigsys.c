/* SECCOMP_RET_TRAP's fixture: a SIGSYS SA_SIGINFO handler that stores what
 * it got, the siginfo's seccomp fields (force_sig_seccomp(),
 * kernel/signal.c) and the ucontext's syscall registers as the arch's hook
 * reads them, at PR_SCRATCH_SIGSYS in 8-byte words (PR_SIGSYS_*), where
 * the tracer reads them at the handler's rt_sigreturn.  It makes no
 * syscall: its rt_sigreturn is the only stop it adds. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <linux/seccomp.h>

#include "tracee/sigsys.h"

static uint64_t *record;

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	uint64_t w[PR_SIGSYS_WORDS] = { 0 };

	w[PR_SIGSYS_SIGNO] = (uint64_t)(int64_t)sig;
	w[PR_SIGSYS_CODE] = (uint64_t)(int64_t)si->si_code;
	w[PR_SIGSYS_ERRNO] = (uint64_t)(int64_t)si->si_errno;
	w[PR_SIGSYS_CALL_ADDR] = (uint64_t)(uintptr_t)si->si_call_addr;
	w[PR_SIGSYS_SYSCALL] = (uint64_t)(int64_t)si->si_syscall;
	w[PR_SIGSYS_ARCH] = (uint32_t)si->si_arch;
	w[PR_SIGSYS_UC_READ] = pr_tracee_uc_syscall(uc, &w[PR_SIGSYS_UC_NR], &w[PR_SIGSYS_UC_ARGS]);
	w[PR_SIGSYS_HANDLED] = 1;
	memcpy(record, w, sizeof(w));
}

int pr_fixture_sigsys(const struct pr_personality *p, const struct pr_group *g)
{
	struct sigaction sa = { .sa_sigaction = on_sigsys, .sa_flags = SA_SIGINFO };

	for (unsigned i = 0; i < g->ncalls; i++)
		if (PR_SECCOMP_ACTION(g->calls[i].seccomp) == SECCOMP_RET_TRAP) {
			record = (uint64_t *)(uintptr_t)(p->scratch_addr + PR_SCRATCH_SIGSYS);
			if (sigaction(SIGSYS, &sa, NULL) != 0) {
				perror("sigaction SIGSYS");
				return -1;
			}
			return 0;
		}
	return 0;
}
