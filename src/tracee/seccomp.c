/* The seccomp scenarios' fixture: a classic-BPF filter that returns each
 * filtered call's seccomp (its action | data) for the call's syscall, for the
 * personality's AUDIT_ARCH only, and allows everything else.  Installed last,
 * so that nothing the fixture or the handshake does meets it. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "tracee/fixture.h"

#define MAX_RULES 16

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
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) != 0) {
		perror("PR_SET_SECCOMP");
		return -1;
	}
	return 0;
}
