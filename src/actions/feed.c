/* feed: where the interrupt of a read of PR_FD_FEED shows, the tracer writes
 * one byte into the pipe's other end, so the restarted read returns 1. */
#include "action.h"

static void plan_mark(struct pr_planner *b, const struct pr_do *d, unsigned i, unsigned first)
{
	(void)d, (void)i;
	pr_plan_interrupt_shows(b, first)->tracer |= PR_TRACER_FEED;
}

const struct pr_action pr_action_feed = {
	.name = "feed",
	.checks = PR_CHECK_RESTART,
	.plan_mark = plan_mark,
};
