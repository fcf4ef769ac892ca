/* The sigreturn scenarios' fixture: an SA_SIGINFO handler per raised signal
 * (sa_mask PR_SIGRETURN_SA_MASK, SA_ONSTACK for altstack calls), the
 * sigaltstack in the scratch area, then the blocked set PR_SIGRETURN_BLOCKED.
 * The handler makes no syscall: it returns through libc's restorer, whose
 * rt_sigreturn is the only stop it adds (the plan expects it).  The signals
 * the tracer interrupts calls with get the same handler, SA_RESTART as the
 * row says. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "tracee/fixture.h"

static volatile sig_atomic_t handled;

static void on_signal(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	handled = sig;
}

static void to_sigset(uint64_t bits, sigset_t *set)
{
	sigemptyset(set);
	for (int sig = 1; sig <= 64; sig++)
		if (bits & PR_SIGBIT(sig))
			sigaddset(set, sig);
}

int pr_fixture_signals(const struct pr_personality *p, const struct pr_group *g)
{
	bool raises = false;
	sigset_t blocked;

	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_interrupt *in = pr_call_interrupt(&g->calls[i]);
		const struct pr_raise *r = pr_call_raise(&g->calls[i]);
		struct sigaction sa = { .sa_sigaction = on_signal };

		if (in && in->sig && in->handler != PR_SUPPRESSED) {
			/* A call the tracer interrupts: a plain handler, with or
			 * without SA_RESTART, and no mask of its own. */
			sa.sa_flags = SA_SIGINFO | (in->handler == PR_HANDLER_SA_RESTART ? SA_RESTART : 0);
			if (sigaction(in->sig, &sa, NULL) != 0) {
				perror("sigaction");
				return -1;
			}
			continue;
		}
		if (!r || r->how == PR_RAISE_UNHANDLED)
			continue;
		raises = true;
		sa.sa_flags = SA_SIGINFO | (r->how == PR_RAISE_ALTSTACK ? SA_ONSTACK : 0);
		to_sigset(PR_SIGRETURN_SA_MASK, &sa.sa_mask);
		if (sigaction(r->sig, &sa, NULL) != 0) {
			perror("sigaction");
			return -1;
		}
		if (r->how == PR_RAISE_ALTSTACK) {
			stack_t ss = { .ss_sp = (void *)(uintptr_t)(p->scratch_addr + PR_SCRATCH_ALTSTACK),
				       .ss_size = PR_SCRATCH_ALTSTACK_SIZE };

			if (sigaltstack(&ss, NULL) != 0) {
				perror("sigaltstack");
				return -1;
			}
		}
	}
	/* Children's SIGCHLD would be signal-delivery-stops at unplanned
	 * moments (a tracee is told even of signals it ignores): blocked, it
	 * stays pending, and wait4 does not need it. */
	sigemptyset(&blocked);
	sigaddset(&blocked, SIGCHLD);
	if (g->events && sigprocmask(SIG_BLOCK, &blocked, NULL) != 0) {
		perror("sigprocmask");
		return -1;
	}
	to_sigset(PR_SIGRETURN_BLOCKED, &blocked);
	if (raises && sigprocmask(SIG_SETMASK, &blocked, NULL) != 0) {
		perror("sigprocmask");
		return -1;
	}
	return 0;
}
