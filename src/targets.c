#include <fnmatch.h>
#include <stdio.h>

#include "host.h"
#include "judge.h"
#include "targets.h"

unsigned pr_host_targets(struct pr_target *out, unsigned max)
{
	unsigned n = 0;

	for (const char *const *name = pr_host_personalities; *name; name++) {
		const struct pr_personality *p = pr_personality_find(*name);

		for (unsigned k = 0; p && p->paths[k] && n < max; k++, n++) {
			out[n].pers = p;
			out[n].path = p->paths[k];
			snprintf(out[n].name, sizeof(out[n].name), "%s/%s", p->name, p->paths[k]);
		}
	}
	return n;
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

static void count(void *ctx, const struct pr_result *r)
{
	struct counter *c = ctx;

	c->n += pr_check_selected(c->glob, c->t, c->g, r->name);
}

unsigned pr_selected_in_group(const char *glob, const struct pr_target *t, const struct pr_group *g)
{
	struct counter c = { glob, t, g, 0 };

	pr_judge(t->pers, g, NULL, count, &c);
	return c.n;
}
