#include <stdlib.h>

#include "synth.h"
#include "unit-replay.h"

void judge_synth(const struct pr_personality *p, const char *path, const char *group,
		 const char *bug, void (*bend)(struct pr_run *), const struct pr_run **current,
		 pr_emit_fn emit, void *ctx)
{
	struct pr_run run;

	pr_synth_run(p, path, pr_group_find(group), bug ? pr_synth_bug_find(bug) : NULL, &run);
	if (bend)
		bend(&run);
	if (current)
		*current = &run;
	pr_judge(p, run.group, &run, emit, ctx);
	if (current)
		*current = NULL;
	free(run.stops);
}

void collect(void *ctx, const struct pr_result *r)
{
	struct collected *c = ctx;

	c->n++;
	if (r->verdict != PR_PASS) {
		c->failed++;
		c->last_failed = *r;
	}
}
