/* gen-recording PERSONALITY [COMMIT]: write to stdout a recording of every
 * group through every syscall path of PERSONALITY as a correct kernel would
 * show it, or as the kernel before fix COMMIT did (tests/synth.c lists the
 * bugs it knows).  tests/fixtures/ is made with this. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "recording.h"
#include "synth.h"

int main(int argc, char **argv)
{
	const struct pr_personality *p = argc >= 2 ? pr_personality_find(argv[1]) : NULL;
	const struct pr_synth_bug *bug = argc == 3 ? pr_synth_bug_find(argv[2]) : NULL;
	unsigned n = 0;

	if (!p || argc > 3 || (argc == 3 && !bug)) {
		fprintf(stderr, "usage: %s PERSONALITY [COMMIT]\ncommits:", argv[0]);
		for (const struct pr_synth_bug *b = pr_synth_bugs; b->commit; b++)
			fprintf(stderr, " %s", b->commit);
		fputc('\n', stderr);
		return 2;
	}
	pr_rec_write_header(stdout, "gen-recording (ptrace-regress tests/)", NULL);
	for (unsigned k = 0; k < 4 && p->paths[k]; k++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct pr_run run;

			pr_synth_run(p, p->paths[k], &pr_groups[g], bug, &run);
			pr_rec_write_run(stdout, &run);
			pr_run_free(&run);
			n++;
		}
	pr_rec_write_trailer(stdout, n);
	return ferror(stdout) ? 1 : 0;
}
