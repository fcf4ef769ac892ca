#include <stdio.h>

#include "host.h"
#include "targets.h"

unsigned pr_host_targets(struct pr_target *out, unsigned max)
{
	unsigned n = 0;

	for (const char *const *name = pr_host_personalities; *name; name++) {
		const struct pr_personality *p = pr_personality_find(*name);

		for (unsigned k = 0; p && p->paths[k] && n < max; k++)
			pr_target_make(&out[n++], p, p->paths[k], p);
	}
	for (const struct pr_host_path *f = pr_host_foreign_paths; f->program && n < max; f++) {
		const struct pr_personality *program = pr_personality_find(f->program);
		const struct pr_personality *pers = pr_personality_find(f->personality);

		if (program && pers)
			pr_target_make(&out[n++], program, f->path, pers);
	}
	return n;
}
