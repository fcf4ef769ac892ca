/* ptrace-regress-tracee-<personality> GROUP PATH WORKDIR
 *
 * Runs one scenario group through one syscall path, for the tracer.  After
 * the fixture it announces itself on fd 3 ("ptrace-regress-tracee 1
 * <personality> <stub begin> <stub end>"), stops itself with SIGSTOP, and from
 * then on makes syscalls only through the stub, so the tracer sees exactly the
 * table's stops and nothing from libc. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "personality.h"
#include "scenario.h"
#include "tracee/fixture.h"
#include "tracee/paths.h"

#define HANDSHAKE_FD 3

static const struct pr_path *find_path(const char *name)
{
	for (const struct pr_path *p = pr_tracee_paths; p->name; p++)
		if (strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

static long call(const struct pr_path *path, const struct pr_personality *p,
		 enum pr_sys sys, const long a[6])
{
	return path->call((long)pr_syscall_nr(p, sys), a[0], a[1], a[2], a[3], a[4], a[5]);
}

int main(int argc, char **argv)
{
	const struct pr_personality *pers = pr_personality_find(pr_tracee_personality);
	const struct pr_group *group = argc == 4 ? pr_group_find(argv[1]) : NULL;
	const struct pr_path *path = argc == 4 ? find_path(argv[2]) : NULL;
	long a[6] = { 0 };
	long pid;

	if (argc == 2 && strcmp(argv[1], "--probe") == 0)
		return pers ? 0 : 1; /* the runner checking that this program runs here */
	if (!pers || !group || !path) {
		fprintf(stderr, "usage: %s GROUP PATH WORKDIR (run by ptrace-regress)\n", argv[0]);
		return 2;
	}
	if (pr_fixture_setup(pers, group, argv[3]) != 0)
		return 3;
	if (dprintf(HANDSHAKE_FD, "ptrace-regress-tracee 1 %s %lx %lx\n", pers->name,
		    (unsigned long)path->begin, (unsigned long)path->end) < 0)
		return 3;
	close(HANDSHAKE_FD);

	pid = call(path, pers, PR_SYS_getpid, a);
	a[0] = pid;
	a[1] = SIGSTOP;
	call(path, pers, PR_SYS_kill, a);

	for (unsigned i = 0; i < group->ncalls; i++) {
		const struct pr_call *c = &group->calls[i];

		for (unsigned k = 0; k < 6; k++)
			a[k] = (long)pr_arg_value(pers, c, i, k, pid);
		call(path, pers, c->sys, a);
	}
	memset(a, 0, sizeof(a));
	call(path, pers, PR_SYS_exit_group, a);
	return 0;
}
