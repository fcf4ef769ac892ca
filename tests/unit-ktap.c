/* The KTAP writer, byte for byte. */
#include <stdio.h>
#include <stdlib.h>

#include "ktap.h"
#include "suites.h"

START_TEST(nested_document)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct pr_ktap k = { .out = f };

	pr_ktap_begin(&k, 2);
	pr_ktap_subtest(&k, "x86_64/syscall", 2);
	pr_ktap_result(&k, 1, PR_PASS, "getpid.nr", NULL);
	pr_ktap_diag(&k, "getpid.sp: arch x86_64\nsp: expected 0x10, seen 0x20");
	pr_ktap_result(&k, 2, PR_FAIL, "getpid.sp", NULL);
	pr_ktap_subtest_end(&k, 1, PR_FAIL, "x86_64/syscall", NULL);
	pr_ktap_result(&k, 2, PR_SKIP, "i386/int80", "no tracee");
	fclose(f);
	ck_assert_str_eq(text,
			 "KTAP version 1\n"
			 "1..2\n"
			 "    KTAP version 1\n"
			 "    # Subtest: x86_64/syscall\n"
			 "    1..2\n"
			 "    ok 1 getpid.nr\n"
			 "    # getpid.sp: arch x86_64\n"
			 "    # sp: expected 0x10, seen 0x20\n"
			 "    not ok 2 getpid.sp\n"
			 "not ok 1 x86_64/syscall\n"
			 "ok 2 i386/int80 # SKIP no tracee\n");
	free(text);
}
END_TEST

START_TEST(timeout_and_skip_all)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct pr_ktap k = { .out = f };

	pr_ktap_result(&k, 3, PR_TIMEOUT, "getpid.op", "10 seconds");
	pr_ktap_skip_all(&k, "ptrace not permitted");
	fclose(f);
	ck_assert_str_eq(text, "not ok 3 getpid.op # TIMEOUT 10 seconds\n"
			       "KTAP version 1\n1..0 # SKIP ptrace not permitted\n");
	free(text);
}
END_TEST

Suite *ktap_suite(void)
{
	const TTest *const tests[] = {
		nested_document, timeout_and_skip_all, NULL
	};

	return pr_suite("ktap", "writer", NULL, tests);
}
