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

/* At the entry stop (which the table names) and at the exit stop. */
CALL_CHECK(arch)
{
	const struct pr_personality *cp = call_personality(j, c);

	CHECK_ARGS_USED;
	if (info->arch != cp->audit_arch)
		check_fail(j, "entry stop: arch expected %#x (%s), seen %#x", cp->audit_arch, cp->name, info->arch);
	arch_at(j, cp, exit_stop(j, idx), "exit");
}

CALL_CHECK(nr)
{
	CHECK_ARGS_USED;
	expect_hex(j, "nr", pr_expected_nr(call_personality(j, c), c->sys), info->nr);
}

CALL_CHECK(args)
{
	const struct pr_personality *cp = call_personality(j, c);

	CHECK_ARGS_USED;
	for (unsigned a = 0; a < 6; a++)
		expect_hex(j, "an argument", pr_arg_value(cp, c, idx, a, j->run->pid), info->args[a]);
}

CALL_CHECK(result)
{
	const struct pr_personality *cp = call_personality(j, c);
	int64_t pid = j->run->pid, rval;
	uint64_t args[6];
	bool is_error;

	CHECK_ARGS_USED;
	pr_final_args(cp, j->g->via, c, idx, pid, args);
	pr_expected_result(cp, j->g->via, c->expect, c->value, args, pid, j->run->ppid, &rval, &is_error);
	expect_dec(j, "rval", rval, info->rval);
	expect_dec(j, "is_error", is_error, info->is_error);
}

static bool every_call(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)c, (void)i;
	return true;
}

static const struct call_check mixed_checks[] = {
	{ "arch", entry_stop, arch, NULL },
	{ "nr", entry_stop, nr, NULL },
	{ "args", entry_stop, args, NULL },
	{ "result", exit_stop, result, NULL },
};

PR_CALL_FAMILY(mixed, mixed_checks, every_call)
