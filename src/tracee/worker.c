#define _GNU_SOURCE /* gettid */
/* A threads group's second thread.  Made in the fixture, untraced: it
 * publishes its tid, blocks every signal but SIGTRAP (so the process's own
 * signals go to the leader), and waits in a plain read of PR_FD_GO_R.  The
 * tracer attaches it (PTRACE_SEIZE) at the leader's SIGSTOP; the leader's
 * "go" row wakes it, and it makes the worker rows in order, the last one its
 * exit. */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "tracee/calls.h"
#include "tracee/worker.h"

static struct pr_tracee_run worker_run;
static volatile long worker_tid;

static void *worker(void *arg)
{
	sigset_t all;
	char byte;
	pr_word last = 0;

	(void)arg;
	sigfillset(&all);
	sigdelset(&all, SIGTRAP);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	worker_run.tid = gettid();
	worker_tid = worker_run.tid;
	if (read(PR_FD_GO_R, &byte, 1) != 1)
		return NULL;
	for (unsigned i = 0; i < worker_run.group->ncalls; i++)
		if (pr_call_does(&worker_run.group->calls[i], PR_ACTION_WORKER))
			last = pr_tracee_call(&worker_run, i, last);
	return NULL;
}

long pr_worker_start(const struct pr_tracee_run *leader)
{
	pthread_t t;

	worker_run = *leader;
	if (pthread_create(&t, NULL, worker, NULL) != 0) {
		perror("pthread_create");
		return -1;
	}
	while (!worker_tid)
		sched_yield();
	return worker_tid;
}
