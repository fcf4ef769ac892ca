/* Which checks --only selects (judging half: live runs and replays alike). */
#include <fnmatch.h>
#include <stdio.h>

#include "judge.h"
#include "targets.h"

void pr_target_make(struct pr_target *t, const struct pr_personality *program, const char *path,
		    const struct pr_personality *pers)
{
	t->pers = pers;
	t->program = program;
	t->path = path;
	t->not_applicable = 0;
	snprintf(t->name, sizeof(t->name), "%s/%s", program->name, path);
}

bool pr_check_selected(const char *glob, const struct pr_target *t, const struct pr_group *g,
		       const char *check)
{
	char short_id[160], id[240];

	if (!glob)
		return true;
	snprintf(short_id, sizeof(short_id), "%s.%s", g->name, check);
	snprintf(id, sizeof(id), "%s.%s", t->name, short_id);
	return fnmatch(glob, id, 0) == 0 || fnmatch(glob, short_id, 0) == 0;
}

struct counter {
	const char *glob;
	const struct pr_target *t;
	const struct pr_group *g;
	unsigned n;
};

static void count(void *ctx, const char *name)
{
	struct counter *c = ctx;

	c->n += pr_check_selected(c->glob, c->t, c->g, name);
}

unsigned pr_selected_in_group(const char *glob, const struct pr_target *t, const struct pr_group *g)
{
	struct counter c = { glob, t, g, 0 };

	if (g->checks & t->not_applicable)
		return 0;
	pr_judge_names(t->pers, g, count, &c);
	return c.n;
}
