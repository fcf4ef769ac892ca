#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ktap.h"
#include "probe.h"
#include "runner.h"
#include "targets.h"
#include "tracer.h"

#ifndef PKGLIBEXECDIR
#define PKGLIBEXECDIR "/usr/local/libexec/ptrace-regress"
#endif

struct tally {
	unsigned pass, fail, skip, timeout;
};

static void tally_add(struct tally *t, enum pr_verdict v)
{
	switch (v) {
	case PR_PASS: t->pass++; break;
	case PR_FAIL: t->fail++; break;
	case PR_SKIP: t->skip++; break;
	case PR_TIMEOUT: t->timeout++; break;
	}
}

static enum pr_verdict tally_verdict(const struct tally *t)
{
	if (t->fail || t->timeout)
		return PR_FAIL;
	return t->pass ? PR_PASS : PR_SKIP;
}

/* The tracee for a personality: in --tracee-dir, else next to this program
 * (a build tree, a VM's initramfs), else where `make install` put it. */
static void tracee_file(const struct pr_options *o, const struct pr_personality *p,
			char *buf, size_t len)
{
	char self[PATH_MAX - 64];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (o->tracee_dir) {
		snprintf(buf, len, "%s/ptrace-regress-tracee-%s", o->tracee_dir, p->name);
		return;
	}
	if (n > 0) {
		self[n] = '\0';
		slash = strrchr(self, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, len, "%s/ptrace-regress-tracee-%s", self, p->name);
			if (access(buf, X_OK) == 0)
				return;
		}
	}
	snprintf(buf, len, "%s/ptrace-regress-tracee-%s", PKGLIBEXECDIR, p->name);
}

/* Emits for one group: prints selected checks (or just their ids). */
struct group_out {
	const struct pr_options *o;
	const struct pr_target *t;
	const struct pr_group *g;
	struct pr_ktap *k;         /* for results */
	FILE *ids;                 /* for --list (NULL: count only) */
	unsigned n;
	struct tally tally;
};

static void print_id(void *ctx, const struct pr_result *r)
{
	struct group_out *out = ctx;

	if (!pr_check_selected(out->o->only, out->t, out->g, r->name))
		return;
	if (out->ids)
		fprintf(out->ids, "%s.%s.%s\n", out->t->name, out->g->name, r->name);
	out->n++;
}

static void print_result(void *ctx, const struct pr_result *r)
{
	struct group_out *out = ctx;

	if (!pr_check_selected(out->o->only, out->t, out->g, r->name))
		return;
	pr_ktap_diag(out->k, r->diag);
	pr_ktap_result(out->k, ++out->n, r->verdict, r->name, r->reason);
	tally_add(&out->tally, r->verdict);
}

unsigned pr_list_checks(const struct pr_options *o, FILE *ids)
{
	struct pr_target t[PR_MAX_TARGETS];
	unsigned nt = pr_host_targets(t, PR_MAX_TARGETS), n = 0;

	for (unsigned i = 0; i < nt; i++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct group_out out = { .o = o, .t = &t[i], .g = &pr_groups[g], .ids = ids };

			pr_judge(t[i].pers, &pr_groups[g], NULL, print_id, &out);
			n += out.n;
		}
	return n;
}

static unsigned selected_groups(const struct pr_options *o, const struct pr_target *t)
{
	unsigned n = 0;

	for (unsigned g = 0; g < pr_ngroups; g++)
		n += pr_selected_in_group(o->only, t, &pr_groups[g]) > 0;
	return n;
}

static void run_group(const struct pr_options *o, const struct pr_target *t, const char *tracee,
		      const struct pr_group *g, struct pr_ktap *k, unsigned n, struct tally *all)
{
	struct pr_launch l = { t->pers, t->path, g, tracee, o->timeout };
	struct group_out out = { .o = o, .t = t, .g = g, .k = k };
	struct pr_run run;

	pr_trace_group(&l, &run);
	pr_ktap_subtest(k, g->name, pr_selected_in_group(o->only, t, g));
	pr_judge(t->pers, g, &run, print_result, &out);
	pr_ktap_subtest_end(k, n, tally_verdict(&out.tally), g->name, NULL);
	pr_run_free(&run);
	all->pass += out.tally.pass;
	all->fail += out.tally.fail;
	all->skip += out.tally.skip;
	all->timeout += out.tally.timeout;
}

static void run_target(const struct pr_options *o, const struct pr_target *t, struct pr_ktap *k,
		       unsigned n, struct tally *all)
{
	char tracee[PATH_MAX], why[PATH_MAX + 200];
	struct tally before = *all, mine;
	unsigned gi = 0;

	tracee_file(o, t->pers, tracee, sizeof(tracee));
	if (pr_probe_exec(tracee, why, sizeof(why)) != 0) {
		pr_ktap_result(k, n, PR_SKIP, t->name, why);
		all->skip++;
		return;
	}
	pr_ktap_subtest(k, t->name, selected_groups(o, t));
	for (unsigned g = 0; g < pr_ngroups; g++)
		if (pr_selected_in_group(o->only, t, &pr_groups[g]))
			run_group(o, t, tracee, &pr_groups[g], k, ++gi, all);
	mine = (struct tally){ all->pass - before.pass, all->fail - before.fail,
			       all->skip - before.skip, all->timeout - before.timeout };
	pr_ktap_subtest_end(k, n, tally_verdict(&mine), t->name, NULL);
}

int pr_run_checks(const struct pr_options *o)
{
	struct pr_target t[PR_MAX_TARGETS];
	unsigned nt = pr_host_targets(t, PR_MAX_TARGETS), plan = 0, n = 0;
	struct pr_ktap k = { .out = stdout };
	struct tally all = { 0 };
	char why[256];

	if (pr_probe_ptrace(why, sizeof(why)) != 0) {
		pr_ktap_skip_all(&k, why);
		return PR_EXIT_SKIP;
	}
	for (unsigned i = 0; i < nt; i++)
		plan += selected_groups(o, &t[i]) > 0;
	pr_ktap_begin(&k, plan);
	for (unsigned i = 0; i < nt; i++)
		if (selected_groups(o, &t[i]))
			run_target(o, &t[i], &k, ++n, &all);
	printf("# Totals: pass:%u fail:%u xfail:0 xpass:0 skip:%u error:%u\n", all.pass, all.fail,
	       all.skip, all.timeout);
	if (all.fail || all.timeout)
		return PR_EXIT_FAIL;
	return all.pass ? PR_EXIT_PASS : PR_EXIT_SKIP;
}
