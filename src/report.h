/* The KTAP report of a run, the same for a live run and a replay: targets
 * as the top level, groups below, one result per selected check, with the
 * known-bug diagnosis before every failure. */
#ifndef PR_REPORT_H
#define PR_REPORT_H

#include "ktap.h"
#include "run.h"
#include "targets.h"

/* Exit statuses, as kselftest. */
enum { PR_EXIT_PASS = 0, PR_EXIT_FAIL = 1, PR_EXIT_ERROR = 2, PR_EXIT_SKIP = 4 };

struct pr_tally {
	unsigned pass, fail, skip, timeout, xfail, xpass; /* xpass: passes among pass */
};

struct pr_report {
	struct pr_ktap k;
	const char *only;          /* --only glob, NULL for all */
	bool strict;               /* --strict: a known bug fails its check (verdict.h) */
	struct pr_tally all;
	struct pr_tally at_target; /* all, when the current target began */
	unsigned groups;           /* groups reported in the current target */
};

void pr_report_begin(struct pr_report *r, FILE *out, const char *only, unsigned ntargets);
/* Target n failed as a whole (its probe: killed, wrong result, hung), with
 * what happened. */
void pr_report_fail_target(struct pr_report *r, unsigned n, const struct pr_target *t, const char *what);
/* Target n skipped as a whole, with the reason. */
void pr_report_skip_target(struct pr_report *r, unsigned n, const struct pr_target *t,
			   const char *why);
void pr_report_target_begin(struct pr_report *r, const struct pr_target *t, unsigned ngroups);
/* Judge one group's run and print it as the target's next subtest. */
void pr_report_group(struct pr_report *r, const struct pr_target *t, const struct pr_run *run);
void pr_report_target_end(struct pr_report *r, unsigned n, const struct pr_target *t);
/* Print the totals; the exit status. */
int pr_report_end(struct pr_report *r);

/* The findings' reproducers (doc/findings/<name>/repro.c): a last target
 * "reproducers" with one group "findings" and a result per reproducer, its
 * check id reproducers.findings.<name>, judged by the verdict rule. */
#define PR_FINDINGS_TARGET "reproducers"
#define PR_FINDINGS_GROUP "findings"
bool pr_finding_selected(const char *only, const char *name);
/* The names of the catalogue's findings --only selects, in catalogue order,
 * into names[PR_FINDINGS_MAX] (NULL: only count); how many. */
#define PR_FINDINGS_MAX 16
unsigned pr_findings_selected(const char *only, const char **names);
void pr_report_findings_begin(struct pr_report *r, unsigned nselected);
/* One reproducer's result: run says whose runner and which kernel. */
void pr_report_finding(struct pr_report *r, const struct pr_run *run, const char *name, int status,
		       const char *said);
void pr_report_findings_end(struct pr_report *r, unsigned n);

/* How many groups of target t have a selected check. */
unsigned pr_selected_groups(const char *only, const struct pr_target *t);

#endif
