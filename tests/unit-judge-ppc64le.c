/* The judge on ppc64le data: the result convention follows the path (trap),
 * the scv availability test on faked AT_HWCAP2 words, and a synthesised
 * correct run against d72500f99284. */
#include <string.h>

#include "unit-replay.h"
#include "../arch/ppc64le/scv-hwcap.h"

#define TRAP_SC 0xc00
#define TRAP_SCV 0x3000

static const struct pr_personality *ppc(void)
{
	return pr_personality_find("ppc64le");
}

START_TEST(result_convention_by_path)
{
	struct pr_raw_regs raw = { .ret = 9, .err = 1, .trap = TRAP_SC };
	int64_t rval;
	bool is_error;

	/* sc: CR0.SO and a positive errno. */
	ppc()->decode_result(&raw, &rval, &is_error);
	ck_assert_int_eq(rval, -9);
	ck_assert(is_error);
	/* scv: the same registers are a success returning 9 (SO means nothing). */
	raw.trap = TRAP_SCV;
	ppc()->decode_result(&raw, &rval, &is_error);
	ck_assert_int_eq(rval, 9);
	ck_assert(!is_error);
	raw = (struct pr_raw_regs){ .ret = (uint64_t)-9, .trap = TRAP_SCV };
	ppc()->decode_result(&raw, &rval, &is_error);
	ck_assert_int_eq(rval, -9);
	ck_assert(is_error);
	/* encode is decode's inverse on both paths. */
	for (unsigned k = 0; k < 2; k++) {
		raw = (struct pr_raw_regs){ .trap = k ? TRAP_SCV : TRAP_SC };
		ppc()->encode_result(-13, true, &raw);
		ppc()->decode_result(&raw, &rval, &is_error);
		ck_assert_int_eq(rval, -13);
		ck_assert(is_error);
		ppc()->encode_result(42, false, &raw);
		ppc()->decode_result(&raw, &rval, &is_error);
		ck_assert_int_eq(rval, 42);
		ck_assert(!is_error);
	}
}
END_TEST

/* What the tracee's scv path says about a CPU without the feature. */
START_TEST(scv_needs_hwcap2_bit)
{
	const char *why = pr_ppc_scv_missing(0x0ef00000 & ~PR_PPC_FEATURE2_SCV); /* POWER8-like */

	ck_assert_ptr_nonnull(why);
	ck_assert_ptr_nonnull(strstr(why, "PPC_FEATURE2_SCV"));
	ck_assert_ptr_null(pr_ppc_scv_missing(0x0ef00000 | PR_PPC_FEATURE2_SCV));
}
END_TEST

static struct collected judge(const char *path, const char *group, const char *bug)
{
	return judge_collected(ppc(), path, group, bug);
}

START_TEST(correct_kernel_passes)
{
	assert_correct_kernel_passes(ppc());
}
END_TEST

START_TEST(scv_error_bug_only_on_scv)
{
	ck_assert_uint_eq(judge("scv", "errno", "d72500f99284").failed, 2 * 21); /* .is_error, .raw */
	ck_assert_uint_eq(judge("sc", "errno", "d72500f99284").failed, 0);
}
END_TEST

Suite *judge_ppc64le_suite(void)
{
	const TTest *const tests[] = {
		result_convention_by_path, scv_needs_hwcap2_bit, correct_kernel_passes,
		scv_error_bug_only_on_scv, NULL
	};

	return pr_suite("judge-ppc64le", "ppc64le", NULL, tests);
}
