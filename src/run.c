/* What a run says about itself, for the judge, the report and the tracer. */
#include <stdio.h>

#include "run.h"

void pr_run_describe_end(const struct pr_run *run, char *buf, unsigned len)
{
	switch (run->end) {
	case PR_END_NONE: snprintf(buf, len, "was still running"); break;
	case PR_END_TIMEOUT: snprintf(buf, len, "made no stop within %d seconds", run->end_code); break;
	default: snprintf(buf, len, "%s", run->end_msg); break;
	}
}

const struct pr_personality *pr_run_program(const struct pr_run *run)
{
	const struct pr_personality *p = run->program[0] ? pr_personality_find(run->program) : NULL;

	return p ? p : run->pers;
}
