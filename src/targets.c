#include <stdio.h>

#include "host.h"
#include "targets.h"

unsigned pr_host_targets(struct pr_target *out, unsigned max)
{
	unsigned n = 0;

	for (const char *const *name = pr_host_personalities; *name; name++) {
		const struct pr_personality *p = pr_personality_find(*name);

		for (unsigned k = 0; p && k < 4 && p->paths[k] && n < max; k++, n++)
			pr_target_make(&out[n], p, p->paths[k]);
	}
	return n;
}
