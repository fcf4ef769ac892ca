/* ptrace-regress-tracee-<personality> GROUP PATH WORKDIR
 * ptrace-regress-tracee-<personality> --probe [PATH]
 *
 * A path may speak another personality's ABI (x86_64's int $0x80 speaks
 * i386): the personality whose numbers and widths the tracee uses is the
 * path's.  --probe PATH makes one getpid() through the path and exits 0 if
 * it returned the pid (a kernel refusing the path kills the probe); a path
 * that knows it cannot work here prints why and exits PR_PROBE_UNAVAILABLE.
 *
 * Runs one scenario group through one syscall path, for the tracer.  After
 * the fixture it announces itself on fd 3 ("ptrace-regress-tracee 2
 * <personality> <stub begin> <stub end> <after the trap, 0 if unmarked>
 * <where the stub stores its sp, 0 if it does not>"), stops itself with SIGSTOP, and from
 * then on makes syscalls only through the stub, so the tracer sees exactly the
 * table's stops and nothing from libc. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "personality.h"
#include "scenario.h"
#include "tracee/fixture.h"
#include "probe.h"
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

static const struct pr_personality *path_personality(const struct pr_path *path)
{
	return pr_personality_find(path && path->personality ? path->personality : pr_tracee_personality);
}

/* Exit 0 if a getpid() through the path works, PR_PROBE_UNAVAILABLE with the
 * reason on stdout if the path says the CPU or kernel lacks what it needs. */
static int probe(const char *name)
{
	const struct pr_path *path = find_path(name);
	const struct pr_personality *pers = path_personality(path);
	const char *why = path && path->unavailable ? path->unavailable() : NULL;
	long a[6] = { 0 };

	if (!path || !pers)
		return 1;
	if (why) {
		printf("%s\n", why);
		return PR_PROBE_UNAVAILABLE;
	}
	return call(path, pers, PR_SYS_getpid, a) == (long)getpid() ? 0 : 1;
}

/* Where the path's stops have their instruction pointer. */
static void path_range(const struct pr_path *path, const char **begin, const char **end)
{
	*begin = path->begin;
	*end = path->end;
	if (path->range)
		path->range(begin, end);
}

unsigned long pr_stub_sp;

int main(int argc, char **argv)
{
	const struct pr_group *group = argc == 4 ? pr_group_find(argv[1]) : NULL;
	const struct pr_path *path = argc == 4 ? find_path(argv[2]) : NULL;
	const struct pr_personality *pers = path_personality(path);
	const char *begin, *end;
	long a[6] = { 0 };
	long pid, last = 0;

	if (argc >= 2 && strcmp(argv[1], "--probe") == 0) /* does this program (path) run here? */
		return argc == 3 ? probe(argv[2]) : pers ? 0 : 1;
	if (!pers || !group || !path) {
		fprintf(stderr, "usage: %s GROUP PATH WORKDIR (run by ptrace-regress)\n", argv[0]);
		return 2;
	}
	if (pr_fixture_setup(pers, group, argv[3]) != 0)
		return 3;
	path_range(path, &begin, &end);
	if (dprintf(HANDSHAKE_FD, "ptrace-regress-tracee 2 %s %lx %lx %lx %lx\n", pers->name,
		    (unsigned long)begin, (unsigned long)end,
		    path->range ? 0UL : (unsigned long)path->trap,
		    path->range || !path->trap ? 0UL : (unsigned long)&pr_stub_sp) < 0)
		return 3;
	close(HANDSHAKE_FD);
	/* Last, as nothing libc does may meet the filter (dprintf seeks). */
	if (pr_fixture_seccomp(pers, group) != 0)
		return 3;

	pid = call(path, pers, PR_SYS_getpid, a);
	a[0] = pid;
	a[1] = SIGSTOP;
	call(path, pers, PR_SYS_kill, a);

	for (unsigned i = 0; i < group->ncalls; i++) {
		const struct pr_call *c = &group->calls[i];

		/* The previous result goes on at the path's word size, as a program
		 * of that personality would pass it (int $0x80 from 64-bit code
		 * would otherwise carry a sign-extended upper half). */
		for (unsigned k = 0; k < 6; k++)
			a[k] = c->args[k].kind == PR_ARG_LAST ? (long)((uint64_t)last & pr_word_mask(pers))
							      : (long)pr_arg_value(pers, c, i, k, pid);
		last = call(path, pers, c->sys, a);
	}
	memset(a, 0, sizeof(a));
	call(path, pers, PR_SYS_exit_group, a);
	return 0;
}
