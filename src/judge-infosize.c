/* info-size: for every buffer size from 0 to sizeof(struct
 * ptrace_syscall_info), the buffer ending at a PROT_NONE page, the kernel
 * returns the op's full size and writes exactly min(size, full size) bytes. */
#include <string.h>

#include "judge-families.h"
#include "payloads/sizes.h"

#define MAX_REPORTED 4

/* Named by the kind of stop: none (the SIGSTOP), entry, exit, seccomp. */
static const char *probe_name(const struct pr_plan_stop *ps)
{
	return ps->kind == PR_STOP_SIGSTOP ? "none" : pr_stop_kind_name(ps->kind);
}

static void probe(struct judge *j, int index)
{
	const struct pr_plan_stop *ps = &j->plan[index];
	const struct pr_call *c = ps->call >= 0 ? &j->g->calls[ps->call] : NULL;
	unsigned op;
	int status;
	const struct pr_stop *s;
	struct pr_info info;
	unsigned bad = 0;
	int64_t full;

	pr_plan_stop_shape(j->p, j->g, ps, &status, &op);
	full = (int64_t)pr_info_size_for_op(op);
	check_begin(j, c, index, "%s", probe_name(ps));
	if (check_stop(j, index, &s, &info)) {
		const struct pr_sizes *z = pr_sizes_of(s);

		expect_dec(j, "op at the probed stop", op, info.op);
		if (!z->sized)
			check_fail(j, "the tracer did not probe buffer sizes at this stop");
		for (unsigned size = 0; z->sized && size <= PR_INFO_SIZE; size++) {
			bool ret_ok = z->size_ret[size] == full;
			bool prefix = z->size_flags[size] & PR_SIZE_PREFIX_OK;
			bool rest = z->size_flags[size] & PR_SIZE_REST_UNTOUCHED;

			if (ret_ok && prefix && rest)
				continue;
			if (bad++ >= MAX_REPORTED)
				continue;
			check_fail(j, "size %u: returned %lld (expected %lld)%s%s", size,
				   (long long)z->size_ret[size], (long long)full,
				   prefix ? "" : ", bytes differ from a full read",
				   rest ? "" : ", wrote outside min(size, returned)");
		}
		if (bad > MAX_REPORTED)
			check_fail(j, "... and %u more sizes", bad - MAX_REPORTED);
	}
	check_end(j);
}

/* At every stop the plan says is probed. */
void judge_info_size(struct judge *j)
{
	for (unsigned k = 0; k < j->nplan; k++)
		if (pr_plan_sized(j->g, j->plan, k))
			probe(j, (int)k);
}

void names_info_size(const struct judge *j, const struct names *out)
{
	for (unsigned k = 0; k < j->nplan; k++)
		if (pr_plan_sized(j->g, j->plan, k))
			name_add(out, "%s", probe_name(&j->plan[k]));
}
