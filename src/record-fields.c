/* The recording's fields, once: each row drives both the writer and the
 * reader.  Adding a field to struct pr_run or struct pr_stop's common record:
 * add its row here (optional = true, so recordings made before it still
 * read) and describe it in doc/recording-format.md; a field only some stops
 * record goes in a payload (payload.h), its rows beside its struct. */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "record-fields.h"
#include "recording.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct pr_rec_field header_fields[] = {
	FIELD(struct pr_recording, tool, PR_REC_STR, tool),
	FIELD(struct pr_recording, skip_all, PR_REC_STR, skip_all),
};

static const struct pr_rec_field run_fields[] = {
	FIELD(struct pr_rec_entry, personality, PR_REC_PERS, run.pers),
	FIELD(struct pr_rec_entry, path, PR_REC_PATH, run.path),
	FIELD(struct pr_rec_entry, group, PR_REC_GROUP, run.group),
	FIELD(struct pr_rec_entry, machine, PR_REC_STR, run.machine),
	FIELD(struct pr_rec_entry, release, PR_REC_STR, run.release),
	FIELD(struct pr_rec_entry, pid, PR_REC_DEC, run.pid),
	FIELD(struct pr_rec_entry, ppid, PR_REC_DEC, run.ppid),
	FIELD(struct pr_rec_entry, stub_begin, PR_REC_HEX, run.stub_begin),
	FIELD(struct pr_rec_entry, stub_end, PR_REC_HEX, run.stub_end),
	FIELD(struct pr_rec_entry, end, PR_REC_END, run.end),
	FIELD(struct pr_rec_entry, end_code, PR_REC_INT, run.end_code),
	FIELD(struct pr_rec_entry, end_msg, PR_REC_STR, run.end_msg),
	LATER(struct pr_rec_entry, program, PR_REC_STR, run.program),
	LATER(struct pr_rec_entry, set_probed, PR_REC_BOOL, run.set_probed),
	LATER(struct pr_rec_entry, set_probe_ret, PR_REC_DEC, run.set_probe_ret),
	LATER(struct pr_rec_entry, unwind_skip, PR_REC_STR, run.unwind_skip),
	LATER(struct pr_rec_entry, extra_stops, PR_REC_INT, run.extra_stops),
	LATER(struct pr_rec_entry, extra_status, PR_REC_HEXINT, run.extra_status),
	LATER(struct pr_rec_entry, stub_trap, PR_REC_HEX, run.stub_trap),
	LATER(struct pr_rec_entry, stub_sp_slot, PR_REC_HEX, run.stub_sp_slot),
	LATER(struct pr_rec_entry, worker_tid, PR_REC_DEC, run.worker_tid),
	LATER(struct pr_rec_entry, uts_version, PR_REC_STR, run.uts_version),
	LATER(struct pr_rec_entry, version_signature, PR_REC_STR, run.version_signature),
	SPARSE(struct pr_rec_entry, end_core, PR_REC_BOOL, run.end_core),
};

static const struct pr_rec_field skip_fields[] = {
	FIELD(struct pr_rec_entry, personality, PR_REC_PERS, run.pers),
	FIELD(struct pr_rec_entry, path, PR_REC_PATH, run.path),
	FIELD(struct pr_rec_entry, reason, PR_REC_STR, skip),
	LATER(struct pr_rec_entry, program, PR_REC_STR, run.program),
	SPARSE(struct pr_rec_entry, failed, PR_REC_BOOL, failed),
};

static const struct pr_rec_field stop_fields[] = {
	FIELD(struct pr_stop, status, PR_REC_HEXINT, status),
	FIELD(struct pr_stop, info_ret, PR_REC_DEC, info_ret),
	LIST(struct pr_stop, info, PR_REC_BYTES, info, PR_INFO_BUF),
	FIELD(struct pr_stop, regs_err, PR_REC_INT, regs_err),
	FIELD(struct pr_stop, pc, PR_REC_HEX, regs.pc),
	FIELD(struct pr_stop, sp, PR_REC_HEX, regs.sp),
	FIELD(struct pr_stop, nr, PR_REC_HEX, regs.nr),
	LIST(struct pr_stop, args, PR_REC_HEX_LIST, regs.args, 6),
	FIELD(struct pr_stop, ret, PR_REC_HEX, regs.ret),
	FIELD(struct pr_stop, err, PR_REC_HEX, regs.err),
	SPARSE(struct pr_stop, sigmask_err, PR_REC_INT, sigmask_err),
	LATER(struct pr_stop, sigmask, PR_REC_HEX, sigmask),
	SPARSE(struct pr_stop, eventmsg_err, PR_REC_INT, eventmsg_err),
	SPARSE(struct pr_stop, eventmsg, PR_REC_HEX, eventmsg),
	SPARSE(struct pr_stop, trap, PR_REC_HEX, regs.trap),
};

/* A finding's reproducer, run on the traced kernel (version 2). */
static const struct pr_rec_field repro_fields[] = {
	FIELD(struct pr_rec_entry, personality, PR_REC_PERS, run.pers),
	FIELD(struct pr_rec_entry, finding, PR_REC_STR, repro),
	FIELD(struct pr_rec_entry, status, PR_REC_HEXINT, repro_status),
	FIELD(struct pr_rec_entry, said, PR_REC_STR, repro_said),
	FIELD(struct pr_rec_entry, machine, PR_REC_STR, run.machine),
	FIELD(struct pr_rec_entry, release, PR_REC_STR, run.release),
	LATER(struct pr_rec_entry, uts_version, PR_REC_STR, run.uts_version),
	LATER(struct pr_rec_entry, version_signature, PR_REC_STR, run.version_signature),
	SPARSE(struct pr_rec_entry, end_core, PR_REC_BOOL, run.end_core),
};

#define SECTION(name, fields) { name, fields, COUNT(fields) }
const struct pr_rec_section pr_rec_header = SECTION("", header_fields);
const struct pr_rec_section pr_rec_run = SECTION("run", run_fields);
const struct pr_rec_section pr_rec_skip = SECTION("skip", skip_fields);
const struct pr_rec_section pr_rec_stop = SECTION("stop", stop_fields);
const struct pr_rec_section pr_rec_repro = SECTION("repro", repro_fields);

static const char *const end_names[] = {
	[PR_END_NONE] = "none", [PR_END_EXITED] = "exited", [PR_END_SIGNALED] = "signaled",
	[PR_END_TIMEOUT] = "timeout", [PR_END_LAUNCH] = "launch", [PR_END_TRACER] = "tracer",
	[PR_END_SKIPPED] = "skipped",
};

/* ---- writing ---- */

static void write_str(FILE *f, const char *s)
{
	/* One line per field: control characters would break the framing. */
	for (; *s; s++)
		fputc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, f);
}

static void write_text(FILE *f, const char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\\')
			fprintf(f, "\\%c", *s == '\n' ? 'n' : '\\');
		else
			fputc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, f);
}

static void write_bytes(FILE *f, const uint8_t *b, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char text[2 * PR_INFO_BUF];

	while (n && !b[n - 1])
		n--;
	/* Whole, not a printf per byte: the guest of an emulated VM writes
	 * every run's stops this way. */
	for (size_t done = 0; done < n;) {
		size_t k = 0;

		for (; done < n && k < sizeof(text); done++) {
			text[k++] = hex[b[done] >> 4];
			text[k++] = hex[b[done] & 15];
		}
		fwrite(text, 1, k, f);
	}
	if (!n)
		fputc('-', f); /* all zero: a token, so the line is never "key " */
}

/* How many bytes a field's value takes in its struct. */
static size_t value_size(const struct pr_rec_field *fl)
{
	switch (fl->type) {
	case PR_REC_STR: case PR_REC_TEXT: case PR_REC_BYTES: return fl->count;
	case PR_REC_HEX: case PR_REC_DEC: return sizeof(uint64_t);
	case PR_REC_INT: case PR_REC_HEXINT: return sizeof(int);
	case PR_REC_BOOL: return sizeof(bool);
	case PR_REC_HEX_LIST: case PR_REC_DEC_LIST: return fl->count * sizeof(uint64_t);
	case PR_REC_PERS: case PR_REC_PATH: case PR_REC_GROUP: return sizeof(void *);
	case PR_REC_END: return sizeof(unsigned);
	}
	return 0;
}

/* A sparse field is left out while all of it is zero, which the reader
 * reads back as absent: zero. */
static bool value_is_zero(const struct pr_rec_field *fl, const char *p)
{
	for (size_t i = 0, n = value_size(fl); i < n; i++)
		if (p[i])
			return false;
	return true;
}

static void write_value(FILE *f, const struct pr_rec_field *fl, const char *p)
{
	switch (fl->type) {
	case PR_REC_STR: write_str(f, p); break;
	case PR_REC_TEXT: write_text(f, p); break;
	case PR_REC_HEX: fprintf(f, "0x%" PRIx64, *(const uint64_t *)p); break;
	case PR_REC_DEC: fprintf(f, "%" PRId64, *(const int64_t *)p); break;
	case PR_REC_INT: fprintf(f, "%d", *(const int *)p); break;
	case PR_REC_HEXINT: fprintf(f, "0x%x", *(const unsigned *)p); break;
	case PR_REC_BOOL: fprintf(f, "%d", *(const bool *)p ? 1 : 0); break;
	case PR_REC_BYTES: write_bytes(f, (const uint8_t *)p, fl->count); break;
	case PR_REC_HEX_LIST:
	case PR_REC_DEC_LIST:
		for (size_t i = 0; i < fl->count; i++) {
			if (fl->type == PR_REC_HEX_LIST)
				fprintf(f, "%s0x%" PRIx64, i ? " " : "", ((const uint64_t *)p)[i]);
			else
				fprintf(f, "%s%" PRId64, i ? " " : "", ((const int64_t *)p)[i]);
		}
		break;
	case PR_REC_PERS: {
		const struct pr_personality *pers = *(const struct pr_personality *const *)p;
		fputs(pers ? pers->name : "-", f);
		break;
	}
	case PR_REC_PATH: fputs(*(const char *const *)p ? *(const char *const *)p : "-", f); break;
	case PR_REC_GROUP: {
		const struct pr_group *g = *(const struct pr_group *const *)p;
		fputs(g ? g->name : "-", f);
		break;
	}
	case PR_REC_END: {
		unsigned e = *(const unsigned *)p;
		fputs(e < COUNT(end_names) ? end_names[e] : "none", f);
		break;
	}
	}
}

void pr_rec_write_fields(FILE *f, const struct pr_rec_section *s, const void *base)
{
	for (unsigned i = 0; i < s->nfields; i++) {
		const struct pr_rec_field *fl = &s->fields[i];
		const char *p = (const char *)base + fl->offset;

		/* Empty strings are left out: "key" alone would read as a missing value. */
		if ((fl->type == PR_REC_STR || fl->type == PR_REC_TEXT) && !*p)
			continue;
		if (fl->sparse && value_is_zero(fl, p))
			continue;
		fprintf(f, "%s ", fl->key);
		write_value(f, fl, p);
		fputc('\n', f);
	}
}

/* ---- reading ---- */

int pr_rec_field_find(const struct pr_rec_section *s, const char *key)
{
	for (unsigned i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, key) == 0)
			return (int)i;
	return -1;
}

static int fail(char *err, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return -1;
}

/* The inverse of write_text, in place. */
static int unescape(char *s, char *err, size_t len)
{
	char *out = s;

	for (; *s; s++) {
		if (*s != '\\') {
			*out++ = *s;
			continue;
		}
		s++;
		if (*s != 'n' && *s != '\\')
			return fail(err, len, "bad escape '\\%c'", *s ? *s : ' ');
		*out++ = *s == 'n' ? '\n' : '\\';
	}
	*out = '\0';
	return 0;
}

/* One number from *text (advanced past it and its trailing blanks): hex
 * ("0x" required) or signed decimal.  Strict: no empty, no junk, no overflow. */
static int parse_number(const char **text, bool hex, uint64_t *out, char *err, size_t len)
{
	const char *s = *text;
	char *end;

	if (hex && (s[0] != '0' || (s[1] != 'x' && s[1] != 'X')))
		return fail(err, len, "'%.40s' is not a 0x... hex number", s);
	if (!hex && !(*s == '-' || (*s >= '0' && *s <= '9')))
		return fail(err, len, "'%.40s' is not a decimal number", s);
	if (hex && !((s[2] >= '0' && s[2] <= '9') || (s[2] >= 'a' && s[2] <= 'f') ||
		     (s[2] >= 'A' && s[2] <= 'F')))
		return fail(err, len, "'%.40s' is not a 0x... hex number", s);
	errno = 0;
	*out = hex ? strtoull(s, &end, 16) : (uint64_t)strtoll(s, &end, 10);
	if (errno == ERANGE)
		return fail(err, len, "'%.40s' is out of range", s);
	if (*end && *end != ' ')
		return fail(err, len, "'%.40s' is not a %s number", s, hex ? "hex" : "decimal");
	while (*end == ' ')
		end++;
	*text = end;
	return 0;
}

static int hexdigit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int parse_bytes(const char *s, uint8_t *out, size_t max, char *err, size_t len)
{
	size_t n = strlen(s);

	memset(out, 0, max);
	if (strcmp(s, "-") == 0)
		return 0;
	if (n % 2)
		return fail(err, len, "odd number of hex digits (%zu)", n);
	if (n / 2 > max)
		return fail(err, len, "%zu bytes, at most %zu allowed", n / 2, max);
	for (size_t i = 0; i < n; i += 2) {
		int hi = hexdigit(s[i]), lo = hexdigit(s[i + 1]);

		if (hi < 0 || lo < 0)
			return fail(err, len, "non-hex character at byte %zu", i / 2);
		out[i / 2] = (uint8_t)(hi << 4 | lo);
	}
	return 0;
}

static int parse_list(const char *s, bool hex, void *out, size_t count, char *err, size_t len)
{
	size_t i;

	for (i = 0; *s && i < count; i++) {
		uint64_t v;

		if (parse_number(&s, hex, &v, err, len))
			return -1;
		((uint64_t *)out)[i] = v; /* int64_t and uint64_t share the layout */
	}
	if (i < count || *s)
		return fail(err, len, "expected %zu values, found %s%zu", count, *s ? "more than " : "",
			    *s ? count : i);
	return 0;
}

static int parse_name(const struct pr_rec_field *fl, const char *s, void *p, char *err, size_t len)
{
	switch (fl->type) {
	case PR_REC_PERS:
		if (!(*(const struct pr_personality **)p = pr_personality_find(s)))
			return fail(err, len, "unknown personality '%.40s'", s);
		return 0;
	case PR_REC_GROUP:
		if (!(*(const struct pr_group **)p = pr_group_find(s)))
			return fail(err, len, "unknown group '%.40s'", s);
		return 0;
	case PR_REC_PATH:
		/* The static name from a personality row; the section checks that
		 * it is one of its own personality's paths. */
		for (const struct pr_personality *const *pp = pr_personalities; *pp; pp++)
			for (unsigned k = 0; k < 4 && (*pp)->paths[k]; k++)
				if (strcmp((*pp)->paths[k], s) == 0) {
					*(const char **)p = (*pp)->paths[k];
					return 0;
				}
		return fail(err, len, "unknown syscall path '%.40s'", s);
	default:
		for (unsigned e = 0; e < COUNT(end_names); e++)
			if (strcmp(end_names[e], s) == 0) {
				*(enum pr_end *)p = (enum pr_end)e;
				return 0;
			}
		return fail(err, len, "unknown end '%.40s'", s);
	}
}

static int parse_scalar(const struct pr_rec_field *fl, const char *s, void *p, char *err, size_t len)
{
	bool hex = fl->type == PR_REC_HEX || fl->type == PR_REC_HEXINT;
	uint64_t v;

	if (parse_number(&s, hex, &v, err, len))
		return -1;
	if (*s)
		return fail(err, len, "expected one value, found more");
	switch (fl->type) {
	case PR_REC_HEX: *(uint64_t *)p = v; return 0;
	case PR_REC_DEC: *(int64_t *)p = (int64_t)v; return 0;
	case PR_REC_BOOL:
		if (v > 1)
			return fail(err, len, "expected 0 or 1");
		*(bool *)p = v;
		return 0;
	case PR_REC_HEXINT:
		if (v > UINT32_MAX)
			return fail(err, len, "%#" PRIx64 " does not fit 32 bits", v);
		*(int *)p = (int)(uint32_t)v;
		return 0;
	default:
		if ((int64_t)v < INT32_MIN || (int64_t)v > INT32_MAX)
			return fail(err, len, "%" PRId64 " does not fit an int", (int64_t)v);
		*(int *)p = (int)(int64_t)v;
		return 0;
	}
}

int pr_rec_parse_field(const struct pr_rec_field *fl, const char *text, void *base, char *err,
		       size_t len)
{
	void *p = (char *)base + fl->offset;
	size_t n = strlen(text);

	switch (fl->type) {
	case PR_REC_STR:
	case PR_REC_TEXT:
		if (n >= fl->count)
			return fail(err, len, "%zu characters, at most %zu allowed", n, fl->count - 1);
		memcpy(p, text, n + 1);
		return fl->type == PR_REC_TEXT ? unescape(p, err, len) : 0;
	case PR_REC_BYTES: return parse_bytes(text, p, fl->count, err, len);
	case PR_REC_HEX_LIST: return parse_list(text, true, p, fl->count, err, len);
	case PR_REC_DEC_LIST: return parse_list(text, false, p, fl->count, err, len);
	case PR_REC_PERS:
	case PR_REC_PATH:
	case PR_REC_GROUP:
	case PR_REC_END:
		return parse_name(fl, text, p, err, len);
	default:
		return parse_scalar(fl, text, p, err, len);
	}
}
