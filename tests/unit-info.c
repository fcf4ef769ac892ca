/* The info struct codec: offsets, byte order, documented sizes. */
#include <string.h>

#include "info.h"
#include "suites.h"

START_TEST(decodes_little_endian_exit)
{
	uint8_t b[PR_INFO_SIZE] = { 0 };
	struct pr_info info;

	b[0] = PR_OP_EXIT;
	b[4] = 0x3e; b[5] = 0x00; b[6] = 0x00; b[7] = 0xc0;
	memset(b + 24, 0xff, 8);
	b[24] = 0xf7; /* rval -9 */
	b[32] = 1;
	pr_info_decode(b, PR_INFO_SIZE_EXIT, false, &info);
	ck_assert_uint_eq(info.op, PR_OP_EXIT);
	ck_assert_uint_eq(info.arch, 0xc000003e);
	ck_assert_int_eq(info.rval, -9);
	ck_assert_uint_eq(info.is_error, 1);
}
END_TEST

START_TEST(decodes_big_endian_entry)
{
	uint8_t b[PR_INFO_SIZE] = { 0 };
	struct pr_info info;

	b[0] = PR_OP_ENTRY;
	b[4] = 0x80; b[7] = 0x16;                  /* AUDIT_ARCH_S390X */
	b[31] = 6;                                 /* nr */
	memcpy(b + 32, "\xda\xd1\xbe\xf1\xba\xd1\xfe\xd1", 8);
	pr_info_decode(b, PR_INFO_SIZE_ENTRY, true, &info);
	ck_assert_uint_eq(info.arch, 0x80000016);
	ck_assert_uint_eq(info.nr, 6);
	ck_assert_uint_eq(info.args[0], 0xdad1bef1bad1fed1);
}
END_TEST

START_TEST(short_read_leaves_the_rest_zero)
{
	uint8_t b[PR_INFO_SIZE];
	struct pr_info info;

	memset(b, 0x11, sizeof(b));
	b[0] = PR_OP_ENTRY;
	pr_info_decode(b, 16, false, &info);
	ck_assert_uint_eq(info.instruction_pointer, 0x1111111111111111);
	ck_assert_uint_eq(info.stack_pointer, 0);
	ck_assert_uint_eq(info.nr, 0);
}
END_TEST

START_TEST(encode_then_decode_is_identity)
{
	static const struct pr_info cases[] = {
		{ .op = PR_OP_NONE, .arch = 0x40000003, .instruction_pointer = 0xf7f01234, .stack_pointer = 0xffd0 },
		{ .op = PR_OP_ENTRY, .arch = 0xc0000032, .nr = 1034, .args = { 1, 2, 3, 4, 5, UINT64_MAX } },
		{ .op = PR_OP_EXIT, .arch = 0x80000016, .rval = -4095, .is_error = 1 },
		{ .op = PR_OP_SECCOMP, .arch = 0xc00000b7, .nr = 57, .args = { 9 }, .ret_data = 0xffff },
	};

	for (int be = 0; be < 2; be++)
		for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			uint8_t b[PR_INFO_SIZE];
			struct pr_info back;
			size_t n = pr_info_encode(&cases[i], be, b);

			ck_assert_uint_eq(n, pr_info_size_for_op(cases[i].op));
			pr_info_decode(b, n, be, &back);
			ck_assert_mem_eq(&back, &cases[i], sizeof(back));
		}
}
END_TEST

START_TEST(documented_sizes)
{
	ck_assert_uint_eq(pr_info_size_for_op(PR_OP_NONE), 24);
	ck_assert_uint_eq(pr_info_size_for_op(PR_OP_ENTRY), 80);
	ck_assert_uint_eq(pr_info_size_for_op(PR_OP_EXIT), 33);
	ck_assert_uint_eq(pr_info_size_for_op(PR_OP_SECCOMP), 84);
	ck_assert_uint_eq(pr_info_size_for_op(7), 0);
}
END_TEST

Suite *info_suite(void)
{
	const TTest *const tests[] = {
		decodes_little_endian_exit, decodes_big_endian_entry, short_read_leaves_the_rest_zero,
		encode_then_decode_is_identity, documented_sizes, NULL
	};

	return pr_suite("info", "codec", NULL, tests);
}
