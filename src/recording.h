/* Recordings: every observed stop of a run, written to a versioned,
 * line-oriented text file (doc/recording-format.md) and read back, so a run
 * made on a machine you cannot keep is judged later on any host.
 *
 * One table per section (record-fields.c) names each field, its type and
 * where it lives; the writer and the reader both walk that table, so a new
 * field in struct pr_run or struct pr_stop is one row there (a payload's
 * rows are beside its struct, src/payloads/). */
#ifndef PR_RECORDING_H
#define PR_RECORDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "result.h"
#include "run.h"
#include "targets.h"

/* Version 2 added the kernel's uname -v and version signature (its
 * upstream version); version 1 files still read, their version taken from
 * the release string alone.  Version 3 writes a stop's payload fields only
 * where the stop has the payload ("sized" is no longer at every stop);
 * versions 1 and 2 read into the same payloads. */
#define PR_REC_VERSION 3
#define PR_REC_VERSION_MIN 1
#define PR_REC_MAGIC "ptrace-regress-recording"
#define PR_REC_LINE_MAX 4096   /* longer lines are an error, not a truncation */
#define PR_REC_ENTRIES_MAX 4096

/* One entry: a group's run, or (run.group == NULL) a target that was
 * skipped, with the reason, or (failed) that could not be tested because
 * its probe failed, with what happened. */
struct pr_rec_entry {
	struct pr_run run;
	char skip[PR_REASON_MAX];
	bool failed;
	/* A finding's reproducer (repro[0] set; run.group NULL): its name
	 * (doc/findings/<name>), wait status and the line it said; run.pers is
	 * the runner's personality, run's uname fields the kernel's. */
	char repro[48];
	int repro_status;
	char repro_said[PR_REASON_MAX];
};

struct pr_recording {
	char tool[64];                 /* program and version that wrote it */
	char skip_all[PR_REASON_MAX];  /* non-empty: nothing ran, this is why */
	unsigned nentries;
	struct pr_rec_entry *entries;
};

/* Writing, in the order a run produces things: the header first, then per
 * target either its skip or its groups' runs, then the trailer.  Each call
 * flushes, so a crash leaves a file the reader calls truncated. */
void pr_rec_write_header(FILE *f, const char *tool, const char *skip_all);
void pr_rec_write_skip(FILE *f, const struct pr_target *t, const char *reason, bool failed);
void pr_rec_write_run(FILE *f, const struct pr_run *run);
void pr_rec_write_repro(FILE *f, const struct pr_rec_entry *e);
void pr_rec_write_trailer(FILE *f, unsigned nentries);

/* Read a whole recording.  0 on success; -1 with "NAME:LINE: message" in err
 * (and *out left empty) on any defect. */
int pr_rec_read(FILE *f, const char *name, struct pr_recording *out, char *err, size_t errlen);
void pr_rec_free(struct pr_recording *r);

#endif
