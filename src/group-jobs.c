/* Several groups traced at once (group-jobs.h).  A worker writes its runs to
 * a temporary file with the recording writer, and the runner reads it back
 * with the recording reader: the runs judged are the runs a replay of the
 * whole run's recording judges, which `--replay-check` compares byte for
 * byte, so no run's meaning can change on the way. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fork-servers.h"
#include "group-jobs.h"
#include "payload.h"
#include "recording.h"
#include "wait.h"

/* A worker that outlives its groups' own timeouts by this much is killed. */
#define WORKER_GRACE 5

/* A worker traces every jobs-th launch from its first (round robin: the
 * heavy groups are spread), all in one process, so a target costs `jobs`
 * forks of the runner, not one per group: under TCG a fork is milliseconds. */
struct worker {
	pid_t pid;        /* 0: not started or reaped */
	FILE *out;        /* its runs, as one recording */
	int status;       /* its wait status */
	unsigned first, count;
	struct pr_recording rec;
	char why[128];    /* not empty: no runs to read, and why */
};

/* The CPUs, and at least two: groups sleep (restart's nanosleep rows, 200 ms
 * each, scenarios.c), and on one CPU, as in every VM, a second worker traces
 * meanwhile.  Measured in an x86_64 TCG guest (7.3.4, 2026-12-05): the x86_64
 * runner took 8.3 s one by one, 6.8 s two at a time. */
unsigned pr_default_jobs(void)
{
	cpu_set_t s;

	if (sched_getaffinity(0, sizeof(s), &s) != 0 || CPU_COUNT(&s) < 2)
		return 2;
	return (unsigned)CPU_COUNT(&s);
}

static void sequential(const struct pr_launch *launches, unsigned n, pr_group_done *done, void *ctx)
{
	for (unsigned i = 0; i < n; i++) {
		struct pr_run run;

		pr_trace_group(&launches[i], &run);
		done(ctx, &run);
		pr_run_free(&run);
	}
	pr_fork_servers_end();
}

/* In the worker: trace its launches, write the runs, and leave without
 * flushing what the parent had buffered (its KTAP and recording are the
 * parent's to write). */
static void __attribute__((noreturn)) work(const struct pr_launch *launches, unsigned n, unsigned step,
					   const struct worker *w)
{
	/* The runner gone (killed), its workers and their tracees go too. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	pr_rec_write_header(w->out, "ptrace-regress worker", NULL);
	for (unsigned i = w->first; i < n; i += step) {
		struct pr_run run;

		pr_trace_group(&launches[i], &run);
		pr_rec_write_run(w->out, &run);
		pr_run_free(&run);
	}
	pr_fork_servers_end();
	pr_rec_write_trailer(w->out, w->count);
	_exit(ferror(w->out) || fflush(w->out) != 0 ? 1 : 0);
}

static void start(const struct pr_launch *launches, unsigned n, unsigned step, struct worker *w)
{
	w->out = tmpfile();
	if (!w->out) {
		snprintf(w->why, sizeof(w->why), "could not be started: tmpfile: %s", strerror(errno));
		return;
	}
	fflush(NULL);
	w->pid = fork();
	if (w->pid == 0)
		work(launches, n, step, w);
	if (w->pid < 0) {
		snprintf(w->why, sizeof(w->why), "could not be started: fork: %s", strerror(errno));
		w->pid = 0;
	}
}

/* Wait for every worker; one still running past its groups' timeouts and
 * the grace is killed (and says so). */
static void reap_all(struct worker *w, unsigned nw, unsigned timeout)
{
	double began = pr_now();

	for (;;) {
		struct worker *late = NULL;
		int status;
		pid_t got;

		for (unsigned i = 0; i < nw; i++)
			if (w[i].pid && (!late || w[i].count > late->count))
				late = &w[i];
		if (!late)
			return;
		got = pr_wait_until(-1, &status, began + (double)late->count * timeout + WORKER_GRACE);
		if (got == 0) {
			kill(late->pid, SIGKILL);
			snprintf(late->why, sizeof(late->why), "did not end within %u s",
				 late->count * timeout + WORKER_GRACE);
			continue; /* reaped on the next round */
		}
		if (got < 0)
			return;
		for (unsigned i = 0; i < nw; i++)
			if (w[i].pid == got) {
				w[i].pid = 0;
				w[i].status = status;
			}
	}
}

/* A worker's runs, read back; or why there are none. */
static void read_back(struct worker *w)
{
	char err[200] = "";

	if (!w->why[0] && !(WIFEXITED(w->status) && WEXITSTATUS(w->status) == 0))
		snprintf(w->why, sizeof(w->why), "ended with wait status 0x%x", (unsigned)w->status);
	if (!w->why[0]) {
		rewind(w->out);
		if (pr_rec_read(w->out, "worker", &w->rec, err, sizeof(err)) != 0)
			snprintf(w->why, sizeof(w->why), "handed back no runs: %.60s", err);
		else if (w->rec.nentries != w->count)
			snprintf(w->why, sizeof(w->why), "handed back %u runs, not %u", w->rec.nentries, w->count);
	}
	if (w->out)
		fclose(w->out);
}

void pr_trace_groups(const struct pr_launch *launches, unsigned n, unsigned jobs,
		     pr_group_done *done, void *ctx)
{
	unsigned nw = jobs < n ? jobs : n;
	struct worker *w;

	if (nw <= 1 || !(w = calloc(nw, sizeof(*w)))) {
		sequential(launches, n, done, ctx);
		return;
	}
	for (unsigned i = 0; i < nw; i++) {
		w[i].first = i;
		w[i].count = (n - i + nw - 1) / nw;
		start(launches, n, nw, &w[i]);
	}
	reap_all(w, nw, launches[0].timeout);
	for (unsigned i = 0; i < nw; i++)
		read_back(&w[i]);
	for (unsigned k = 0; k < n; k++) {
		struct worker *from = &w[k % nw];

		if (from->why[0]) {
			struct pr_run run;

			pr_run_init(&launches[k], &run);
			pr_run_set_end(&run, PR_END_TRACER, 0, "the worker process tracing this group %s",
				       from->why);
			done(ctx, &run);
		} else {
			done(ctx, &from->rec.entries[k / nw].run);
		}
	}
	for (unsigned i = 0; i < nw; i++)
		pr_rec_free(&w[i].rec);
	free(w);
}
