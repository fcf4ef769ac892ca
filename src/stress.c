/* --stress: the selected groups of every target this host traces, over and
 * over for a given time, N at once, each round in a seeded random order
 * (the seed printed; --seed replays the order).  Every run is judged as a
 * normal run's (src/verdict.h: a known bug on a kernel without its fix is no
 * failure), so a wait status the plan does not allow, a hang (the group's
 * timeout) or a wrong report fails the stress.  The runner is the subreaper
 * of all it starts, so after the last round any process of its still alive
 * (a tracee or a tracee's child that outlived its run) is found, killed and
 * counted: one is a failure.  Prints KTAP: one result, with the operations
 * (groups traced) and stops per second, and how many times each of the
 * calls' actions (src/actions/: kills, detaches, interrupts...) ran. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "action.h"
#include "group-jobs.h"
#include "judge.h"
#include "probe.h"
#include "runner.h"
#include "stress.h"
#include "stress-kill.h"
#include "targets.h"
#include "verdict.h"
#include "wait.h"

#define FAILURES_SHOWN 10

struct stress {
	const struct pr_options *o;
	unsigned long groups, stops, failures;
	unsigned long actions[PR_ACTION_COUNT];
	unsigned long random_kills;
	char failed[FAILURES_SHOWN][PR_NAME_MAX + PR_REASON_MAX + 160];
	char first_diag[PR_DIAG_MAX]; /* the first failure's whole diagnostic */
	const struct pr_run *run;   /* the run being judged */
	const struct pr_launch *round; /* this round's launches, in done()'s order */
	unsigned next;
};

/* xorshift64*: the order must be the same for a seed on every libc. */
static uint64_t next_random(uint64_t *state)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return *state * UINT64_C(2685821657736338717);
}

static void shuffle(struct pr_launch *l, unsigned n, uint64_t *state)
{
	for (unsigned i = n; i > 1; i--) {
		unsigned k = (unsigned)(next_random(state) % i);
		struct pr_launch t = l[i - 1];

		l[i - 1] = l[k];
		l[k] = t;
	}
}

/* A failed check's diagnostic lines begin with its context (arch, kernel,
 * personality, path): the first line after it says what was wrong. */
static const char *first_finding(const char *diag)
{
	const char *nl = strchr(diag, '\n');

	return nl && nl[1] ? nl + 1 : diag;
}

/* Is g a group --stress derived with a kill at a random stop? */
static bool killed(const struct pr_group *g)
{
	return g != pr_group_find(g->name);
}

static void judged(void *ctx, const struct pr_result *r)
{
	struct stress *st = ctx;
	struct pr_final f;

	if (r->verdict == PR_PASS || r->verdict == PR_SKIP)
		return;
	pr_final_verdict(st->run->pers, st->run->group, st->run, r, st->o->strict, &f);
	if (f.verdict == PR_XFAIL)
		return;
	if (!st->failures)
		snprintf(st->first_diag, sizeof(st->first_diag), "%s", r->diag);
	if (st->failures < FAILURES_SHOWN)
		snprintf(st->failed[st->failures], sizeof(st->failed[0]), "%s/%s.%s.%s%s%s%s: %.*s",
			 st->run->pers->name, st->run->path, st->run->group->name, r->name,
			 killed(st->run->group) ? " (" : "", killed(st->run->group) ? st->run->group->summary : "",
			 killed(st->run->group) ? ")" : "", (int)strcspn(first_finding(r->diag), "\n"),
			 first_finding(r->diag));
	st->failures++;
}

static void done(void *ctx, struct pr_run *run)
{
	struct stress *st = ctx;
	/* A worker's run comes back through its recording, which names the
	 * group: the launch says which (a group killed at random: the same name). */
	const struct pr_group *g = run->group = st->round[st->next++].group;

	st->groups++;
	st->stops += run->nstops;
	st->random_kills += killed(g);
	for (unsigned i = 0; i < g->ncalls; i++)
		for (unsigned d = 0; d < PR_DOES_MAX && g->calls[i].does[d].id; d++)
			st->actions[g->calls[i].does[d].id]++;
	st->run = run;
	pr_judge(run->pers, g, run, judged, st);
}

/* Half the launches of a round, chosen at random, trace their group killed
 * at a random stop instead (stress-kill.c); the others their group as it is. */
static void kill_at_random(struct pr_launch *l, unsigned n, struct pr_stress_kill *kills, uint64_t *state)
{
	/* Every launch back to its group first: one that points into kills[]
	 * from the last round must be read before this round writes there. */
	for (unsigned i = 0; i < n; i++)
		l[i].group = pr_group_find(l[i].group->name);
	for (unsigned i = 0; i < n; i++) {
		uint64_t r = next_random(state);

		if (r & 1 && pr_stress_kill_make(l[i].group, r >> 1, &kills[i]))
			l[i].group = &kills[i].group;
	}
}

/* Every group of every target this host traces that --only selects.  A
 * target the host lacks the support for is left out, saying so; one whose
 * path fails its probe is a failure, as in a normal run. */
static unsigned launches(const struct pr_options *o, struct pr_launch *l, char tracees[][PATH_MAX],
			 struct stress *st)
{
	struct pr_target t[PR_MAX_TARGETS];
	unsigned nt = pr_host_targets(t, PR_MAX_TARGETS), n = 0;
	char why[PATH_MAX + 200];

	for (unsigned i = 0; i < nt; i++) {
		if (!pr_selected_groups(o->only, &t[i]))
			continue;
		switch (pr_target_probe(o, &t[i], tracees[i], PATH_MAX, why, sizeof(why))) {
		case PR_PROBE_OK: break;
		case PR_PROBE_SKIP: printf("# %s: not traced: %s\n", t[i].name, why); continue;
		default:
			if (st->failures < FAILURES_SHOWN)
				snprintf(st->failed[st->failures], sizeof(st->failed[0]), "%s: %.200s", t[i].name, why);
			st->failures++;
			continue;
		}
		n += pr_target_launches(o, &t[i], tracees[i], l + n);
	}
	return n;
}

/* Our children now (orphans come to us, the subreaper), the dead reaped. */
static unsigned children_alive(bool kill_them)
{
	unsigned alive = 0;
	DIR *d;
	struct dirent *e;

	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	if (!(d = opendir("/proc")))
		return 0;
	while ((e = readdir(d))) {
		char path[300], buf[512], *end;
		FILE *f;
		int ppid;

		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		if (!(f = fopen(path, "r")))
			continue;
		end = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL; /* after the comm */
		fclose(f);
		if (!end || sscanf(end + 2, "%*c %d", &ppid) != 1 || ppid != getpid())
			continue;
		alive++;
		if (kill_them)
			kill(atoi(e->d_name), SIGKILL);
	}
	closedir(d);
	return alive;
}

/* What outlived its run: alive after a grace for a dying process's last
 * steps, then killed (and reaped) and counted. */
static unsigned left_behind(void)
{
	double until = pr_now() + 2;
	unsigned killed;

	while (children_alive(false) && pr_now() < until)
		usleep(20000);
	killed = children_alive(true);
	for (until = pr_now() + 2; killed && children_alive(false) && pr_now() < until;)
		usleep(20000);
	return killed;
}

int pr_stress(const struct pr_options *o, unsigned seconds, unsigned long long seed)
{
	struct pr_launch *l = calloc(PR_MAX_TARGETS * pr_ngroups, sizeof(*l));
	struct pr_stress_kill *kills = calloc(PR_MAX_TARGETS * pr_ngroups, sizeof(*kills));
	static char tracees[PR_MAX_TARGETS][PATH_MAX];
	struct stress st = { .o = o };
	unsigned n, rounds = 0, leftovers;
	uint64_t state = seed ? seed : 1;
	unsigned slice = 8 * (o->jobs ? o->jobs : 1);
	double start = pr_now(), took;

	prctl(PR_SET_CHILD_SUBREAPER, 1);
	printf("KTAP version 1\n1..1\n# stress: %u seconds, %u jobs, seed %llu\n", seconds, o->jobs ? o->jobs : 1,
	       seed);
	if (!l || !kills) {
		free(l);
		free(kills);
		printf("not ok 1 stress # out of memory\n");
		return PR_EXIT_ERROR;
	}
	n = launches(o, l, tracees, &st);
	if (!n && !st.failures) {
		free(l);
		free(kills);
		printf("ok 1 stress # SKIP no group this host traces is selected\n");
		return PR_EXIT_SKIP;
	}
	while (n && pr_now() - start < seconds) {
		shuffle(l, n, &state);
		kill_at_random(l, n, kills, &state);
		if (++rounds <= 3) { /* what --seed replays */
			printf("# round %u: %u groups, first %s/%s.%s\n", rounds, n, l[0].pers->name, l[0].path,
			       l[0].group->name);
			fflush(stdout);
		}
		/* A round in slices, the time looked at after each: a slow
		 * (debug, emulated) kernel ends within a slice of its time,
		 * not a whole round late. */
		for (unsigned off = 0; off < n && pr_now() - start < seconds; off += slice) {
			unsigned count = n - off < slice ? n - off : slice;

			st.round = l + off;
			st.next = 0;
			pr_trace_groups(l + off, count, o->jobs, done, &st);
		}
	}
	took = pr_now() - start;
	free(l);
	free(kills);
	leftovers = left_behind();
	printf("# %u rounds, %lu groups (operations) and %lu stops in %.1f s: %.1f operations/s, %.1f stops/s\n",
	       rounds, st.groups, st.stops, took, took > 0 ? st.groups / took : 0, took > 0 ? st.stops / took : 0);
	for (unsigned a = 1; a < PR_ACTION_COUNT; a++)
		if (st.actions[a])
			printf("# action %s: %lu\n", pr_actions[a]->name, st.actions[a]);
	printf("# of the kills, at a random stop of a group: %lu\n", st.random_kills);
	for (unsigned f = 0; f < st.failures && f < FAILURES_SHOWN; f++)
		printf("# failed: %s\n", st.failed[f]);
	for (const char *line = st.first_diag; *line;) { /* the first in full */
		int len = (int)strcspn(line, "\n");

		printf("# first failure: %.*s\n", len, line);
		line += len + (line[len] == '\n');
	}
	if (leftovers)
		printf("# %u processes of ours outlived their runs (killed)\n", leftovers);
	if (st.failures || leftovers) {
		printf("not ok 1 stress # %lu failed checks, %u processes left behind\n", st.failures, leftovers);
		return PR_EXIT_FAIL;
	}
	printf("ok 1 stress\n");
	return PR_EXIT_PASS;
}
