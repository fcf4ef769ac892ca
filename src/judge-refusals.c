/* PTRACE_SET_SYSCALL_INFO's refusals: at every stop of the group the tracer
 * made each pr_refusals row that applies there (a SET from the stop's own
 * info with one change), then read GET again:
 *   refuse.NAME     the row's errno at every stop, by the op the stop has
 *                   (EINVAL, ERANGE), or 0 where the kernel takes the SET
 *                   and ignores the change;
 *   refuse.unchanged the GET after them all is the stop's GET, byte for byte:
 *                   a refused SET changed nothing, an accepted one nothing
 *                   but what it set to the same value.
 * What the tracee then saw is the exit checks'.  Without the request (its
 * SETs fail with EIO, Linux before 6.16) every check is SKIP saying so. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/refused.h"

/* The row a kernel must take at a syscall stop (size-89) failed with EIO
 * at every stop it was made at: no such request. */
static bool lacks_request(const struct judge *j, char *why, size_t len)
{
	bool made = false;

	for (unsigned k = 0; k < j->run->nstops && k < j->nplan; k++) {
		const struct pr_refused *rf = pr_refused_of(&j->run->stops[k]);
		unsigned op;
		int status;

		pr_plan_stop_shape(j->p, j->g, &j->plan[k], &status, &op);
		for (unsigned r = 0; rf->refused && r < pr_nrefusals; r++) {
			if (pr_refusal_error(&pr_refusals[r], op) < 0)
				continue; /* not made here */
			if (rf->refusal_ret[r] != -EIO)
				return false;
			made = true;
		}
	}
	if (!made)
		return false;
	snprintf(why, len, "kernel %s lacks PTRACE_SET_SYSCALL_INFO (Linux 6.16+): request 0x4212 "
		 "failed with EIO", j->run->release[0] ? j->run->release : "?");
	return true;
}

static void row_at(struct judge *j, unsigned r, unsigned k, const struct pr_stop *s)
{
	const struct pr_refusal *row = &pr_refusals[r];
	const struct pr_refused *rf = pr_refused_of(s);
	unsigned op;
	int status, want;

	pr_plan_stop_shape(j->p, j->g, &j->plan[k], &status, &op);
	want = pr_refusal_error(row, op);
	if (!pr_plan_refuses(j->g, &j->plan[k]))
		return;
	if (!rf->refused) {
		check_fail(j, "stop %u: the tracer made no SETs here", k);
		return;
	}
	if (want < 0)
		return;
	if (rf->refusal_ret[r] > 0)
		check_fail(j, "stop %u (%s of %s, op %s): SET %s: expected %s, seen it return %lld (a success "
			   "is 0)", k, pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys),
			   pr_info_op_name(op), row->name, want ? strerror(want) : "0", (long long)rf->refusal_ret[r]);
	else if (rf->refusal_ret[r] != -want)
		check_fail(j, "stop %u (%s of %s, op %s): SET %s: expected %s, seen %s", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys), pr_info_op_name(op),
			   row->name, want ? strerror(want) : "success",
			   rf->refusal_ret[r] == 0 ? "success" : strerror((int)-rf->refusal_ret[r]));
}

static void unchanged_at(struct judge *j, unsigned k, const struct pr_stop *s)
{
	const struct pr_refused *rf = pr_refused_of(s);

	if (!rf->refused || !pr_plan_refuses(j->g, &j->plan[k]))
		return;
	if (rf->refusal_after_ret != s->info_ret)
		check_fail(j, "stop %u: GET after the SETs returned %lld, before them %lld", k,
			   (long long)rf->refusal_after_ret, (long long)s->info_ret);
	else if (memcmp(rf->refusal_after, s->info, PR_INFO_BUF) != 0)
		check_fail(j, "stop %u (%s of %s): the GET after the SETs differs from the one before them", k,
			   pr_stop_kind_name(j->plan[k].kind), pr_sys_name(j->plan[k].sys));
}

/* A row of pr_refusals, then the check that nothing changed. */
static const char *refusal_name(unsigned r)
{
	return r < pr_nrefusals ? pr_refusals[r].name : "unchanged";
}

void judge_refusals(struct judge *j)
{
	char why[PR_REASON_MAX];
	bool skip = lacks_request(j, why, sizeof(why));

	for (unsigned r = 0; r <= pr_nrefusals; r++) {
		check_begin(j, NULL, -1, "refuse.%s", refusal_name(r));
		for (unsigned k = 0; !skip && k < j->nplan; k++) {
			const struct pr_stop *s;
			struct pr_info info;

			if (!check_stop(j, (int)k, &s, &info))
				break;
			if (r < pr_nrefusals)
				row_at(j, r, k, s);
			else
				unchanged_at(j, k, s);
		}
		if (skip)
			check_skip(j, why);
		check_end(j);
	}
}

void names_refusals(const struct judge *j, const struct names *out)
{
	(void)j;
	for (unsigned r = 0; r <= pr_nrefusals; r++)
		name_add(out, "refuse.%s", refusal_name(r));
}
