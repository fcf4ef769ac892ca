/* Tampering: for each call the tracer changes at one of its stops, the
 * request succeeded, PTRACE_GET_SYSCALL_INFO reads the change back, and the
 * tracee saw its effect: the next call reports what the tampered call
 * returned (PR_ARG_LAST in args[0]).  The same table runs through
 * PTRACE_SET_SYSCALL_INFO and through the legacy SETREGSET, so the two
 * interfaces are held to the same results. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "judge-internal.h"

static const char *via_name(enum pr_tamper_via via)
{
	return via == PR_VIA_SET_INFO ? "PTRACE_SET_SYSCALL_INFO" : "PTRACE_SETREGSET NT_PRSTATUS";
}

static void expect_set(struct judge *j, const struct pr_stop *s)
{
	if (!s->tampered)
		check_fail(j, "the tracer did not tamper at this stop");
	else if (s->tamper_ret != 0)
		check_fail(j, "%s: expected 0, seen error %lld (%s)", via_name(j->g->via),
			   (long long)-s->tamper_ret, strerror((int)-s->tamper_ret));
}

static void expect_readback(struct judge *j, const struct pr_call *c, unsigned idx,
			    const struct pr_stop *s)
{
	const struct pr_tamper *t = c->tamper;
	struct pr_info after;
	char what[40];

	if (!s->tampered || s->after_ret < 0) {
		check_fail(j, "no PTRACE_GET_SYSCALL_INFO after the change (%lld)", (long long)s->after_ret);
		return;
	}
	pr_info_decode(s->after, (size_t)s->after_ret < PR_INFO_BUF ? (size_t)s->after_ret : PR_INFO_BUF,
		       j->p->big_endian, &after);
	if (t->at == PR_STOP_EXIT) {
		/* A 32-bit tracee sees the low word of a success, and that is all
		 * a tracer's compat register write sets: s390's keeps the high
		 * half, and syscall_get_return_value() passes it on. */
		if (j->p->word_bits == 32 && !t->is_error)
			expect_hex(j, "rval read back (low word)", (uint64_t)t->rval & pr_word_mask(j->p),
				   (uint64_t)after.rval & pr_word_mask(j->p));
		else
			expect_dec(j, "rval read back", t->rval, after.rval);
		expect_dec(j, "is_error read back", t->is_error, after.is_error);
		return;
	}
	if (t->nr_change == PR_TAMPER_NR_SKIP)
		expect_hex(j, "nr read back (skipped: -1)", UINT64_MAX & j->p->nr_mask, after.nr);
	else if (t->nr_change == PR_TAMPER_NR_SET)
		expect_hex(j, "nr read back", pr_expected_nr(j->p, t->nr), after.nr);
	for (unsigned a = 0; a < 6; a++)
		if (t->args_mask & (1u << a)) {
			snprintf(what, sizeof(what), "args[%u] read back", a);
			expect_hex(j, what, pr_arg_eval(j->p, &t->args[a], idx, j->run->pid), after.args[a]);
		}
}

/* The report call after call i carries what the tracee saw in args[0]. */
static void expect_observed(struct judge *j, const struct pr_call *c, unsigned report)
{
	const struct pr_stop *s;
	struct pr_info info;
	int64_t rval;
	bool is_error;

	if (!check_stop(j, entry_stop(j, report), &s, &info))
		return;
	expected_result(j, c, report - 1, c->tamper->observe, c->tamper->observe_value, &rval, &is_error);
	expect_hex(j, "the tampered call's result, as the tracee saw it", (uint64_t)rval & pr_word_mask(j->p),
		   info.args[0]);
}

static bool reported(const struct judge *j, unsigned i)
{
	return i + 1 < j->g->ncalls && j->g->calls[i + 1].args[0].kind == PR_ARG_LAST;
}

/* Without the request every check of a SET_SYSCALL_INFO group is SKIP. */
static bool lacks_set_info(const struct judge *j, char *why, size_t len)
{
	const struct pr_run *run = j->run;

	if (!run || j->g->via != PR_VIA_SET_INFO || !run->set_probed || run->set_probe_ret != -EIO)
		return false;
	snprintf(why, len, "kernel %s lacks PTRACE_SET_SYSCALL_INFO (Linux 6.16+): request 0x4212 "
		 "failed with EIO", run->release[0] ? run->release : "?");
	return true;
}

/* A change of the first argument through a regset that does not hold it
 * (riscv's orig_a0): SKIP, saying why. */
static bool regs_cannot_set_arg0(const struct judge *j, const struct pr_tamper *t, char *why,
				 size_t len)
{
	if (j->g->via != PR_VIA_REGSET || !(t->args_mask & 1) || !j->p->regs_arg0_missing)
		return false;
	snprintf(why, len, "%s", j->p->regs_arg0_missing);
	return true;
}

void judge_tamper(struct judge *j)
{
	static const char *const fields[] = { "set", "readback", "observed" };
	char why[PR_REASON_MAX], arg0_why[PR_REASON_MAX];
	bool skip = lacks_set_info(j, why, sizeof(why));

	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];
		int at = plan_stop(j, i, c->tamper ? c->tamper->at : PR_STOP_ENTRY);

		if (!c->tamper)
			continue;
		for (unsigned f = 0; f < 3; f++) {
			const struct pr_stop *s;
			struct pr_info info;

			if (f == 2 && !reported(j, i))
				continue;
			/* "observed" looks at the report call's entry stop. */
			check_begin(j, f == 2 ? &j->g->calls[i + 1] : c, f == 2 ? entry_stop(j, i + 1) : at,
				    "%s.%s", c->name, fields[f]);
			if (skip)
				check_skip(j, why);
			else if (regs_cannot_set_arg0(j, c->tamper, arg0_why, sizeof(arg0_why)))
				check_skip(j, arg0_why);
			else if (f == 2)
				expect_observed(j, c, i + 1);
			else if (check_stop(j, at, &s, &info))
				f == 0 ? expect_set(j, s) : expect_readback(j, c, i, s);
			check_end(j);
		}
	}
}
