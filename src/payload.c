/* A stop's payloads (payload.h): a short list, one node per kind recorded,
 * each node holding its kind's struct. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "payload.h"
#include "record-fields.h"
#include "run.h"

struct pr_payload {
	const struct pr_payload_kind *kind;
	struct pr_payload *next;
	max_align_t data[]; /* the kind's struct */
};

void *pr_payload_find(const struct pr_stop *s, const struct pr_payload_kind *k)
{
	for (struct pr_payload *p = s->payloads; p; p = p->next)
		if (p->kind == k)
			return p->data;
	return NULL;
}

const void *pr_payload_read(const struct pr_stop *s, const struct pr_payload_kind *k)
{
	const void *data = pr_payload_find(s, k);

	return data ? data : k->zero;
}

void *pr_payload_write(struct pr_stop *s, const struct pr_payload_kind *k)
{
	void *data = pr_payload_find(s, k);
	struct pr_payload *p;

	if (data)
		return data;
	p = calloc(1, sizeof(*p) + k->size);
	if (!p) {
		fprintf(stderr, "ptrace-regress: out of memory for a stop's %s\n", k->rec->name);
		exit(2); /* PR_EXIT_ERROR */
	}
	p->kind = k;
	p->next = s->payloads;
	s->payloads = p;
	return p->data;
}

void pr_payload_drop_zero(struct pr_stop *s, const struct pr_payload_kind *k)
{
	for (struct pr_payload **pp = &s->payloads; *pp; pp = &(*pp)->next) {
		struct pr_payload *p = *pp;

		if (p->kind != k)
			continue;
		if (memcmp(p->data, k->zero, k->size) == 0) {
			*pp = p->next;
			free(p);
		}
		return;
	}
}

void pr_payloads_free(struct pr_stop *s)
{
	while (s->payloads) {
		struct pr_payload *p = s->payloads;

		s->payloads = p->next;
		free(p);
	}
}

bool pr_run_alloc_stops(struct pr_run *run, unsigned n)
{
	run->stops = calloc(n, sizeof(*run->stops));
	run->stops_made = run->stops ? n : 0;
	return run->stops != NULL;
}

void pr_run_free(struct pr_run *run)
{
	for (unsigned i = 0; run->stops && i < run->stops_made; i++)
		pr_payloads_free(&run->stops[i]);
	free(run->stops);
	run->stops = NULL;
	run->stops_made = 0;
}
