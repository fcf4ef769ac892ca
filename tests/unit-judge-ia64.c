/* The judge on ia64 data: the result convention, and a synthesised correct
 * run against each synthesised seed bug. */
#include "unit-replay.h"

static const struct pr_personality *ia64(void)
{
	return pr_personality_find("ia64");
}

START_TEST(result_convention)
{
	struct pr_raw_regs raw = { .ret = 2, .err = UINT64_MAX };
	int64_t rval;
	bool is_error;

	ia64()->decode_result(&raw, &rval, &is_error);
	ck_assert_int_eq(rval, -2);
	ck_assert(is_error);
	/* A success may return a value with the top bit set: r10 decides. */
	raw = (struct pr_raw_regs){ .ret = UINT64_C(0xfffffffffffffffe), .err = 0 };
	ia64()->decode_result(&raw, &rval, &is_error);
	ck_assert_int_eq(rval, -2);
	ck_assert(!is_error);
	ck_assert_uint_eq(pr_expected_nr(ia64(), PR_SYS_read), 1026);
	ck_assert_uint_eq(pr_expected_nr(ia64(), PR_SYS_exit_group), 1236);
}
END_TEST

static struct collected judge(const char *path, const char *group, const char *bug)
{
	return judge_collected(ia64(), path, group, bug);
}

START_TEST(correct_kernel_passes)
{
	assert_correct_kernel_passes(ia64());
}
END_TEST

START_TEST(args_bug_only_on_break)
{
	struct collected brk = judge("break", "entry", "0ceb1ace4a27");
	struct collected epc = judge("epc", "entry", "0ceb1ace4a27");

	ck_assert_uint_eq(brk.failed, 12); /* .args and .regs of six calls */
	ck_assert_uint_eq(epc.failed, 0);
}
END_TEST

START_TEST(errno_sign_bug)
{
	struct collected c = judge("epc", "errno", "61bf318eac2c");

	ck_assert_uint_eq(c.failed, 2 * 21); /* .rval and .raw of 21 errnos */
}
END_TEST

START_TEST(sp_bug)
{
	ck_assert_uint_eq(judge("break", "entry", "7ad1e366167837da").failed, 6);
	ck_assert_uint_eq(judge("break", "stops", "7ad1e366167837da").failed, 1); /* sigstop.sp */
}
END_TEST

Suite *judge_ia64_suite(void)
{
	const TTest *const tests[] = {
		result_convention, correct_kernel_passes, args_bug_only_on_break, errno_sign_bug, sp_bug,
		NULL
	};

	return pr_suite("judge-ia64", "ia64", NULL, tests);
}
