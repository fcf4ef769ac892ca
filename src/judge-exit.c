/* Exit stops: rval and is_error against the scenario's outcome, and against
 * what the arch's convention derives from the raw result registers. */
#include "judge-families.h"

void judge_exit(struct judge *j)
{
	static const char *const fields[] = { "op", "rval", "is_error", "raw" };

	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];
		int64_t rval, raw_rval;
		bool is_error, raw_is_error;

		if (c->expect == PR_EXPECT_NOTHING || pr_call_interrupted(c))
			continue; /* an interrupted call's results are judge-restart.c's */
		expected_result(j, c, i, c->expect, c->value, &rval, &is_error);
		for (unsigned f = 0; f < 4; f++) {
			const struct pr_stop *s;
			struct pr_info info;

			check_begin(j, c, exit_stop(j, i), "%s.%s", c->name, fields[f]);
			if (!check_stop(j, exit_stop(j, i), &s, &info)) {
				check_end(j);
				continue;
			}
			switch (f) {
			case 0: expect_dec(j, "op", PR_OP_EXIT, info.op); break;
			case 1: expect_dec(j, "rval", rval, info.rval); break;
			case 2: expect_dec(j, "is_error", is_error, info.is_error); break;
			default:
				if (s->regs_err) {
					check_fail(j, "raw registers unreadable: error %d", -s->regs_err);
					break;
				}
				j->p->decode_result(&s->regs, &raw_rval, &raw_is_error);
				expect_dec(j, "rval vs raw registers", raw_rval, info.rval);
				expect_dec(j, "is_error vs raw registers", raw_is_error, info.is_error);
			}
			check_end(j);
		}
	}
}
