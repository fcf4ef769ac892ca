/* The sigreturn checks FAIL on broken observations. */
#include <stdio.h>

#include "plan-run.h"
#include "suites.h"
#include "payloads/frame.h"

START_TEST(correct_run_passes)
{
	fab_expect_all_pass(10);
}
END_TEST

START_TEST(i386_row_passes)
{
	fab_use("i386", "sigreturn");
	fab_expect_all_pass(10);
}
END_TEST

/* The frame sits at stack_pointer + 16, so the word read where the row says
 * uc_sigmask is holds something else (here the handler's mask). */
START_TEST(frame_at_sp_plus_16)
{
	struct pr_stop *s = fab_stop_of("raise", PR_STOP_SIGNAL) + 1;
	uint64_t wrong = PR_SIGRETURN_BLOCKED | PR_SIGRETURN_SA_MASK;
	char want[80];

	for (unsigned b = 0; b < 8; b++)
		pr_frame_make(s)->frame_mask[b] = (uint8_t)(wrong >> (8 * b));
	snprintf(want, sizeof(want), "uc_sigmask at stack_pointer + %lld", (long long)fab.p->sigframe_mask_offset);
	fab_expect("raise.frame-mask", PR_FAIL, want);
	fab_expect("raise.frame-mask", PR_FAIL, "expected 0x8000008000100005");
}
END_TEST

/* ia64 7ad1e366: stack_pointer from the register backing store, not r12. */
START_TEST(stack_pointer_from_wrong_stack)
{
	struct pr_stop *s = fab_stop_of("raise-altstack", PR_STOP_SIGNAL) + 1;

	FAB_EDIT_INFO(s, info.stack_pointer = 0x600000000000);
	fab_expect("raise-altstack.sigreturn-sp", PR_FAIL, "stack_pointer vs raw sp");
	fab_expect("raise-altstack.sigreturn-sp", PR_FAIL, "is off the sigaltstack");
}
END_TEST

START_TEST(frame_unreadable)
{
	struct pr_stop *s = fab_stop_of("raise", PR_STOP_SIGNAL) + 1;

	pr_frame_make(s)->frame_err = -14;
	fab_expect("raise.frame-mask", PR_FAIL, "unreadable: error 14");
}
END_TEST

START_TEST(restored_mask_mismatch)
{
	struct pr_stop *s = fab_stop_of("raise", PR_STOP_SIGNAL) + 2;

	s->sigmask = PR_SIGRETURN_BLOCKED & 0xffffffff;
	fab_expect("raise.restored-mask", PR_FAIL, "expected 0x8000008000100005, seen 0x0000000000100005");
}
END_TEST

START_TEST(handler_mask_without_sa_mask)
{
	struct pr_stop *s = fab_stop_of("raise-altstack", PR_STOP_SIGNAL) + 1;

	s->sigmask = PR_SIGRETURN_BLOCKED | PR_SIGBIT(12);
	fab_expect("raise-altstack.handler-mask", PR_FAIL, "blocked in the handler");
}
END_TEST

START_TEST(wrong_sigreturn_nr)
{
	FAB_EDIT_INFO(fab_stop_of("raise", PR_STOP_SIGNAL) + 1, info.nr = 119);
	fab_expect("raise.sigreturn-nr", PR_FAIL, "nr (rt_sigreturn): expected 0x000000000000000f");
}
END_TEST

static void use_sigreturn(void)
{
	fab_use("x86_64", "sigreturn");
}

Suite *sigreturn_suite(void)
{
	const TTest *const tests[] = {
		correct_run_passes, i386_row_passes, frame_at_sp_plus_16, stack_pointer_from_wrong_stack,
		frame_unreadable, restored_mask_mismatch, handler_mask_without_sa_mask,
		wrong_sigreturn_nr, NULL,
	};

	return pr_suite("sigreturn", "judge", use_sigreturn, tests);
}
