#include <stdio.h>
#include <string.h>

#include "host.h"
#include "targets.h"

/* Groups that cannot apply to a target, which it therefore does not list:
 * a foreign path's signal frames are its program's, not the path's ABI's
 * (rt_sigreturn through int $0x80 from a 64-bit program restores nothing
 * the i386 expectations describe); libunwind-ptrace unwinds one ABI, the
 * one it was built for (the compat runner unwinds the compat tracees). */
static void drop_inapplicable(struct pr_target *t)
{
	if (t->program != t->pers)
		t->not_applicable |= PR_CHECK_SIGRETURN;
	if (strcmp(t->program->name, pr_host_unwind_personality) != 0)
		t->not_applicable |= PR_CHECK_UNWIND;
}

unsigned pr_host_targets(struct pr_target *out, unsigned max)
{
	unsigned n = 0;

	for (const char *const *name = pr_host_personalities; *name; name++) {
		const struct pr_personality *p = pr_personality_find(*name);

		for (unsigned k = 0; p && p->paths[k] && n < max; k++) {
			pr_target_make(&out[n], p, p->paths[k], p);
			drop_inapplicable(&out[n++]);
		}
	}
	for (const struct pr_host_path *f = pr_host_foreign_paths; f->program && n < max; f++) {
		const struct pr_personality *program = pr_personality_find(f->program);
		const struct pr_personality *pers = pr_personality_find(f->personality);

		if (program && pers) {
			pr_target_make(&out[n], program, f->path, pers);
			drop_inapplicable(&out[n++]);
		}
	}
	return n;
}
