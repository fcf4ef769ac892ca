/* Invariants of every expectation row, and the result conventions at their
 * boundaries. */
#include <string.h>

#include "personality.h"
#include "suites.h"

#define AUDIT_ARCH_64BIT 0x80000000u
#define AUDIT_ARCH_LE 0x40000000u

START_TEST(audit_arch_agrees_with_word_size_and_byte_order)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++) {
		ck_assert_msg(!!((*p)->audit_arch & AUDIT_ARCH_64BIT) == ((*p)->word_bits == 64),
			      "%s: AUDIT_ARCH %#x vs %u-bit", (*p)->name, (*p)->audit_arch, (*p)->word_bits);
		ck_assert_msg(!!((*p)->audit_arch & AUDIT_ARCH_LE) == !(*p)->big_endian,
			      "%s: AUDIT_ARCH %#x vs byte order", (*p)->name, (*p)->audit_arch);
	}
}
END_TEST

START_TEST(syscall_numbers_are_distinct_and_unknown_is_unknown)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		for (unsigned a = 0; a < PR_SYS_COUNT; a++) {
			ck_assert_msg((*p)->nr[a] != (*p)->nr_unknown, "%s: %s uses nr_unknown",
				      (*p)->name, pr_sys_name(a));
			for (unsigned b = a + 1; b < PR_SYS_COUNT; b++)
				ck_assert_msg((*p)->nr[a] != (*p)->nr[b], "%s: %s and %s share nr %u",
					      (*p)->name, pr_sys_name(a), pr_sys_name(b), (*p)->nr[a]);
		}
}
END_TEST

START_TEST(names_unique_and_paths_present)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++) {
		ck_assert_ptr_eq(pr_personality_find((*p)->name), *p);
		ck_assert_ptr_nonnull((*p)->paths[0]);
		ck_assert_ptr_nonnull((*p)->decode_result);
		ck_assert_uint_eq((*p)->high_addr & pr_word_mask(*p), (*p)->high_addr);
	}
	ck_assert_ptr_null(pr_personality_find("pdp11"));
}
END_TEST

static void decode(void (*fn)(const struct pr_raw_regs *, int64_t *, bool *), uint64_t ret,
		   int64_t want_rval, bool want_error)
{
	struct pr_raw_regs r = { .ret = ret };
	int64_t rval;
	bool is_error;

	fn(&r, &rval, &is_error);
	ck_assert_msg(rval == want_rval && is_error == want_error,
		      "ret %#llx: expected rval %lld is_error %d, got %lld %d", (unsigned long long)ret,
		      (long long)want_rval, want_error, (long long)rval, is_error);
}

START_TEST(negerrno64_boundaries)
{
	decode(pr_decode_negerrno64, (uint64_t)-1, -1, true);
	decode(pr_decode_negerrno64, (uint64_t)-4095, -4095, true);
	decode(pr_decode_negerrno64, (uint64_t)-4096, -4096, false);
	decode(pr_decode_negerrno64, 0x5a5a5a5a0000, 0x5a5a5a5a0000, false);
	decode(pr_decode_negerrno64, 0, 0, false);
}
END_TEST

START_TEST(negerrno32_sign_extends_errors_only)
{
	decode(pr_decode_negerrno32, 0xfffffff7, -9, true);
	decode(pr_decode_negerrno32, 0xfffff001, -4095, true);
	decode(pr_decode_negerrno32, 0xfffff000, 0xfffff000, false);
	decode(pr_decode_negerrno32, 0xf0000000, 0xf0000000, false);
	decode(pr_decode_negerrno32, 0xdeadbeef00000005, 5, false);
}
END_TEST

Suite *personality_suite(void)
{
	const TTest *const tests[] = {
		audit_arch_agrees_with_word_size_and_byte_order,
		syscall_numbers_are_distinct_and_unknown_is_unknown, names_unique_and_paths_present,
		negerrno64_boundaries, negerrno32_sign_extends_errors_only, NULL
	};

	return pr_suite("personality", "rows", NULL, tests);
}
