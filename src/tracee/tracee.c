/* ptrace-regress-tracee-<personality> GROUP PATH WORKDIR
 * ptrace-regress-tracee-<personality> --probe [PATH]
 * ptrace-regress-tracee-<personality> --exec-exit   (exits PR_EXEC_STATUS)
 * ptrace-regress-tracee-<personality> --fork-server (src/tracee/fork-server.c)
 *
 * A path may speak another personality's ABI (x86_64's int $0x80 speaks
 * i386): the personality whose numbers and widths the tracee uses is the
 * path's.  --probe PATH makes one getpid() through the path and exits 0 if
 * it returned the pid (a kernel refusing the path kills the probe); a path
 * that knows it cannot work here prints why and exits PR_PROBE_UNAVAILABLE.
 *
 * Runs one scenario group through one syscall path, for the tracer.  After
 * the fixture it announces itself on fd 3 ("ptrace-regress-tracee 3
 * <personality> <stub begin> <stub end> <after the trap, 0 if unmarked>
 * <where the stub stores its sp, 0 if it does not> <the worker thread's tid,
 * 0 if none>"), stops itself with SIGSTOP (tgkill), and from
 * then on makes syscalls only through the stub, so the tracer sees exactly the
 * table's stops and nothing from libc. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "personality.h"
#include "scenario.h"
#include "tracee/fixture.h"
#include "probe.h"
#include "launch-proto.h"
#include "tracee/calls.h"
#include "tracee/fork-server.h"
#include "tracee/paths.h"
#include "tracee/worker.h"

/* Exit 0 if a getpid() through the path works, PR_PROBE_UNAVAILABLE with the
 * reason on stdout if the path says the CPU or kernel lacks what it needs. */
static int probe(const char *name)
{
	const struct pr_path *path = pr_tracee_find_path(name);
	const struct pr_personality *pers = pr_tracee_path_personality(path);
	const char *why = path && path->unavailable ? path->unavailable() : NULL;
	pr_word a[6] = { 0 };

	if (!path || !pers)
		return 1;
	if (why) {
		printf("%s\n", why);
		return PR_PROBE_UNAVAILABLE;
	}
	return pr_tracee_syscall(path, pers, PR_SYS_getpid, a) == (pr_word)getpid() ? 0 : 1;
}

/* Where the path's stops have their instruction pointer. */
static void path_range(const struct pr_path *path, const char **begin, const char **end)
{
	*begin = path->begin;
	*end = path->end;
	if (path->range)
		path->range(begin, end);
}

pr_uword pr_stub_sp;

/* One group through one path, its fixture in workdir: the tracee's life
 * after its launch (an exec, or a fork by the fork server). */
static int run_group(const char *group_name, const char *path_name, const char *workdir)
{
	const struct pr_group *group = pr_group_find(group_name);
	const struct pr_path *path = pr_tracee_find_path(path_name);
	const struct pr_personality *pers = pr_tracee_path_personality(path);
	struct pr_tracee_run run = { group, path, pers, 0, 0 };
	const char *begin, *end;
	pr_word a[6] = { 0 }, last = 0;
	long worker = 0;

	if (!pers || !group || !path) {
		fprintf(stderr, "ptrace-regress-tracee: no group %s or path %s here\n", group_name, path_name);
		return 2;
	}
	if (pr_fixture_setup(pers, group, workdir) != 0)
		return 3;
	run.pid = run.tid = getpid();
	if (group->threads && (worker = pr_worker_start(&run)) < 0)
		return 3;
	path_range(path, &begin, &end);
	if (dprintf(PR_FD_HANDSHAKE, "ptrace-regress-tracee 3 %s %lx %lx %lx %lx %lx\n", pers->name,
		    (unsigned long)begin, (unsigned long)end,
		    path->range ? 0UL : (unsigned long)path->trap,
		    path->range || !path->trap ? 0UL : (unsigned long)&pr_stub_sp, (unsigned long)worker) < 0)
		return 3;
	close(PR_FD_HANDSHAKE);
	/* Last, as nothing libc does may meet the filter (dprintf seeks). */
	if (pr_fixture_seccomp(pers, group) != 0)
		return 3;

	/* The SIGSTOP: to this thread alone where there is a worker, which
	 * must not take it. */
	a[0] = a[1] = run.pid;
	a[2] = SIGSTOP;
	pr_tracee_syscall(path, pers, PR_SYS_tgkill, a);

	for (unsigned i = 0; i < group->ncalls; i++)
		if (!pr_call_does(&group->calls[i], PR_ACTION_WORKER))
			last = pr_tracee_call(&run, i, last);
	memset(a, 0, sizeof(a));
	pr_tracee_syscall(path, pers, PR_SYS_exit_group, a);
	return 0;
}

int main(int argc, char **argv)
{
	/* The image a worker's execve runs (PR_ARG_ARGV): it only exits. */
	if (argc == 2 && strcmp(argv[1], PR_EXEC_ARG) == 0)
		return PR_EXEC_STATUS;
	if (argc == 2 && strcmp(argv[1], PR_FORK_SERVER_ARG) == 0)
		return pr_tracee_fork_server(run_group);
	if (argc >= 2 && strcmp(argv[1], "--probe") == 0) /* does this program (path) run here? */
		return argc == 3 ? probe(argv[2]) : argc == 4 && pr_tracee_path_personality(pr_tracee_find_path(argv[2])) ? 0 : 1;
	if (argc != 4) {
		fprintf(stderr, "usage: %s GROUP PATH WORKDIR (run by ptrace-regress)\n", argv[0]);
		return 2;
	}
	return run_group(argv[1], argv[2], argv[3]);
}
