/* The notif checks (src/judge-notif.c) pass a correct kernel's run on the
 * compat personalities too, and FAIL, naming both reporters, where struct
 * seccomp_notif and GET or the answer disagree. */
#include <errno.h>
#include <string.h>

#include "diagnose.h"
#include "payloads/notif.h"
#include "payloads/seen.h"
#include "plan-run.h"
#include "suites.h"

#define AUDIT_ARCH_AARCH64 0xc00000b7u

START_TEST(correct_run_passes)
{
	fab_expect_all_pass(100);
}
END_TEST

/* A compat task's notification: the arm (o32) program under a 64-bit
 * kernel reports its own AUDIT_ARCH and 32-bit args. */
START_TEST(compat_runs_pass)
{
	static const char *const compat[] = { "arm", "mips-o32", "mips-n32", "i386", "s390-31" };

	for (unsigned i = 0; i < sizeof(compat) / sizeof(compat[0]); i++) {
		fab_use(compat[i], "notif");
		fab_expect_all_pass(100);
	}
}
END_TEST

/* An arm task's notification saying the kernel's own arch. */
START_TEST(arch_of_the_kernel)
{
	fab_use("arm", "notif");
	pr_notif_make(fab_stop_of("notif-value", PR_STOP_ENTRY))->arch = AUDIT_ARCH_AARCH64;
	fab_expect("notif-value.notif-arch", PR_FAIL,
		   "seccomp_notif.data.arch vs the personality's AUDIT_ARCH: expected 0x0000000040000028, "
		   "seen 0x00000000c00000b7");
	fab_expect("notif-value.notif-arch", PR_FAIL, "seccomp_notif.data.arch vs GET's arch at the entry stop");
	fab_expect("notif-value.arch", PR_PASS, "");
}
END_TEST

/* KSTK_EIP() and instruction_pointer() apart: both reporters named. */
START_TEST(ip_disagrees)
{
	struct pr_notif *n = pr_notif_make(fab_stop_of("notif-error", PR_STOP_ENTRY));

	n->ip -= 2;
	fab_expect("notif-error.notif-ip", PR_FAIL,
		   "seccomp_notif.data.instruction_pointer vs GET's instruction_pointer at the entry stop");
	fab_expect("notif-error.ip", PR_PASS, "");
}
END_TEST

START_TEST(arg_truncated)
{
	pr_notif_make(fab_stop_of("notif-unknown-nr", PR_STOP_ENTRY))->args[5] &= 0xffffffff;
	fab_expect("notif-unknown-nr.notif-args", PR_FAIL, "args[5]: expected 0xdad6bef6bad6fed6, seen 0x00000000bad6fed6");
	fab_expect("notif-unknown-nr.notif-args", PR_FAIL, "seccomp_notif.data.args[5] vs GET's at the entry stop");
}
END_TEST

START_TEST(nr_and_pid_wrong)
{
	struct pr_notif *n = pr_notif_make(fab_stop_of("notif-continue", PR_STOP_ENTRY));

	n->nr = 39; /* getpid's, not getppid's */
	n->pid = 1;
	fab_expect("notif-continue.notif-nr", PR_FAIL, "seccomp_notif.data.nr vs the call's: expected 0x000000000000006e");
	fab_expect("notif-continue.notif-pid", PR_FAIL, "seccomp_notif.pid vs the tracee's pid");
}
END_TEST

START_TEST(id_invalid)
{
	struct pr_notif *n = pr_notif_make(fab_stop_of("notif-value", PR_STOP_ENTRY));

	n->id_valid_ret = -ENOENT;
	n->send_ret = -ENOENT;
	fab_expect("notif-value.notif-id", PR_FAIL, "SECCOMP_IOCTL_NOTIF_ID_VALID");
	fab_expect("notif-value.notif-send", PR_FAIL, "SECCOMP_IOCTL_NOTIF_SEND: expected 0, seen error 2");
}
END_TEST

/* The answer lost on the way: the exit stop and the tracee see the call's
 * own result. */
START_TEST(answer_lost)
{
	FAB_EDIT_INFO(fab_stop_of("notif-value", PR_STOP_EXIT), (info.rval = -9, info.is_error = 1));
	pr_seen_make(fab_stop_of("notif-value-report", PR_STOP_ENTRY))->seen_result = (uint64_t)-9;
	fab_expect("notif-value.answer-at-exit", PR_FAIL, "GET's rval at the exit stop vs the answer sent: expected 24301");
	fab_expect("notif-value.rval", PR_FAIL, "expected 24301");
	fab_expect("notif-value.answer-seen", PR_FAIL, "as the tracee stored it: expected 0x0000000000005eed");
}
END_TEST

/* A kernel without the listener: the tracer ended the run at the first
 * notified call's entry stop, saying why; every check SKIPs. */
START_TEST(no_listener_skips)
{
	struct pr_notif *n = pr_notif_make(fab_stop_of("notif-value", PR_STOP_ENTRY));

	n->listener_err = EINVAL;
	fab.run.nstops = (unsigned)fab_stop(fab.g, 0, PR_STOP_ENTRY) + 1;
	pr_run_set_end(&fab.run, PR_END_SKIPPED, 0, "kernel 4.19 lacks seccomp user notification (Linux 5.0+): "
		       "the tracee's seccomp(...) failed with EINVAL");
	fab_expect("notif-value.notif-recv", PR_SKIP, "lacks seccomp user notification");
	ck_assert_uint_eq(fab_count(&fab.res, PR_PASS) + fab_count(&fab.res, PR_FAIL), 0);
}
END_TEST

/* mips o32 before 733a90561ad0, as a 6.1 kernel showed it: GET at the entry
 * stop has the register arguments sign-extended and the stack ones read
 * from the tracer's memory (0), the notification (made in the tracee) has
 * all six right but sign-extended.  The bug is named for notif-args too;
 * a notification whose fifth argument is neither is not. */
static uint64_t sext(uint64_t v)
{
	return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

static const struct pr_known_bug *o32_notif_args_diagnosis(uint64_t fifth)
{
	struct pr_stop *s;
	struct pr_notif *n;

	fab_use("mips-o32", "notif");
	s = fab_stop_of("notif-value", PR_STOP_ENTRY);
	FAB_EDIT_INFO(s, (info.args[0] = sext(info.args[0]), info.args[1] = sext(info.args[1]),
			  info.args[2] = sext(info.args[2]), info.args[3] = sext(info.args[3]),
			  info.args[4] = info.args[5] = 0));
	n = pr_notif_make(s);
	for (unsigned a = 0; a < 6; a++)
		n->args[a] = sext(n->args[a]);
	n->args[4] = fifth ? fifth : n->args[4];
	fab_expect("notif-value.notif-args", PR_FAIL, "seccomp_notif.data.args[4] vs GET's at the entry stop");
	return pr_diagnose(fab.p, fab.g, &fab.run, fab_find(&fab.res, "notif-value.notif-args"));
}

START_TEST(o32_args_bug_named)
{
	const struct pr_known_bug *b = o32_notif_args_diagnosis(0);

	ck_assert_ptr_nonnull(b);
	ck_assert_str_eq(b->id, "733a90561ad0");
	ck_assert_ptr_null(o32_notif_args_diagnosis(0x1234));
}
END_TEST

static void use_notif(void)
{
	fab_use("x86_64", "notif");
}

Suite *notif_suite(void)
{
	const TTest *const tests[] = {
		correct_run_passes, compat_runs_pass, arch_of_the_kernel, ip_disagrees, arg_truncated,
		nr_and_pid_wrong, id_invalid, answer_lost, no_listener_skips, o32_args_bug_named, NULL,
	};

	return pr_suite("notif", "judge", use_notif, tests);
}
