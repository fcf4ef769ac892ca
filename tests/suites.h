#ifndef PR_TESTS_SUITES_H
#define PR_TESTS_SUITES_H

#include <check.h>

/* A suite of one test case holding tests (NULL-terminated); setup, if not
 * NULL, runs before each test with fab_teardown after it. */
Suite *pr_suite(const char *name, const char *tcase, void (*setup)(void), const TTest *const tests[]);

Suite *info_suite(void);
Suite *personality_suite(void);
Suite *ktap_suite(void);
Suite *judge_suite(void);
Suite *recording_suite(void);
Suite *judge_ia64_suite(void);
Suite *judge_ppc64le_suite(void);
Suite *diagnose_suite(void);
Suite *verdict_suite(void);
Suite *seccomp_suite(void);
Suite *sigsys_suite(void);
Suite *sigreturn_suite(void);
Suite *tamper_suite(void);
Suite *unwind_suite(void);
Suite *actions_suite(void);
Suite *proc_syscall_suite(void);
Suite *notif_suite(void);

#endif
