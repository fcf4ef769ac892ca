#include <stdlib.h>

#include "synth.h"
#include "unit-replay.h"

void judge_synth(const struct pr_personality *p, const char *path, const char *group,
		 const char *bug, void (*bend)(struct pr_run *), const struct pr_run **current,
		 pr_emit_fn emit, void *ctx)
{
	struct pr_run run;

	/* On a kernel whose version says where its syscall table ends. */
	pr_synth_run_of(p, path, pr_group_find(group), bug ? pr_synth_bug_find(bug) : NULL, "#1 SMP Debian 7.3.4-1",
			&run);
	if (bend)
		bend(&run);
	if (current)
		*current = &run;
	pr_judge(p, run.group, &run, emit, ctx);
	if (current)
		*current = NULL;
	pr_run_free(&run);
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

struct collected judge_collected(const struct pr_personality *p, const char *path, const char *group,
				 const char *bug)
{
	struct collected c = { 0 };

	judge_synth(p, path, group, bug, NULL, NULL, collect, &c);
	return c;
}

void assert_correct_kernel_passes(const struct pr_personality *p)
{
	for (unsigned k = 0; k < 4 && p->paths[k]; k++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct collected c = judge_collected(p, p->paths[k], pr_groups[g].name, NULL);

			ck_assert_uint_gt(c.n, 0);
			ck_assert_msg(c.failed == 0, "%s/%s/%s: %s failed:\n%s", p->name, p->paths[k],
				      pr_groups[g].name, c.last_failed.name, c.last_failed.diag);
		}
}
