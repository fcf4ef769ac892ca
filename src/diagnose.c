#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#include "diagnose.h"

static bool applies(const struct pr_known_bug *b, const struct pr_personality *p,
		    const struct pr_run *run)
{
	bool pers = false;

	for (unsigned i = 0; i < 4 && b->personalities[i]; i++)
		pers |= fnmatch(b->personalities[i], p->name, 0) == 0;
	return pers && (!b->path || (run->path && strcmp(b->path, run->path) == 0));
}

const struct pr_known_bug *pr_diagnose(const struct pr_personality *p, const struct pr_group *g,
				       const struct pr_run *run, const struct pr_result *r)
{
	if (!run || r->verdict != PR_FAIL)
		return NULL;
	for (unsigned i = 0; i < pr_nknown_bugs; i++)
		if (applies(&pr_known_bugs[i], p, run) && pr_known_bugs[i].matches(p, g, run, r))
			return &pr_known_bugs[i];
	return NULL;
}

void pr_diagnose_line(const struct pr_personality *p, const struct pr_group *g,
		      const struct pr_run *run, const struct pr_result *r, char *buf, unsigned len)
{
	const struct pr_known_bug *b = pr_diagnose(p, g, run, r);

	if (b)
		snprintf(buf, len, "looks like: %s %s", b->commit, b->title);
	else
		snprintf(buf, len, "matches no known bug (%u in the catalogue)", pr_nknown_bugs);
}
