/* What a run says about itself, for the judge, the report and the tracer. */
#include <stdarg.h>
#include <stdio.h>

#include "kversion.h"
#include "table-end.h"
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

void pr_run_set_end(struct pr_run *run, enum pr_end end, int code, const char *fmt, ...)
{
	va_list ap;

	run->end = end;
	run->end_code = code;
	va_start(ap, fmt);
	vsnprintf(run->end_msg, sizeof(run->end_msg), fmt, ap);
	va_end(ap);
}

void pr_run_kversion(const struct pr_run *run, struct pr_kversion *v)
{
	pr_kversion_of(run->release, run->uts_version, run->version_signature, v);
}

const struct pr_table_end *pr_run_table_end(const struct pr_run *run, char *why, size_t len)
{
	return pr_table_end_for(run->release, run->uts_version, run->version_signature, why, len);
}
