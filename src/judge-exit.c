/* Exit stops: rval and is_error against the scenario's outcome, and against
 * what the arch's convention derives from the raw result registers. */
#include "judge-families.h"

CALL_CHECK(op)
{
	CHECK_ARGS_USED;
	expect_dec(j, "op", PR_OP_EXIT, info->op);
}

/* The call's outcome as (rval, is_error). */
struct outcome {
	int64_t rval;
	bool is_error;
};

static struct outcome outcome_of(const struct judge *j, const struct pr_call *c, unsigned idx)
{
	struct outcome o;

	expected_result(j, c, idx, c->expect, c->value, &o.rval, &o.is_error);
	return o;
}

CALL_CHECK(rval)
{
	CHECK_ARGS_USED;
	expect_dec(j, "rval", outcome_of(j, c, idx).rval, info->rval);
}

CALL_CHECK(is_error)
{
	CHECK_ARGS_USED;
	expect_dec(j, "is_error", outcome_of(j, c, idx).is_error, info->is_error);
}

/* What the arch's convention makes of the raw result registers. */
CALL_CHECK(raw)
{
	int64_t raw_rval;
	bool raw_is_error;

	CHECK_ARGS_USED;
	if (s->regs_err) {
		check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
		return;
	}
	j->p->decode_result(&s->regs, &raw_rval, &raw_is_error);
	expect_dec(j, "rval vs raw registers", raw_rval, info->rval);
	expect_dec(j, "is_error vs raw registers", raw_is_error, info->is_error);
}

/* An interrupted call's results are judge-restart.c's. */
static bool has_result(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return c->expect != PR_EXPECT_NOTHING && !pr_call_interrupt(c);
}

static const struct call_check exit_checks[] = {
	{ "op", exit_stop, op, NULL },
	{ "rval", exit_stop, rval, NULL },
	{ "is_error", exit_stop, is_error, NULL },
	{ "raw", exit_stop, raw, NULL },
};

PR_CALL_FAMILY(exit, exit_checks, has_result)
