#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "diagnose.h"
#include "group-jobs.h"
#include "host.h"
#include "judge.h"
#include "ktap.h"
#include "probe.h"
#include "recording.h"
#include "repro-run.h"
#include "report.h"
#include "runner.h"
#include "targets.h"
#include "tracer.h"

#ifndef PKGLIBEXECDIR
#define PKGLIBEXECDIR "/usr/local/libexec/ptrace-regress"
#endif

/* A program of ours (a tracee, a reproducer), by its name: next to this
 * program (a build tree, a VM's initramfs), else where `make install` put
 * it. */
static void beside_runner(const char *name, char *buf, size_t len)
{
	char self[PATH_MAX - 64];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (n > 0) {
		self[n] = '\0';
		slash = strrchr(self, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, len, "%s/%s", self, name);
			if (access(buf, X_OK) == 0)
				return;
		}
	}
	snprintf(buf, len, "%s/%s", PKGLIBEXECDIR, name);
}

/* The tracee for a personality: in --tracee-dir, else beside the runner. */
static void tracee_file(const struct pr_options *o, const struct pr_personality *p,
			char *buf, size_t len)
{
	char name[80];

	snprintf(name, sizeof(name), "ptrace-regress-tracee-%s", p->name);
	if (o->tracee_dir)
		snprintf(buf, len, "%s/%s", o->tracee_dir, name);
	else
		beside_runner(name, buf, len);
}

/* Why configure built no tracee for personality name (PR_COMPAT_MISSING is
 * "no NAME tracee: why; no OTHER tracee: why"), or NULL. */
static const char *compat_missing(const char *name, char *buf, size_t len)
{
	char key[80];
	const char *at, *end;

	snprintf(key, sizeof(key), "no %s tracee: ", name);
	at = strstr(PR_COMPAT_MISSING, key);
	if (!at)
		return NULL;
	end = strstr(at, "; no ");
	snprintf(buf, len, "%.*s", (int)(end ? (size_t)(end - at) : strlen(at)), at);
	return buf;
}

/* Takes one group's check names when listing: prints (or counts) selected ids. */
struct group_out {
	const struct pr_options *o;
	const struct pr_target *t;
	const struct pr_group *g;
	FILE *ids;                 /* NULL: count only */
	unsigned n;
};

static void print_id(void *ctx, const char *name)
{
	struct group_out *out = ctx;

	if (!pr_check_selected(out->o->only, out->t, out->g, name))
		return;
	if (out->ids)
		fprintf(out->ids, "%s.%s.%s\n", out->t->name, out->g->name, name);
	out->n++;
}

unsigned pr_list_checks(const struct pr_options *o, FILE *ids)
{
	struct pr_target t[PR_MAX_TARGETS];
	unsigned nt = pr_host_targets(t, PR_MAX_TARGETS), n = 0;

	for (unsigned i = 0; i < nt; i++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct group_out out = { .o = o, .t = &t[i], .g = &pr_groups[g], .ids = ids };

			if (pr_groups[g].checks & t[i].not_applicable)
				continue; /* not a check of this target (targets.c) */
			pr_judge_names(t[i].pers, &pr_groups[g], print_id, &out);
			n += out.n;
		}
	const char *names[PR_FINDINGS_MAX];
	unsigned nf = pr_findings_selected(o->only, names);

	for (unsigned i = 0; i < nf && ids; i++)
		fprintf(ids, "%s.%s.%s\n", PR_FINDINGS_TARGET, PR_FINDINGS_GROUP, names[i]);
	return n + nf;
}

/* Report one group's run, and record it when asked. */
struct group_report {
	const struct pr_options *o;
	const struct pr_target *t;
	struct pr_report *r;
};

static void report_group(void *ctx, struct pr_run *run)
{
	struct group_report *gr = ctx;

	pr_report_group(gr->r, gr->t, run);
	if (gr->o->record)
		pr_rec_write_run(gr->o->record, run);
}

static unsigned skip_target(const struct pr_options *o, const struct pr_target *t,
			    struct pr_report *r, unsigned n, const char *why, bool failed)
{
	if (failed)
		pr_report_fail_target(r, n, t, why);
	else
		pr_report_skip_target(r, n, t, why);
	if (o->record)
		pr_rec_write_skip(o->record, t, why, failed);
	return 1;
}

/* A foreign path (x86_64's int $0x80, the i386 ABI) whose first call
 * failed, where the path's own programs do not execute either (ENOEXEC):
 * the kernel runs no code of that ABI at all (x86 without IA32 emulation
 * installs no int $0x80 gate, so the call faults).  Both facts together
 * are the evidence for a SKIP; either alone stays a failure. */
static int foreign_abi_missing(const struct pr_options *o, const struct pr_target *t, char *why, size_t len)
{
	char own[PATH_MAX], lacks[PATH_MAX + 200];
	const char *needs = pr_exec_needs(t->pers);

	tracee_file(o, t->pers, own, sizeof(own));
	if (access(own, X_OK) != 0 || pr_probe_exec(own, NULL, needs, lacks, sizeof(lacks)) != PR_PROBE_SKIP)
		return PR_PROBE_FAIL;
	/* Short: a recording keeps PR_REASON_MAX bytes of it. */
	snprintf(why, len, "%s: %s programs do not execute (ENOEXEC), and %s's %s path faults",
		 needs ? needs : "no kernel support", t->pers->name, t->program->name, t->path);
	return PR_PROBE_SKIP;
}

int pr_target_probe(const struct pr_options *o, const struct pr_target *t, char *tracee, size_t tlen, char *why,
		    size_t wlen)
{
	int probe;

	tracee_file(o, t->program, tracee, tlen);
	/* A compat tracee configure could not build: its reason names the compiler. */
	if (access(tracee, X_OK) != 0 && compat_missing(t->program->name, why, wlen))
		return PR_PROBE_SKIP;
	probe = pr_probe_exec(tracee, t->path, pr_exec_needs(t->program), why, wlen);
	if (probe == PR_PROBE_FAIL && t->pers != t->program)
		probe = foreign_abi_missing(o, t, why, wlen);
	return probe;
}

unsigned pr_target_launches(const struct pr_options *o, const struct pr_target *t, const char *tracee,
			    struct pr_launch *l)
{
	unsigned n = 0;

	for (unsigned g = 0; g < pr_ngroups; g++)
		if (pr_selected_in_group(o->only, t, &pr_groups[g]))
			l[n++] = (struct pr_launch){ t->pers, t->program, t->path, &pr_groups[g], tracee, o->timeout,
						     o->launch_by_exec };
	return n;
}

static unsigned run_target(const struct pr_options *o, const struct pr_target *t,
			   struct pr_report *r, unsigned n)
{
	char tracee[PATH_MAX], why[PATH_MAX + 200];
	unsigned entries = 0;
	int probe = pr_target_probe(o, t, tracee, sizeof(tracee), why, sizeof(why));

	if (probe != PR_PROBE_OK) /* a killed or wrong path fails its target */
		return skip_target(o, t, r, n, why, probe == PR_PROBE_FAIL);
	struct pr_launch l[pr_ngroups];
	struct group_report gr = { o, t, r };

	entries = pr_target_launches(o, t, tracee, l);
	pr_report_target_begin(r, t, pr_selected_groups(o->only, t));
	pr_trace_groups(l, entries, o->jobs, report_group, &gr);
	pr_report_target_end(r, n, t);
	return entries;
}

/* The findings' reproducers of this runner's own build, as a last target
 * (report.h), each recorded. */
static unsigned run_findings(const struct pr_options *o, struct pr_report *r, unsigned n)
{
	struct pr_launch l = { .pers = pr_personality_find(pr_host_personalities[0]) };
	const char *names[PR_FINDINGS_MAX];
	unsigned nf = pr_findings_selected(o->only, names);
	struct pr_rec_entry e;

	pr_report_findings_begin(r, nf);
	for (unsigned i = 0; i < nf; i++) {
		const char *name = names[i];
		char prog[PATH_MAX], file[120];

		memset(&e, 0, sizeof(e));
		l.program = l.pers;
		pr_run_init(&l, &e.run);
		snprintf(e.repro, sizeof(e.repro), "%s", name);
		snprintf(file, sizeof(file), "ptrace-regress-repro-%s", name);
		beside_runner(file, prog, sizeof(prog)); /* this runner's own build */
		e.repro_status = pr_run_reproducer(prog, o->timeout, e.repro_said, sizeof(e.repro_said));
		pr_report_finding(r, &e.run, name, e.repro_status, e.repro_said);
		if (o->record)
			pr_rec_write_repro(o->record, &e);
	}
	pr_report_findings_end(r, n);
	return nf;
}

int pr_run_checks(const struct pr_options *o)
{
	struct pr_target t[PR_MAX_TARGETS];
	unsigned nt = pr_host_targets(t, PR_MAX_TARGETS), plan = 0, n = 0, entries = 0;
	unsigned repeat = o->repeat ? o->repeat : 1;
	struct pr_report r;
	struct pr_ktap k = { .out = stdout };
	char why[256];
	int status;

	switch (pr_probe_ptrace(why, sizeof(why))) {
	case PR_PROBE_SKIP:
		pr_ktap_skip_all(&k, why);
		if (o->record) {
			pr_rec_write_header(o->record, o->tool, why);
			pr_rec_write_trailer(o->record, 0);
		}
		return PR_EXIT_SKIP;
	case PR_PROBE_FAIL: /* the interface is broken, not missing */
		pr_ktap_begin(&k, 1);
		pr_ktap_diag(&k, why);
		pr_ktap_result(&k, 1, PR_FAIL, "ptrace-probe", NULL);
		return PR_EXIT_FAIL;
	}
	if (o->record)
		pr_rec_write_header(o->record, o->tool, NULL);
	for (unsigned i = 0; i < nt; i++)
		plan += pr_selected_groups(o->only, &t[i]) > 0;
	plan += pr_findings_selected(o->only, NULL) > 0;
	pr_report_begin(&r, stdout, o->only, plan * repeat);
	r.strict = o->strict;
	for (unsigned k = 1; k <= repeat; k++) {
		struct pr_tally before = r.all;

		for (unsigned i = 0; i < nt; i++) {
			struct pr_target ti = t[i];

			if (!pr_selected_groups(o->only, &ti))
				continue;
			if (repeat > 1)
				snprintf(ti.name, sizeof(ti.name), "%s#%u", t[i].name, k);
			entries += run_target(o, &ti, &r, ++n);
		}
		if (pr_findings_selected(o->only, NULL))
			entries += run_findings(o, &r, ++n);
		if (repeat > 1)
			printf("# run %u of %u: pass:%u fail:%u skip:%u timeout:%u\n", k, repeat,
			       r.all.pass - before.pass, r.all.fail - before.fail,
			       r.all.skip - before.skip, r.all.timeout - before.timeout);
	}
	status = pr_report_end(&r);
	if (o->record)
		pr_rec_write_trailer(o->record, entries);
	return status;
}
