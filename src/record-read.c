/* Reading a recording.  Every defect is one error naming the line; nothing
 * in the file is trusted (tests/fuzz/ runs this under ASan and UBSan). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diagnose.h"
#include "group-plan.h"
#include "payload.h"
#include "record-fields.h"
#include "recording.h"

#define MAX_FIELDS 96 /* a section's rows; a [stop]'s with its payloads' */

struct reader {
	FILE *f;
	const char *name;
	unsigned line;
	char *err;
	size_t errlen;
	struct pr_recording *rec;
	const struct pr_rec_section *sec; /* the open section, NULL after [end] */
	void *base;                       /* what its fields fill */
	bool seen[MAX_FIELDS];
	struct pr_rec_entry *run;         /* the run stops go to, if any */
	bool ended;
};

static int fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(struct reader *r, const char *fmt, ...)
{
	char msg[300];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(r->err, r->errlen, "%s:%u: %s", r->name, r->line, msg);
	return -1;
}

/* The next line without its newline: 1, 0 at end of file, -1 on a defect. */
static int read_line(struct reader *r, char *buf)
{
	size_t n = 0;
	int c;

	while ((c = getc(r->f)) != EOF && c != '\n') {
		if (c == '\0') {
			r->line++;
			return fail(r, "NUL byte in the line");
		}
		if (n == PR_REC_LINE_MAX) {
			r->line++;
			return fail(r, "line longer than %d bytes", PR_REC_LINE_MAX);
		}
		buf[n++] = (char)c;
	}
	if (c == EOF && n == 0)
		return ferror(r->f) ? (r->line++, fail(r, "read error")) : 0;
	r->line++;
	buf[n] = '\0';
	if (c == EOF)
		return fail(r, "truncated: the last line has no newline");
	return 1;
}

static bool path_of(const struct pr_personality *p, const char *path)
{
	for (unsigned k = 0; k < 4 && p->paths[k]; k++)
		if (p->paths[k] == path)
			return true;
	return false;
}

/* Close the open section: every field a writer always writes is there, and
 * the section is consistent. */
static int close_section(struct reader *r)
{
	const struct pr_rec_section *s = r->sec;

	if (!s)
		return 0;
	for (unsigned i = 0; i < s->nfields; i++)
		if (!r->seen[i] && !s->fields[i].optional && s->fields[i].type != PR_REC_STR)
			return fail(r, "[%s] section ends without its '%s' field", s->name,
				    s->fields[i].key);
	if (s == &pr_rec_repro && !pr_finding_bug(((struct pr_rec_entry *)r->base)->repro))
		return fail(r, "[repro] of '%s', which is no finding of the catalogue",
			    ((struct pr_rec_entry *)r->base)->repro);
	if (s == &pr_rec_run || s == &pr_rec_skip) {
		struct pr_run *run = &((struct pr_rec_entry *)r->base)->run;

		if (!path_of(run->pers, run->path))
			return fail(r, "personality %s has no syscall path '%s'", run->pers->name,
				    run->path);
		if (s == &pr_rec_run) {
			if (!pr_run_alloc_stops(run, pr_expected_stops(run->group)))
				return fail(r, "out of memory");
		}
	}
	return 0;
}

static void open_section(struct reader *r, const struct pr_rec_section *s, void *base)
{
	r->sec = s;
	r->base = base;
	memset(r->seen, 0, sizeof(r->seen));
}

static int new_entry(struct reader *r, const struct pr_rec_section *s)
{
	struct pr_recording *rec = r->rec;
	struct pr_rec_entry *e;

	if (rec->nentries == PR_REC_ENTRIES_MAX)
		return fail(r, "more than %d runs", PR_REC_ENTRIES_MAX);
	e = realloc(rec->entries, (rec->nentries + 1) * sizeof(*e));
	if (!e)
		return fail(r, "out of memory");
	rec->entries = e;
	e = &rec->entries[rec->nentries++];
	memset(e, 0, sizeof(*e));
	r->run = s == &pr_rec_run ? e : NULL;
	open_section(r, s, e);
	return 0;
}

/* "[stop N]": stops of the open run, numbered from 0 without gaps. */
static int new_stop(struct reader *r, const char *arg)
{
	struct pr_run *run = r->run ? &r->run->run : NULL;
	char *end;
	unsigned long n = strtoul(arg, &end, 10);

	if (!run)
		return fail(r, "[stop] outside a [run] section");
	if (!*arg || *end || arg[0] < '0' || arg[0] > '9' || n != run->nstops)
		return fail(r, "expected [stop %u], found [stop %.20s]", run->nstops, arg);
	if (run->nstops >= pr_expected_stops(run->group))
		return fail(r, "group %s makes at most %u stops", run->group->name,
			    pr_expected_stops(run->group));
	open_section(r, &pr_rec_stop, &run->stops[run->nstops++]);
	return 0;
}

static int end_recording(struct reader *r, const char *arg)
{
	char *end;
	unsigned long n = strtoul(arg, &end, 10);

	if (!*arg || *end || arg[0] < '0' || arg[0] > '9' || n != r->rec->nentries)
		return fail(r, "[end %.20s] but the recording has %u runs and skips", arg,
			    r->rec->nentries);
	r->sec = NULL;
	r->run = NULL;
	r->ended = true;
	return 0;
}

static int section_line(struct reader *r, char *line)
{
	size_t n = strlen(line);
	char *arg;

	if (line[n - 1] != ']')
		return fail(r, "section line without its closing ']'");
	line[n - 1] = '\0';
	arg = strchr(line, ' ');
	if (arg)
		*arg++ = '\0';
	if (close_section(r))
		return -1;
	if (strcmp(line + 1, pr_rec_stop.name) == 0)
		return new_stop(r, arg ? arg : "");
	if (strcmp(line + 1, "end") == 0)
		return end_recording(r, arg ? arg : "");
	if (arg)
		return fail(r, "[%s] takes no argument", line + 1);
	if (strcmp(line + 1, pr_rec_run.name) == 0)
		return new_entry(r, &pr_rec_run);
	if (strcmp(line + 1, pr_rec_skip.name) == 0)
		return new_entry(r, &pr_rec_skip);
	if (strcmp(line + 1, pr_rec_repro.name) == 0)
		return new_entry(r, &pr_rec_repro);
	return fail(r, "unknown section [%.40s]", line + 1);
}

/* A [stop]'s key that no common field has: a payload kind's row (*kind,
 * *row).  Its index past the common rows, for "given twice"; or -1. */
static int payload_field(const char *key, const struct pr_payload_kind **kind, int *row)
{
	int past = (int)pr_rec_stop.nfields;

	for (const struct pr_payload_kind *const *k = pr_payload_kinds; *k; past += (int)(*k)->rec->nfields, k++)
		if ((*row = pr_rec_field_find((*k)->rec, key)) >= 0) {
			*kind = *k;
			return past + *row;
		}
	return -1;
}

static int field_line(struct reader *r, char *line)
{
	char *value = strchr(line, ' '), msg[200];
	const struct pr_payload_kind *kind = NULL;
	const struct pr_rec_field *fl = NULL;
	int i, row;

	if (!value || !value[1])
		return fail(r, "field '%.40s' has no value", line);
	*value++ = '\0';
	i = pr_rec_field_find(r->sec, line);
	if (i >= 0)
		fl = &r->sec->fields[i];
	else if (r->sec == &pr_rec_stop && (i = payload_field(line, &kind, &row)) >= 0)
		fl = &kind->rec->fields[row];
	if (i < 0 || i >= MAX_FIELDS)
		return fail(r, "unknown field '%.40s' in %s%s%s", line, *r->sec->name ? "[" : "the header",
			    r->sec->name, *r->sec->name ? "]" : "");
	if (r->seen[i])
		return fail(r, "field '%s' given twice", line);
	r->seen[i] = true;
	if (pr_rec_parse_field(fl, value, kind ? pr_payload_write(r->base, kind) : r->base, msg, sizeof(msg)))
		return fail(r, "field '%s': %s", line, msg);
	/* Version 2 wrote "sized 0" at every stop: no payload for zeros. */
	if (kind)
		pr_payload_drop_zero(r->base, kind);
	return 0;
}

static int read_magic(struct reader *r, char *line)
{
	const size_t m = strlen(PR_REC_MAGIC);
	int got = read_line(r, line);
	char *end;
	long v;

	if (got < 0)
		return -1;
	if (got == 0 || strncmp(line, PR_REC_MAGIC " ", m + 1) != 0) {
		r->line = 1;
		return fail(r, "not a ptrace-regress recording (the first line must be '%s %d')",
			    PR_REC_MAGIC, PR_REC_VERSION);
	}
	v = strtol(line + m + 1, &end, 10);
	if (*end || end == line + m + 1 || v < PR_REC_VERSION_MIN || v > PR_REC_VERSION)
		return fail(r, "recording format version '%.20s' is not supported (this program reads %d to %d)",
			    line + m + 1, PR_REC_VERSION_MIN, PR_REC_VERSION);
	open_section(r, &pr_rec_header, r->rec);
	return 0;
}

int pr_rec_read(FILE *f, const char *name, struct pr_recording *out, char *err, size_t errlen)
{
	struct reader r = { .f = f, .name = name, .err = err, .errlen = errlen, .rec = out };
	char *line = malloc(PR_REC_LINE_MAX + 1);
	int got = 0;

	memset(out, 0, sizeof(*out));
	err[0] = '\0';
	if (!line || read_magic(&r, line))
		goto bad;
	while ((got = read_line(&r, line)) == 1) {
		if (!line[0] || line[0] == '#')
			continue;
		if (r.ended) {
			fail(&r, "content after the [end] line");
			goto bad;
		}
		if (line[0] == '[' ? section_line(&r, line) : field_line(&r, line))
			goto bad;
	}
	if (got < 0)
		goto bad;
	if (!r.ended) {
		fail(&r, "truncated: no [end] line after %u runs and skips", out->nentries);
		goto bad;
	}
	free(line);
	return 0;
bad:
	free(line);
	pr_rec_free(out);
	return -1;
}

void pr_rec_free(struct pr_recording *rec)
{
	for (unsigned i = 0; i < rec->nentries; i++)
		pr_run_free(&rec->entries[i].run);
	free(rec->entries);
	memset(rec, 0, sizeof(*rec));
}
