/* Writing a recording: sections in the order the run produces them. */
#include <string.h>

#include "payload.h"
#include "record-fields.h"
#include "recording.h"

void pr_rec_write_header(FILE *f, const char *tool, const char *skip_all)
{
	struct pr_recording h;

	memset(&h, 0, sizeof(h));
	snprintf(h.tool, sizeof(h.tool), "%s", tool);
	snprintf(h.skip_all, sizeof(h.skip_all), "%s", skip_all ? skip_all : "");
	fprintf(f, "%s %d\n", PR_REC_MAGIC, PR_REC_VERSION);
	pr_rec_write_fields(f, &pr_rec_header, &h);
	fflush(f);
}

void pr_rec_write_skip(FILE *f, const struct pr_target *t, const char *reason, bool failed)
{
	struct pr_rec_entry e;

	memset(&e, 0, sizeof(e));
	e.run.pers = t->pers;
	e.run.path = t->path;
	snprintf(e.run.program, sizeof(e.run.program), "%s", t->program->name);
	snprintf(e.skip, sizeof(e.skip), "%s", reason);
	e.failed = failed;
	fprintf(f, "[%s]\n", pr_rec_skip.name);
	pr_rec_write_fields(f, &pr_rec_skip, &e);
	fflush(f);
}

/* A stop's payloads after its common fields, each only where recorded
 * (version 3; version 2 wrote every stop's "sized"). */
static void write_payloads(FILE *f, const struct pr_stop *s)
{
	for (const struct pr_payload_kind *const *k = pr_payload_kinds; *k; k++) {
		const void *p = pr_payload_find(s, *k);

		if (p)
			pr_rec_write_fields(f, (*k)->rec, p);
	}
}

void pr_rec_write_run(FILE *f, const struct pr_run *run)
{
	struct pr_rec_entry e;

	memset(&e, 0, sizeof(e));
	e.run = *run;
	fprintf(f, "[%s]\n", pr_rec_run.name);
	pr_rec_write_fields(f, &pr_rec_run, &e);
	for (unsigned i = 0; i < run->nstops; i++) {
		fprintf(f, "[%s %u]\n", pr_rec_stop.name, i);
		pr_rec_write_fields(f, &pr_rec_stop, &run->stops[i]);
		write_payloads(f, &run->stops[i]);
	}
	fflush(f);
}

void pr_rec_write_repro(FILE *f, const struct pr_rec_entry *e)
{
	fprintf(f, "[%s]\n", pr_rec_repro.name);
	pr_rec_write_fields(f, &pr_rec_repro, e);
	fflush(f);
}

void pr_rec_write_trailer(FILE *f, unsigned nentries)
{
	fprintf(f, "[end %u]\n", nentries);
	fflush(f);
}
