#ifndef PR_TESTS_SUITES_H
#define PR_TESTS_SUITES_H

#include <check.h>

Suite *info_suite(void);
Suite *personality_suite(void);
Suite *ktap_suite(void);
Suite *judge_suite(void);

#endif
