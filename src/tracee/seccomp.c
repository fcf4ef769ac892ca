/* The seccomp scenarios' fixture: a classic-BPF filter that returns each
 * filtered call's seccomp (its action | data) for the call's syscall, for the
 * personality's AUDIT_ARCH only, and allows everything else.  Installed last,
 * so that nothing the fixture or the handshake does meets it.
 *
 * A filter that notifies a call (SECCOMP_RET_USER_NOTIF) is installed with
 * seccomp(2)'s SECCOMP_FILTER_FLAG_NEW_LISTENER (Linux 5.0+), its listener
 * moved to PR_FD_LISTENER, where the tracer takes it (pidfd_getfd).  Where
 * the kernel refuses the flag the tracee goes on without a filter and says
 * so at PR_SCRATCH_LISTENER: the errno, which the tracer reads at the
 * notified call's entry stop (src/notify.c: SKIP, with that evidence). */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "tracee/fixture.h"

#define MAX_RULES 16
#ifndef SECCOMP_RET_USER_NOTIF
#define SECCOMP_RET_USER_NOTIF 0x7fc00000U
#endif
#ifndef SECCOMP_FILTER_FLAG_NEW_LISTENER
#define SECCOMP_FILTER_FLAG_NEW_LISTENER (1UL << 3)
#endif

static bool notifies(const struct pr_group *g)
{
	for (unsigned i = 0; i < g->ncalls; i++)
		if (PR_SECCOMP_ACTION(g->calls[i].seccomp) == SECCOMP_RET_USER_NOTIF)
			return true;
	return false;
}

/* The filter with a listener at PR_FD_LISTENER; where the kernel has no
 * listener (EINVAL: no such flag, before 5.0; ENOSYS: no seccomp(2)), none,
 * and the errno left for the tracer.  0, or prints why and returns -1. */
static int install_listening(const struct pr_personality *p, struct sock_fprog *prog)
{
	long fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, prog);
	uint64_t err = fd < 0 ? (uint64_t)errno : 0;

	memcpy((char *)(uintptr_t)p->scratch_addr + PR_SCRATCH_LISTENER, &err, sizeof(err));
	if (fd < 0)
		return err == EINVAL || err == ENOSYS ? 0 : (perror("seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER)"), -1);
	/* dup2 and close are no notified call's (src/scenarios.c). */
	if (fd != PR_FD_LISTENER && (dup2((int)fd, PR_FD_LISTENER) != PR_FD_LISTENER || close((int)fd) != 0)) {
		perror("dup2 of the seccomp listener");
		return -1;
	}
	return 0;
}

int pr_fixture_seccomp(const struct pr_personality *p, const struct pr_group *g)
{
	struct sock_filter f[4 + 2 * MAX_RULES];
	unsigned n = 0, rules = 0;

	for (unsigned i = 0; i < g->ncalls; i++)
		rules += g->calls[i].seccomp != 0;
	if (!rules)
		return 0;
	if (rules > MAX_RULES) {
		fprintf(stderr, "too many seccomp rules\n");
		return -1;
	}
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, p->audit_arch, 0, 2 * rules + 1);
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	for (unsigned i = 0; i < g->ncalls; i++) {
		const struct pr_call *c = &g->calls[i];

		if (!c->seccomp)
			continue;
		f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
						      (uint32_t)pr_syscall_nr(p, c->sys), 0, 1);
		f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
						      c->seccomp);
	}
	f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);

	struct sock_fprog prog = { .len = (unsigned short)n, .filter = f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
		perror("PR_SET_NO_NEW_PRIVS");
		return -1;
	}
	if (notifies(g))
		return install_listening(p, &prog);
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) != 0) {
		perror("PR_SET_SECCOMP");
		return -1;
	}
	return 0;
}
