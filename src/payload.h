/* A stop's payloads: what only some stops of some groups record (the size
 * probe, the signal frame, a change and the GET after it, ...), each kind
 * its own struct defined beside its recording rows in src/payloads/<kind>.h
 * and .c, held by the stop only where it was recorded.  A reader gets a
 * kind's zero payload where the stop has none, so the judge never checks
 * for NULL; a writer gets one made on first use. */
#ifndef PR_PAYLOAD_H
#define PR_PAYLOAD_H

#include <stdbool.h>
#include <stddef.h>

struct pr_stop;
struct pr_rec_section;

struct pr_payload_kind {
	const struct pr_rec_section *rec; /* its name and recording rows (offsets into it) */
	size_t size;
	const void *zero;            /* what a stop without it reads */
};

/* Every kind, NULL-terminated, in the order a recording writes them
 * (src/payloads/table.c). */
extern const struct pr_payload_kind *const pr_payload_kinds[];

/* The stop's payload of kind k: NULL where absent (find), the zero payload
 * (read), or made zeroed on first use (write: exits on out of memory, as a
 * half-recorded stop would be judged wrong). */
void *pr_payload_find(const struct pr_stop *s, const struct pr_payload_kind *k);
const void *pr_payload_read(const struct pr_stop *s, const struct pr_payload_kind *k);
void *pr_payload_write(struct pr_stop *s, const struct pr_payload_kind *k);

/* Remove kind k's payload if it holds only zeros (it reads the same absent). */
void pr_payload_drop_zero(struct pr_stop *s, const struct pr_payload_kind *k);

/* Free every payload of the stop. */
void pr_payloads_free(struct pr_stop *s);

/* A run's n stops, zeroed (false: out of memory); and freeing them with
 * their payloads, those of stops past nstops too (a test may cut it). */
struct pr_run;
bool pr_run_alloc_stops(struct pr_run *run, unsigned n);
void pr_run_free(struct pr_run *run);

/* In a kind's header: its descriptor and typed accessors pr_<name>_of (read)
 * and pr_<name>_make (write). */
#define PR_PAYLOAD(name, type)                                                         \
	extern const struct pr_payload_kind pr_payload_##name;                         \
	static inline const type *pr_##name##_of(const struct pr_stop *s)              \
	{                                                                              \
		return (const type *)pr_payload_read(s, &pr_payload_##name);           \
	}                                                                              \
	static inline type *pr_##name##_make(struct pr_stop *s)                        \
	{                                                                              \
		return (type *)pr_payload_write(s, &pr_payload_##name);                \
	}

/* In a kind's .c, after its rows (record-fields.h): its descriptor. */
#define PR_PAYLOAD_KIND(name, type, rows)                                              \
	static const type name##_zero;                                                 \
	static const struct pr_rec_section name##_rec = { #name, rows,                 \
							  sizeof(rows) / sizeof((rows)[0]) }; \
	const struct pr_payload_kind pr_payload_##name = { &name##_rec, sizeof(type), &name##_zero }

#endif
