/* Unwinding: at each entry stop libunwind-ptrace's innermost frame must be
 * where the syscall info says the tracee is (ip, allowing the arch's trap
 * offset, and sp), inside the project's stub for the run's path, with a
 * caller above it.  Any failure prints the tracee's symbolised backtrace. */
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/unwind.h"

static void expect_proc(struct judge *j, const struct pr_unwound *s)
{
	char stub[64];

	snprintf(stub, sizeof(stub), "pr_stub_%s", j->run->path ? j->run->path : "?");
	if (strcmp(s->unwind_proc, stub) != 0)
		check_fail(j, "innermost procedure: expected %s, seen %s", stub, s->unwind_proc);
	if (s->unwind_depth < 2)
		check_fail(j, "frames: expected the stub and its caller, seen %u", s->unwind_depth);
}

static void field(struct judge *j, unsigned f, const struct pr_stop *stop, const struct pr_info *info)
{
	const struct pr_unwound *s = pr_unwind_of(stop);

	switch (s->unwind_status) {
	case PR_UNWIND_UNSUPPORTED: check_skip(j, j->run->unwind_skip); return;
	case PR_UNWIND_OK: break;
	case PR_UNWIND_FAILED: check_fail(j, "libunwind failed (error %d)", s->unwind_err); break;
	default: check_fail(j, "the tracer did not unwind at this stop"); return;
	}
	switch (f) {
	case 0:
		expect_hex(j, "innermost ip - the arch's trap offset vs instruction_pointer",
			   info->instruction_pointer, s->unwind_ip - (uint64_t)j->p->unwind_ip_offset);
		break;
	case 1: expect_hex(j, "innermost sp vs stack_pointer", info->stack_pointer, s->unwind_sp); break;
	default: expect_proc(j, s); break;
	}
	if (j->r.verdict == PR_FAIL)
		check_fail(j, "backtrace:\n%s", s->unwind_bt[0] ? s->unwind_bt : "(empty)");
}

static const char *const fields[] = { "unwind-ip", "unwind-sp", "unwind-proc" };

void judge_unwind(struct judge *j)
{
	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];
		int at = entry_stop(j, i);

		for (unsigned f = 0; f < COUNT_OF(fields); f++) {
			const struct pr_stop *s;
			struct pr_info info;

			check_begin(j, c, at, "%s.%s", c->name, fields[f]);
			if (check_stop(j, at, &s, &info))
				field(j, f, s, &info);
			check_end(j);
		}
	}
}

void names_unwind(const struct judge *j, const struct names *out)
{
	for (unsigned i = 0; i < j->g->ncalls; i++)
		for (unsigned f = 0; f < COUNT_OF(fields); f++)
			name_add(out, "%s.%s", j->g->calls[i].name, fields[f]);
}
