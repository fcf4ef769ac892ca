/* The recording parser: what the writer writes reads back identically, and
 * defects are errors with the right line number. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "payload.h"
#include "recording.h"
#include "synth.h"
#include "unit-replay.h"

static int read_text(const char *text, struct pr_recording *rec, char *err, size_t len)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	int r;

	ck_assert_ptr_nonnull(f);
	r = pr_rec_read(f, "t", rec, err, len);
	fclose(f);
	return r;
}

/* Two stops record the same: the common record, and every kind's payload
 * as a reader sees it (a payload of zeros reads back absent, the same). */
static bool same_stop(const struct pr_stop *a, const struct pr_stop *b)
{
	if (memcmp(a, b, offsetof(struct pr_stop, payloads)) != 0)
		return false;
	for (const struct pr_payload_kind *const *k = pr_payload_kinds; *k; k++)
		if (memcmp(pr_payload_read(a, *k), pr_payload_read(b, *k), (*k)->size) != 0)
			return false;
	return true;
}

/* One synthesised run through the writer and the reader. */
static void round_trip_run(const struct pr_run *run)
{
	struct pr_recording rec;
	char *buf = NULL, err[512];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	pr_rec_write_header(f, "unit", NULL);
	pr_rec_write_run(f, run);
	pr_rec_write_trailer(f, 1);
	fclose(f);
	ck_assert_msg(read_text(buf, &rec, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(rec.entries[0].run.nstops, run->nstops);
	for (unsigned i = 0; i < run->nstops; i++)
		ck_assert_msg(same_stop(&rec.entries[0].run.stops[i], &run->stops[i]),
			      "%s stop %u differs after the round trip", run->group->name, i);
	pr_rec_free(&rec);
	free(buf);
}

/* Every group's payloads read back as written, and every kind is among them. */
START_TEST(payloads_round_trip)
{
	const struct pr_personality *p = pr_personality_find("x86_64");
	unsigned seen = 0, nkinds = 0;

	for (unsigned g = 0; g < pr_ngroups; g++) {
		struct pr_run run;

		pr_synth_run(p, p->paths[0], &pr_groups[g], NULL, &run);
		round_trip_run(&run);
		for (unsigned i = 0; i < run.nstops; i++)
			for (unsigned k = 0; pr_payload_kinds[k]; k++)
				if (pr_payload_find(&run.stops[i], pr_payload_kinds[k]))
					seen |= 1u << k;
		pr_run_free(&run);
	}
	while (pr_payload_kinds[nkinds])
		nkinds++;
	ck_assert_uint_eq(seen, (1u << nkinds) - 1);
}
END_TEST

START_TEST(round_trip)
{
	const struct pr_personality *p = pr_personality_find("ia64");
	struct pr_recording rec;
	struct pr_run run;
	char *buf = NULL, err[512];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct pr_target skipped;

	pr_synth_run(p, "epc", pr_group_find("info-size"), NULL, &run);
	pr_target_make(&skipped, p, "break", p);
	pr_rec_write_header(f, "unit", NULL);
	pr_rec_write_skip(f, &skipped, "no tracee program", false);
	pr_rec_write_run(f, &run);
	pr_rec_write_trailer(f, 2);
	fclose(f);
	ck_assert_msg(read_text(buf, &rec, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(rec.nentries, 2);
	ck_assert_ptr_null(rec.entries[0].run.group);
	ck_assert_str_eq(rec.entries[0].skip, "no tracee program");
	ck_assert_str_eq(rec.entries[1].run.path, "epc");
	ck_assert_uint_eq(rec.entries[1].run.nstops, run.nstops);
	ck_assert_uint_eq(rec.entries[1].run.stub_end, run.stub_end);
	for (unsigned i = 0; i < run.nstops; i++)
		ck_assert_msg(same_stop(&rec.entries[1].run.stops[i], &run.stops[i]),
			      "stop %u differs after the round trip", i);
	pr_rec_free(&rec);
	pr_run_free(&run);
	free(buf);
}
END_TEST

/* A version 3 run, up to its first stop (13 lines). */
#define RUN3 "ptrace-regress-recording 3\n[run]\npersonality ia64\npath break\ngroup stops\nmachine m\n" \
	"release r\npid 1\nppid 2\nstub_begin 0x0\nstub_end 0x0\nend exited\nend_code 0\n"

static const struct {
	const char *text;
	const char *error; /* expected, after "t:" */
} bad[] = {
	{ "ptrace-regress-recording 9\n", "1: recording format version '9'" },
	{ "ptrace-regress-recording 1\n[run]\npersonality ia64\n", "3: truncated: no [end] line" },
	{ "ptrace-regress-recording 1\n[run]\npersonality ia64\npath break\n[end 1]\n",
	  "5: [run] section ends without its 'group' field" },
	{ "ptrace-regress-recording 1\n[stop 0]\n", "2: [stop] outside a [run] section" },
	{ "ptrace-regress-recording 1\ntool x\ntool y\n", "3: field 'tool' given twice" },
	{ "ptrace-regress-recording 1\n[skip]\npersonality ia64\npath break\n[end 1]\nx\n",
	  "6: content after the [end] line" },
	{ "ptrace-regress-recording 1\n[run]\npid 0x12\n", "3: field 'pid': '0x12' is not a decimal" },
	{ "ptrace-regress-recording 1\n[run]\nstub_end 12\n", "3: field 'stub_end': '12' is not a 0x" },
	{ "ptrace-regress-recording 1\n[run]\npid 99999999999999999999\n", "3: field 'pid': '99999999999999999999' is out of range" },
	{ "ptrace-regress-recording 1\n[run]\nend_code 4294967296\n", "3: field 'end_code': 4294967296 does not fit" },
	{ "ptrace-regress-recording 1\n[run]\nend finished\n", "3: field 'end': unknown end 'finished'" },
	{ "ptrace-regress-recording 1\n[bogus]\n", "2: unknown section [bogus]" },
	{ "ptrace-regress-recording 1\n[run\n", "2: section line without its closing ']'" },
	{ "ptrace-regress-recording 1\n[run]\npid\n", "3: field 'pid' has no value" },
	{ RUN3 "[stop 0]\ntampered 1\ntampered 1\n", "16: field 'tampered' given twice" },
	{ RUN3 "[stop 0]\nafter_ret 0x1\n", "15: field 'after_ret': '0x1' is not a decimal" },
	{ RUN3 "[stop 0]\nsized 2\n", "15: field 'sized': expected 0 or 1" },
	{ "ptrace-regress-recording 2\n[repro]\npersonality ppc64le\nfinding nosuch\nstatus 0x100\n[end 1]\n",
	  "6: [repro] of 'nosuch', which is no finding of the catalogue" },
	{ "ptrace-regress-recording 2\n[repro]\npersonality ppc64le\nfinding ppc-tif-syscall-ret\n[end 1]\n",
	  "5: [repro] section ends without its 'status' field" },
};

START_TEST(defects)
{
	struct pr_recording rec;
	char err[512], want[200];

	snprintf(want, sizeof(want), "t:%s", bad[_i].error);
	ck_assert_int_eq(read_text(bad[_i].text, &rec, err, sizeof(err)), -1);
	ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "case %d: expected '%s...', got '%s'", _i,
		      want, err);
	ck_assert_uint_eq(rec.nentries, 0);
}
END_TEST

Suite *recording_suite(void)
{
	Suite *s = suite_create("recording");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, payloads_round_trip);
	tcase_add_loop_test(tc, defects, 0, sizeof(bad) / sizeof(bad[0]));
	suite_add_tcase(s, tc);
	return s;
}
