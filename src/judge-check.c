/* The judge's check primitives, below every family: begin a check, record
 * what it expected and saw, end it with the context line.  No family here. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "action.h"
#include "judge-check.h"

void check_begin(struct judge *j, const struct pr_call *c, int stop, const char *fmt, ...)
{
	va_list ap;

	memset(&j->r, 0, sizeof(j->r));
	va_start(ap, fmt);
	vsnprintf(j->r.name, sizeof(j->r.name), fmt, ap);
	va_end(ap);
	j->r.verdict = PR_PASS;
	j->r.call = c;
	j->r.stop = stop;
}

static void append(struct pr_result *r, const char *fmt, va_list ap)
{
	size_t len = strlen(r->diag);

	if (len + 2 >= sizeof(r->diag))
		return;
	if (len)
		r->diag[len++] = '\n';
	vsnprintf(r->diag + len, sizeof(r->diag) - len, fmt, ap);
}

static void diag(struct judge *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	append(&j->r, fmt, ap);
	va_end(ap);
}

/* A diagnostic line; a failure too when fails. */
static void add_line(struct judge *j, bool fails, const char *fmt, va_list ap)
{
	if (fails && j->r.verdict == PR_PASS)
		j->r.verdict = PR_FAIL;
	append(&j->r, fmt, ap);
}

void check_fail(struct judge *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_line(j, true, fmt, ap);
	va_end(ap);
}

void check_note(struct judge *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_line(j, false, fmt, ap);
	va_end(ap);
}

/* The first diagnostic line of a failure says where: kernel, personality,
 * path, and which stop of which call. */
static void prepend_context(struct judge *j)
{
	char body[PR_DIAG_MAX], where[160] = "";
	const struct pr_call *c = j->r.call;

	memcpy(body, j->r.diag, sizeof(body));
	j->r.diag[0] = '\0';
	if (c && j->r.stop >= 0 && (unsigned)j->r.stop < j->nplan) {
		const struct pr_plan_stop *ps = &j->plan[j->r.stop];

		snprintf(where, sizeof(where), ", stop %d: %s of %s (nr %#llx)", j->r.stop,
			 pr_stop_kind_name(ps->kind), pr_sys_name(ps->sys),
			 (unsigned long long)pr_expected_nr(j->p, ps->sys));
	}
	diag(j, "%s: arch %s (kernel %s), personality %s, path %s%s", j->r.name,
	     j->run->machine[0] ? j->run->machine : "?", j->run->release[0] ? j->run->release : "?",
	     j->p->name, j->run->path ? j->run->path : "?", where);
	if (body[0])
		diag(j, "%s", body);
}

void check_about(struct judge *j, const struct pr_call *c)
{
	j->r.call = c;
}

void check_skip(struct judge *j, const char *reason)
{
	j->r.verdict = PR_SKIP;
	j->r.diag[0] = '\0';
	snprintf(j->r.reason, sizeof(j->r.reason), "%s", reason);
}

void check_end(struct judge *j)
{
	if (j->r.verdict != PR_PASS && j->r.verdict != PR_SKIP)
		prepend_context(j);
	j->emit(j->ctx, &j->r);
}

bool check_stop(struct judge *j, int index, const struct pr_stop **stop, struct pr_info *info)
{
	const struct pr_run *run = j->run;
	const struct pr_stop *s;
	char end[240];

	if (run->end == PR_END_SKIPPED) {
		j->r.verdict = PR_SKIP;
		snprintf(j->r.reason, sizeof(j->r.reason), "%s", run->end_msg);
		return false;
	}
	if (index < 0 || (unsigned)index >= run->nstops) {
		pr_run_describe_end(run, end, sizeof(end));
		if (run->end == PR_END_TIMEOUT) {
			j->r.verdict = PR_TIMEOUT;
			snprintf(j->r.reason, sizeof(j->r.reason), "%d seconds", run->end_code);
		}
		check_fail(j, "no stop %d: the tracee %s after %u stops", index, end, run->nstops);
		return false;
	}
	s = &run->stops[index];
	if (s->info_ret < 0) {
		check_fail(j, "PTRACE_GET_SYSCALL_INFO failed: %s", strerror((int)-s->info_ret));
		return false;
	}
	pr_info_decode(s->info, s->info_ret < PR_INFO_BUF ? (size_t)s->info_ret : PR_INFO_BUF,
		       j->p->big_endian, info);
	*stop = s;
	return true;
}

void expect_hex(struct judge *j, const char *what, uint64_t expected, uint64_t seen)
{
	if (expected != seen)
		check_fail(j, "%s: expected 0x%016llx, seen 0x%016llx", what,
			   (unsigned long long)expected, (unsigned long long)seen);
}

void expect_dec(struct judge *j, const char *what, int64_t expected, int64_t seen)
{
	if (expected != seen)
		check_fail(j, "%s: expected %lld (%#llx), seen %lld (%#llx)", what, (long long)expected,
			   (unsigned long long)expected, (long long)seen, (unsigned long long)seen);
}

void name_add(const struct names *out, const char *fmt, ...)
{
	char name[PR_NAME_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	out->fn(out->ctx, name);
}

/* Does an action of call c end the run (a kill, a detach: its run_end)?
 * Its stops after that one are not planned, so not judged: the lifecycle
 * family judges that none came. */
static bool ends_run(const struct pr_call *c)
{
	for (const struct pr_do *d = c->does; d < c->does + PR_DOES_MAX && d->id; d++)
		if (pr_actions[d->id]->run_end)
			return true;
	return false;
}

/* Each check (k) each call (i) applies() takes has, in the order both the
 * judging and the naming walk them; of a call whose action ends the run, the
 * checks of the stops the plan no longer has are left out. */
static void walk_calls(const struct judge *j, const struct call_check *checks, unsigned n,
		       bool (*applies)(const struct judge *j, const struct pr_call *c, unsigned call),
		       void (*each)(void *ctx, const struct pr_call *c, unsigned i, const struct call_check *k),
		       void *ctx)
{
	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];

		if (!applies(j, c, i))
			continue;
		for (unsigned k = 0; k < n; k++)
			if ((!checks[k].has || checks[k].has(j, c)) &&
			    !(ends_run(c) && checks[k].stop_of(j, i) < 0))
				each(ctx, c, i, &checks[k]);
	}
}

static void judge_one(void *ctx, const struct pr_call *c, unsigned i, const struct call_check *k)
{
	struct judge *j = ctx;
	int at = k->stop_of(j, i);
	const struct pr_stop *s;
	struct pr_info info;

	check_begin(j, c, at, "%s.%s", c->name, k->name);
	if (check_stop(j, at, &s, &info))
		k->judge(j, c, i, at, s, &info);
	check_end(j);
}

void judge_calls(struct judge *j, const struct call_check *checks, unsigned n,
		 bool (*applies)(const struct judge *j, const struct pr_call *c, unsigned call))
{
	walk_calls(j, checks, n, applies, judge_one, j);
}

static void name_one(void *ctx, const struct pr_call *c, unsigned i, const struct call_check *k)
{
	(void)i;
	name_add(ctx, "%s.%s", c->name, k->name);
}

void name_calls(const struct judge *j, const struct call_check *checks, unsigned n,
		bool (*applies)(const struct judge *j, const struct pr_call *c, unsigned call),
		const struct names *out)
{
	walk_calls(j, checks, n, applies, name_one, (void *)out);
}

void judge_stop(struct judge *j, const struct pr_call *c, const char *prefix, int at,
		const struct stop_check *checks, unsigned n)
{
	for (unsigned k = 0; k < n; k++) {
		const struct pr_stop *s;
		struct pr_info info;

		check_begin(j, c, at, "%s.%s", prefix, checks[k].name);
		if (check_stop(j, at, &s, &info))
			checks[k].judge(j, at, s, &info);
		check_end(j);
	}
}

void name_stop(const char *prefix, const struct stop_check *checks, unsigned n, const struct names *out)
{
	for (unsigned k = 0; k < n; k++)
		name_add(out, "%s.%s", prefix, checks[k].name);
}
