/* Mixed paths: a group whose calls alternate between the run's path and the
 * program's own (struct pr_call's own_path), in one process.  Each call is
 * judged in the ABI of the path it took, so on x86_64's int $0x80 the info
 * flips between AUDIT_ARCH_X86_64 and AUDIT_ARCH_I386 from call to call:
 *   NAME.arch     entry and exit stop, the call's ABI's AUDIT_ARCH;
 *   NAME.nr       the number in that ABI;
 *   NAME.args     the six args cut to that ABI's word;
 *   NAME.result   rval and is_error as that ABI reports them. */
#include "judge-families.h"

static void arch_at(struct judge *j, const struct pr_personality *cp, int at, const char *which)
{
	const struct pr_stop *s;
	struct pr_info info;

	if (check_stop(j, at, &s, &info) && info.arch != cp->audit_arch)
		check_fail(j, "%s stop: arch expected %#x (%s), seen %#x", which, cp->audit_arch, cp->name,
			   info.arch);
}

void judge_mixed(struct judge *j)
{
	static const char *const fields[] = { "arch", "nr", "args", "result" };

	for (unsigned i = 0; i < j->g->ncalls; i++) {
		const struct pr_call *c = &j->g->calls[i];
		const struct pr_personality *cp = call_personality(j, c);
		int entry = entry_stop(j, i), exit = exit_stop(j, i);

		for (unsigned f = 0; f < 4; f++) {
			const struct pr_stop *s;
			struct pr_info info;
			int64_t pid = j->run ? j->run->pid : 0, rval;
			bool is_error;

			check_begin(j, c, f == 3 ? exit : entry, "%s.%s", c->name, fields[f]);
			if (f == 0) {
				arch_at(j, cp, entry, "entry");
				arch_at(j, cp, exit, "exit");
			} else if (check_stop(j, f == 3 ? exit : entry, &s, &info)) {
				if (f == 1)
					expect_hex(j, "nr", pr_expected_nr(cp, c->sys), info.nr);
				for (unsigned a = 0; f == 2 && a < 6; a++)
					expect_hex(j, "an argument", pr_arg_value(cp, c, i, a, pid), info.args[a]);
				if (f == 3) {
					pr_expected_result(cp, j->g->via, c->expect, c->value,
							   pr_arg_value(cp, c, i, 0, pid), pid, j->run->ppid, &rval,
							   &is_error);
					expect_dec(j, "rval", rval, info.rval);
					expect_dec(j, "is_error", is_error, info.is_error);
				}
			}
			check_end(j);
		}
	}
}
