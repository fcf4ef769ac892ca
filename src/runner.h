/* The runner: every selected group of every personality this host can trace,
 * traced live and judged, printed as KTAP. */
#ifndef PR_RUNNER_H
#define PR_RUNNER_H

#include <stdbool.h>
#include <stdio.h>

#include "report.h"

struct pr_options {
	const char *only;        /* glob over check ids, NULL for all */
	unsigned timeout;        /* seconds per group */
	const char *tracee_dir;  /* where the tracee programs are, NULL: next to us */
	FILE *record;            /* --record: write every run here, NULL: don't */
	const char *tool;        /* name and version, for the recording's header */
	unsigned repeat;         /* run everything this many times (soak), 0 as 1 */
	unsigned jobs;           /* groups traced at once (group-jobs.h), 0 as 1 */
	bool strict;             /* --strict: known bugs fail their checks */
	bool launch_by_exec;     /* --launch-by-exec: no fork servers */
};

/* Print the id of every selected check, one a line, to out (NULL: only
 * count); returns how many. */
unsigned pr_list_checks(const struct pr_options *o, FILE *out);
/* Run and print KTAP; returns the exit status. */
int pr_run_checks(const struct pr_options *o);

struct pr_target;
/* Can target t be traced here?  Its tracee program's file into tracee, and
 * where not (PR_PROBE_SKIP with the evidence, PR_PROBE_FAIL), why. */
int pr_target_probe(const struct pr_options *o, const struct pr_target *t, char *tracee, size_t tlen, char *why,
		    size_t wlen);
struct pr_launch;
/* A launch of each group of target t that --only selects, its tracee
 * program tracee, into l (room for pr_ngroups); returns how many. */
unsigned pr_target_launches(const struct pr_options *o, const struct pr_target *t, const char *tracee,
			    struct pr_launch *l);

#endif
