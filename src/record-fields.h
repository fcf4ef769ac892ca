/* The field tables of a recording and the text form of each field type
 * (internal to record-*.c). */
#ifndef PR_RECORD_FIELDS_H
#define PR_RECORD_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum pr_rec_type {
	PR_REC_STR,      /* char[count], rest of the line, printable */
	PR_REC_TEXT,     /* char[count], several lines: \n and \\ escaped */
	PR_REC_HEX,      /* uint64_t, 0x... */
	PR_REC_DEC,      /* int64_t, decimal */
	PR_REC_INT,      /* int, decimal */
	PR_REC_HEXINT,   /* int, 0x... (wait statuses) */
	PR_REC_BOOL,     /* bool, 0 or 1 */
	PR_REC_BYTES,    /* uint8_t[count], hex pairs; trailing zero bytes omitted */
	PR_REC_HEX_LIST, /* uint64_t[count], exactly count 0x... words */
	PR_REC_DEC_LIST, /* int64_t[count], exactly count decimals */
	PR_REC_PERS,     /* const struct pr_personality *, by name */
	PR_REC_PATH,     /* const char *, a syscall path some personality has */
	PR_REC_GROUP,    /* const struct pr_group *, by name */
	PR_REC_END,      /* enum pr_end, by name */
};

struct pr_rec_field {
	const char *key;
	enum pr_rec_type type;
	size_t offset;     /* in the section's struct */
	size_t count;      /* STR: buffer size; BYTES, lists: elements */
	bool optional;     /* added after its section: older files may lack it */
	bool sparse;       /* written only when nonzero (arch-specific fields) */
};

struct pr_rec_section {
	const char *name;  /* "" for the header */
	const struct pr_rec_field *fields;
	unsigned nfields;
};

/* Rows, in the tables here and in the payloads' (src/payloads/). */
#define FIELD(section, key, type, member) \
	{ #key, type, offsetof(section, member), sizeof(((section *)0)->member), false, false }
#define LIST(section, key, type, member, n) { #key, type, offsetof(section, member), n, false, false }
/* Fields added after version 1's first fields: older recordings lack them. */
#define LATER(section, key, type, member) \
	{ #key, type, offsetof(section, member), sizeof(((section *)0)->member), true, false }
/* A LATER field most stops (or most arches) leave 0: written only when
 * nonzero, so recordings stay small (a VM's guest writes them under
 * emulation) and read exactly as before it. */
#define SPARSE(section, key, type, member) \
	{ #key, type, offsetof(section, member), sizeof(((section *)0)->member), true, true }
#define SPARSE_LIST(section, key, type, member, n) { #key, type, offsetof(section, member), n, true, true }

/* Header: offsets into struct pr_recording; run, skip and repro: into
 * struct pr_rec_entry; stop: into struct pr_stop. */
extern const struct pr_rec_section pr_rec_header, pr_rec_run, pr_rec_skip, pr_rec_stop, pr_rec_repro;

/* Write every field of a section as "key value" lines. */
void pr_rec_write_fields(FILE *f, const struct pr_rec_section *s, const void *base);

/* Find a section's field by key; its index, or -1. */
int pr_rec_field_find(const struct pr_rec_section *s, const char *key);

/* Parse one field's text into base.  0, or -1 with the reason in err. */
int pr_rec_parse_field(const struct pr_rec_field *f, const char *text, void *base, char *err,
		       size_t errlen);

#endif
