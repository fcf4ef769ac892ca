#include <errno.h>
#include <string.h>

#include "replay.h"
#include "report.h"

/* Entries [i, *end) are one target: a skip alone, or consecutive runs of
 * the same personality and path. */
static void target_at(const struct pr_recording *rec, unsigned i, struct pr_target *t,
		      unsigned *end)
{
	const struct pr_run *first = &rec->entries[i].run;

	pr_target_make(t, pr_run_program(first), first->path, first->pers);
	*end = i + 1;
	if (!first->group)
		return;
	while (*end < rec->nentries && rec->entries[*end].run.group &&
	       rec->entries[*end].run.pers == first->pers && rec->entries[*end].run.path == first->path &&
	       pr_run_program(&rec->entries[*end].run) == pr_run_program(first))
		(*end)++;
}

/* Entries [i, *end) are the findings' reproducers (report.h), and how many
 * of them --only selects; 0 and *end = i where entry i is none. */
static unsigned findings_at(const struct pr_recording *rec, unsigned i, const char *only, unsigned *end)
{
	unsigned n = 0;

	for (*end = i; *end < rec->nentries && rec->entries[*end].repro[0]; (*end)++)
		n += pr_finding_selected(only, rec->entries[*end].repro);
	return n;
}

static unsigned selected_runs(const struct pr_recording *rec, unsigned i, unsigned end,
			      const char *only, const struct pr_target *t)
{
	unsigned n = 0;

	for (; i < end; i++)
		if (!rec->entries[i].run.group)
			n += pr_selected_groups(only, t) > 0;
		else
			n += pr_selected_in_group(only, t, rec->entries[i].run.group) > 0;
	return n;
}

int pr_replay_recording(const struct pr_recording *rec, const char *only, bool strict, FILE *out)
{
	struct pr_report r;
	struct pr_target t;
	unsigned plan = 0, n = 0, end;

	if (rec->skip_all[0]) {
		struct pr_ktap k = { .out = out };

		pr_ktap_skip_all(&k, rec->skip_all);
		return PR_EXIT_SKIP;
	}
	for (unsigned i = 0; i < rec->nentries; i = end) {
		unsigned nf = findings_at(rec, i, only, &end);

		if (end > i) {
			plan += nf > 0;
			continue;
		}
		target_at(rec, i, &t, &end);
		plan += selected_runs(rec, i, end, only, &t) > 0;
	}
	pr_report_begin(&r, out, only, plan);
	r.strict = strict;
	for (unsigned i = 0; i < rec->nentries; i = end) {
		unsigned nf = findings_at(rec, i, only, &end);

		if (end > i) {
			if (!nf)
				continue;
			pr_report_findings_begin(&r, nf);
			for (unsigned k = i; k < end; k++)
				if (pr_finding_selected(only, rec->entries[k].repro))
					pr_report_finding(&r, &rec->entries[k].run, rec->entries[k].repro,
							  rec->entries[k].repro_status, rec->entries[k].repro_said);
			pr_report_findings_end(&r, ++n);
			continue;
		}
		target_at(rec, i, &t, &end);
		if (!selected_runs(rec, i, end, only, &t))
			continue;
		if (!rec->entries[i].run.group) {
			if (rec->entries[i].failed)
				pr_report_fail_target(&r, ++n, &t, rec->entries[i].skip);
			else
				pr_report_skip_target(&r, ++n, &t, rec->entries[i].skip);
			continue;
		}
		pr_report_target_begin(&r, &t, selected_runs(rec, i, end, only, &t));
		for (unsigned k = i; k < end; k++)
			if (pr_selected_in_group(only, &t, rec->entries[k].run.group))
				pr_report_group(&r, &t, &rec->entries[k].run);
		pr_report_target_end(&r, ++n, &t);
	}
	return pr_report_end(&r);
}

int pr_replay_file(const char *file, const char *only, bool strict, FILE *out)
{
	bool use_stdin = strcmp(file, "-") == 0;
	FILE *f = use_stdin ? stdin : fopen(file, "r");
	struct pr_recording rec;
	char err[512];
	int status;

	if (!f) {
		fprintf(stderr, "ptrace-regress: %s: %s\n", file, strerror(errno));
		return PR_EXIT_ERROR;
	}
	status = pr_rec_read(f, use_stdin ? "<stdin>" : file, &rec, err, sizeof(err));
	if (!use_stdin)
		fclose(f);
	if (status) {
		fprintf(stderr, "ptrace-regress: %s\n", err);
		return PR_EXIT_ERROR;
	}
	status = pr_replay_recording(&rec, only, strict, out);
	pr_rec_free(&rec);
	return status;
}
