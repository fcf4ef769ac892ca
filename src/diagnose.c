#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#include "diagnose.h"

bool pr_bug_applies(const struct pr_known_bug *b, const struct pr_personality *p, const char *path)
{
	bool pers = false;

	for (unsigned i = 0; i < 4 && b->personalities[i]; i++)
		pers |= fnmatch(b->personalities[i], p->name, 0) == 0;
	return pers && (!b->path || !path || strcmp(b->path, path) == 0);
}

const struct pr_known_bug *pr_finding_bug(const char *name)
{
	for (unsigned i = 0; i < pr_nknown_bugs; i++)
		if (pr_known_bugs[i].finding && strcmp(pr_known_bugs[i].finding, name) == 0)
			return &pr_known_bugs[i];
	return NULL;
}

bool pr_bug_breaks(const struct pr_known_bug *b, const char *group, const char *check)
{
	char id[160];

	snprintf(id, sizeof(id), "%s.%s", group, check);
	for (unsigned i = 0; i < sizeof(b->breaks) / sizeof(b->breaks[0]) && b->breaks[i]; i++)
		if (fnmatch(b->breaks[i], id, 0) == 0)
			return true;
	return false;
}

static const struct pr_known_bug *first_match(const struct pr_personality *p, const struct pr_group *g,
					      const struct pr_run *run, const struct pr_result *r, bool own)
{
	if (!run || r->verdict != PR_FAIL)
		return NULL;
	for (unsigned i = 0; i < pr_nknown_bugs; i++)
		if ((!own || pr_bug_applies(&pr_known_bugs[i], p, run->path ? run->path : "")) &&
		    pr_known_bugs[i].matches(p, g, run, r))
			return &pr_known_bugs[i];
	return NULL;
}

const struct pr_known_bug *pr_diagnose(const struct pr_personality *p, const struct pr_group *g,
				       const struct pr_run *run, const struct pr_result *r)
{
	return first_match(p, g, run, r, true);
}

const struct pr_known_bug *pr_diagnose_symptom(const struct pr_personality *p, const struct pr_group *g,
					       const struct pr_run *run, const struct pr_result *r)
{
	return first_match(p, g, run, r, false);
}

const struct pr_known_bug *pr_diagnose_line(const struct pr_personality *p, const struct pr_group *g,
					    const struct pr_run *run, const struct pr_result *r, char *buf,
					    unsigned len)
{
	const struct pr_known_bug *b = pr_diagnose(p, g, run, r);
	char introduced[64] = "";

	if (!b && pr_diagnose_symptom(p, g, run, r)) {
		/* Every entry with this symptom: the bugs to read first. */
		size_t n = (size_t)snprintf(buf, len, "same symptom as");

		for (unsigned i = 0; i < pr_nknown_bugs && n < len; i++) {
			const struct pr_known_bug *e = &pr_known_bugs[i];

			if (e->matches(p, g, run, r))
				n += (size_t)snprintf(buf + n, len - n, "%s %s (%s%s%s): %s", n > 15 ? ";" : "",
						      e->id, e->personalities[0], e->path ? " " : "",
						      e->path ? e->path : "", e->title);
		}
		return NULL;
	}
	if (b && b->introduced_by)
		snprintf(introduced, sizeof(introduced), " (broken by %s)", b->introduced_by);
	if (b)
		snprintf(buf, len, "looks like: %s %s%s", b->id, b->title, introduced);
	else
		snprintf(buf, len, "matches no known bug (%u in the catalogue)", pr_nknown_bugs);
	return b;
}
