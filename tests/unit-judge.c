/* The judge fed fabricated observations: a correct kernel passes every check,
 * and each historical kind of bug fails exactly the check that should catch
 * it, with expected and seen values in the diagnostic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "group-plan.h"
#include "judge.h"
#include "plan-run.h"
#include "stress-kill.h"
#include "suites.h"
#include "synth.h"
#include "payloads/sizes.h"

static struct fab_results *judge(const struct pr_run *run)
{
	struct fab_results *c = calloc(1, sizeof(*c));

	fab_judge(run->pers, run->group, run, c);
	return c;
}

static void fresh(const char *pers, const char *group, struct pr_run *run)
{
	const struct pr_personality *p = pr_personality_find(pers);
	const struct pr_group *g = pr_group_find(group);

	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(g);
	synth_run(p, g, run);
}

typedef void edit_fn(struct pr_info *, void *);

/* Judge the correct run of (pers, group) with stop `stop` edited by fn. */
static struct fab_results *judge_edited(const char *pers, const char *group, unsigned stop,
				      edit_fn *fn, void *arg)
{
	struct pr_run run;
	struct fab_results *c;

	fresh(pers, group, &run);
	synth_edit(&run, stop, fn, arg);
	c = judge(&run);
	synth_free(&run);
	return c;
}

static void assert_verdict(const struct fab_results *c, const char *name, enum pr_verdict v,
			   const char *diag_part)
{
	const struct pr_result *r = fab_find(c, name);

	ck_assert_msg(r->verdict == v, "%s: verdict %d, wanted %d; diag:\n%s", name, r->verdict, v,
		      r->diag);
	if (diag_part)
		ck_assert_msg(strstr(r->diag, diag_part), "%s: diag lacks \"%s\":\n%s", name,
			      diag_part, r->diag);
}

/* The one SKIP a correct kernel gets: a regset change of an argument the
 * arch's regsets do not hold (riscv's orig_a0). */
static bool arg0_not_settable(const struct pr_personality *p, const struct pr_result *r)
{
	return r->verdict == PR_SKIP && p->regs_arg0_missing && strcmp(r->reason, p->regs_arg0_missing) == 0;
}

/* Every group's plan fits PR_PLAN_MAX with room (an overflow aborts). */
START_TEST(every_plan_fits)
{
	struct pr_plan_stop plan[PR_PLAN_MAX];

	for (unsigned g = 0; g < pr_ngroups; g++)
		ck_assert_msg(pr_plan(&pr_groups[g], plan) < PR_PLAN_MAX / 2, "%s: %u stops", pr_groups[g].name,
			      pr_plan(&pr_groups[g], plan));
}
END_TEST

START_TEST(correct_kernel_passes_everything)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct pr_run run;
			struct fab_results *c;

			/* A version: where its syscall table ends is known. */
			synth_run_of(*p, &pr_groups[g], "#1 SMP Debian 7.3.4-1", &run);
			c = judge(&run);
			ck_assert_uint_gt(c->n, 0);
			for (unsigned i = 0; i < c->n; i++)
				ck_assert_msg(c->r[i].verdict == PR_PASS || arg0_not_settable(*p, &c->r[i]),
					      "%s %s %s failed:\n%s", (*p)->name, pr_groups[g].name,
					      c->r[i].name, c->r[i].diag);
			free(c);
			synth_free(&run);
		}
}
END_TEST

/* --stress kills groups at random stops (src/stress-kill.c): a correct
 * kernel's run of each group killed at each stop a kill fits passes, so a
 * failure the stress reports is the kernel's, never the derivation's. */
START_TEST(correct_kernel_passes_every_random_kill)
{
	unsigned derived = 0;

	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		for (unsigned g = 0; g < pr_ngroups; g++)
			for (unsigned r = 0, n = pr_stress_kill_stops(&pr_groups[g]); r < n; r++) {
				static struct pr_stress_kill k;
				struct pr_run run;
				struct fab_results *c;

				ck_assert(pr_stress_kill_make(&pr_groups[g], r, &k));
				synth_run(*p, &k.group, &run);
				c = judge(&run);
				for (unsigned i = 0; i < c->n; i++)
					ck_assert_msg(c->r[i].verdict == PR_PASS || arg0_not_settable(*p, &c->r[i]),
						      "%s %s (%s) %s failed:\n%s", (*p)->name, pr_groups[g].name,
						      k.where, c->r[i].name, c->r[i].diag);
				free(c);
				synth_free(&run);
				derived++;
			}
	ck_assert_uint_gt(derived, 0);
}
END_TEST

/* An i386 program's fault under an x86_64 kernel: in no syscall, GET's arch
 * is x86's syscall_get_arch() with TS_COMPAT clear, X86_64 (personality.h,
 * no_syscall_arch); under a kernel of another machine, i386's own. */
static void arch_to(struct pr_info *info, void *arg)
{
	info->arch = *(uint32_t *)arg;
}

START_TEST(fault_arch_is_the_kernels_in_no_syscall)
{
	static const struct {
		const char *machine;
		uint32_t reported;
		enum pr_verdict v;
	} cases[] = {
		{ "x86_64", 0xc000003e, PR_PASS }, { "x86_64", 0x40000003, PR_FAIL },
		{ "i686", 0x40000003, PR_PASS }, { "i686", 0xc000003e, PR_FAIL },
	};

	for (unsigned n = 0; n < sizeof(cases) / sizeof(cases[0]); n++) {
		struct pr_plan_stop plan[PR_PLAN_MAX];
		struct pr_run run;
		struct fab_results *c;
		unsigned np;

		fresh("i386", "fault-exit-event", &run);
		snprintf(run.machine, sizeof(run.machine), "%s", cases[n].machine);
		np = pr_plan(run.group, plan);
		for (unsigned k = 0; k < np && k < run.nstops; k++)
			if (plan[k].call >= 0 && pr_call_does(&run.group->calls[plan[k].call], PR_ACTION_FAULT) &&
			    plan[k].kind != PR_STOP_ENTRY && plan[k].kind != PR_STOP_EXIT)
				synth_edit(&run, k, arch_to, (void *)&cases[n].reported);
		c = judge(&run);
		assert_verdict(c, "arch", cases[n].v, cases[n].v == PR_FAIL ? "arch expected" : NULL);
		free(c);
		synth_free(&run);
	}
}
END_TEST

/* ia64 0ceb1ace4a27: the register frame read one slot early, so the syscall
 * number shows up in args[0] and every argument moves up by one. */
static void shift_args(struct pr_info *info, void *arg)
{
	(void)arg;
	memmove(&info->args[1], &info->args[0], 5 * sizeof(info->args[0]));
	info->args[0] = info->nr;
}

START_TEST(args_shifted_with_nr_in_args0_fail_args)
{
	/* entry of the third call, close */
	struct fab_results *c = judge_edited("x86_64", "entry", 5, shift_args, NULL);

	assert_verdict(c, "close.args", PR_FAIL, "args[0]: expected 0xdad1bef1bad1fed1, seen 0x0000000000000003");
	assert_verdict(c, "close.args", PR_FAIL, "args[5]: expected 0xdad6bef6bad6fed6, seen 0xdad5bef5bad5fed5");
	assert_verdict(c, "close.regs", PR_FAIL, "args[0] vs raw registers");
	assert_verdict(c, "close.nr", PR_PASS, NULL);
	assert_verdict(c, "getpid.args", PR_PASS, NULL);
	assert_verdict(c, "close.args", PR_FAIL, "personality x86_64, path syscall, stop 5: entry of close");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 2);
	free(c);
}
END_TEST

/* ia64 61bf318eac2c: the exit stop reports +errno. */
static void flip_sign(struct pr_info *info, void *arg)
{
	(void)arg;
	info->rval = -info->rval;
}

START_TEST(errno_sign_flipped_fails_rval)
{
	/* exit of the second call, ENOENT */
	struct fab_results *c = judge_edited("i386", "errno", 4, flip_sign, NULL);

	assert_verdict(c, "ENOENT.rval", PR_FAIL, "rval: expected -2 (0xfffffffffffffffe), seen 2 (0x2)");
	assert_verdict(c, "ENOENT.raw", PR_FAIL, "rval vs raw registers: expected -2");
	assert_verdict(c, "ENOENT.is_error", PR_PASS, NULL);
	assert_verdict(c, "EPERM.rval", PR_PASS, NULL);
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 2);
	free(c);
}
END_TEST

static void sp_plus_16(struct pr_info *info, void *arg)
{
	(void)arg;
	info->stack_pointer += 16;
}

START_TEST(sp_off_by_16_fails_sp)
{
	struct fab_results *c = judge_edited("x86_64", "entry", 1, sp_plus_16, NULL);

	assert_verdict(c, "getpid.sp", PR_FAIL,
		       "stack_pointer vs raw sp: expected 0x60000fffffffb3a0, seen 0x60000fffffffb3b0");
	/* The exit stop of the same call kept the real sp: the frame check sees it too. */
	assert_verdict(c, "ip-sp", PR_FAIL,
		       "stop 2 (exit of getpid): stack_pointer (the entry stop's) expected 0x60000fffffffb3b0, "
		       "seen 0x60000fffffffb3a0");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 2);
	free(c);
}
END_TEST

static void wrong_arch(struct pr_info *info, void *arg)
{
	info->arch = *(uint32_t *)arg;
}

START_TEST(wrong_arch_fails_arch)
{
	uint32_t x86_64 = 0xc000003e;
	struct fab_results *c = judge_edited("i386", "entry", 1, wrong_arch, &x86_64);

	assert_verdict(c, "getpid.arch", PR_FAIL, "arch: expected 0x0000000040000003, seen 0x00000000c000003e");
	assert_verdict(c, "arch", PR_FAIL, "stop 1 (entry of getpid): arch expected 0x40000003, seen 0xc000003e");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 2);
	free(c);
}
END_TEST

/* 0032ce0f85a2: kernel stack leaked into the bytes between op and arch. */
static void leak_into_reserved(struct pr_info *info, void *arg)
{
	(void)arg;
	info->reserved = 0xa5;
	info->flags = 0x5a5a;
}

START_TEST(reserved_bytes_nonzero_fail_reserved)
{
	/* the exit of the errno group's second call, big-endian: flags decoded as such */
	struct fab_results *c = judge_edited("s390x", "errno", 4, leak_into_reserved, NULL);

	assert_verdict(c, "reserved", PR_FAIL,
		       "stop 4 (exit of openat): bytes 1-3 (reserved, flags) expected 0, seen 0xa55a5a");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 1);
	free(c);
}
END_TEST

/* An exit stop reporting an instruction pointer the trap did not leave. */
static void ip_plus_4(struct pr_info *info, void *arg)
{
	(void)arg;
	info->instruction_pointer += 4;
}

START_TEST(exit_ip_moved_fails_ip_sp)
{
	struct fab_results *c = judge_edited("aarch64", "exit", 2, ip_plus_4, NULL);

	assert_verdict(c, "ip-sp", PR_FAIL, "stop 2 (exit of getpid): instruction_pointer (the entry stop's)");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 1);
	free(c);
}
END_TEST

/* An instruction pointer off by the trap's length (2 bytes: the start of
 * x86's syscall) is inside the stub, but not where the trap left it. */
static void ip_minus_2(struct pr_info *info, void *arg)
{
	(void)arg;
	info->instruction_pointer -= 2;
}

START_TEST(ip_at_trap_start_fails_ip_trap)
{
	struct fab_results *c = judge_edited("x86_64", "entry", 1, ip_minus_2, NULL);

	assert_verdict(c, "getpid.ip-trap", PR_FAIL, "instruction_pointer vs the address after the stub's trap");
	free(c);
}
END_TEST

/* A compat success above 2 GiB must stay zero-extended (is_error 0). */
static void sign_extend(struct pr_info *info, void *arg)
{
	(void)arg;
	info->rval = (int32_t)info->rval;
}

START_TEST(compat_high_address_sign_extended_fails_rval)
{
	/* exit of mremap-high */
	struct fab_results *c = judge_edited("i386", "exit", 8, sign_extend, NULL);

	assert_verdict(c, "mremap-high.rval", PR_FAIL, "expected 4026531840 (0xf0000000), seen -268435456");
	free(c);
}
END_TEST

static void make_entry(struct pr_info *info, void *arg)
{
	(void)arg;
	info->op = PR_OP_ENTRY;
}

START_TEST(exit_reported_as_entry_breaks_alternation)
{
	struct fab_results *c = judge_edited("x86_64", "stops", 2, make_entry, NULL);

	assert_verdict(c, "alternate", PR_FAIL, "stop 2 (exit of getpid): op expected EXIT, seen ENTRY (1)");
	assert_verdict(c, "exit-size", PR_FAIL, "stop 2 (EXIT): returned size expected 33, seen 80");
	assert_verdict(c, "sigstop.op", PR_PASS, NULL);
	free(c);
}
END_TEST

START_TEST(oversized_write_fails_info_size)
{
	struct pr_run run;
	struct fab_results *c;

	fresh("x86_64", "info-size", &run);
	pr_sizes_make(&run.stops[2])->size_flags[40] &= (uint8_t)~PR_SIZE_REST_UNTOUCHED;
	pr_sizes_make(&run.stops[1])->size_ret[0] = -14;
	c = judge(&run);
	assert_verdict(c, "exit", PR_FAIL, "size 40: returned 33 (expected 33), wrote outside min(size, returned)");
	assert_verdict(c, "entry", PR_FAIL, "size 0: returned -14 (expected 80)");
	assert_verdict(c, "none", PR_PASS, NULL);
	free(c);
	synth_free(&run);
}
END_TEST

START_TEST(missing_stops_after_timeout_are_timeouts)
{
	struct pr_run run;
	struct fab_results *c;

	fresh("x86_64", "exit", &run);
	run.nstops = 3;
	run.end = PR_END_TIMEOUT;
	run.end_code = 7;
	c = judge(&run);
	assert_verdict(c, "getpid.rval", PR_PASS, NULL);
	assert_verdict(c, "getppid.op", PR_TIMEOUT, "no stop 4: the tracee made no stop within 7 seconds");
	ck_assert_str_eq(fab_find(c, "getppid.op")->reason, "7 seconds");
	free(c);
	synth_free(&run);
}
END_TEST

START_TEST(tracee_killed_fails_remaining_checks)
{
	struct pr_run run;
	struct fab_results *c;

	fresh("x86_64", "errno", &run);
	run.nstops = 5;
	run.end = PR_END_SIGNALED;
	strcpy(run.end_msg, "killed by Killed");
	c = judge(&run);
	assert_verdict(c, "ESRCH.op", PR_FAIL, "no stop 6: the tracee killed by Killed after 5 stops");
	assert_verdict(c, "ENOENT.rval", PR_PASS, NULL);
	free(c);
	synth_free(&run);
}
END_TEST

/* A fault's delivery stop away from the trap it returned to: its fault
 * check says where, and so does the frame's check against the entry. */
START_TEST(fault_away_from_the_trap_fails_fault)
{
	struct pr_run run;
	struct fab_results *c;

	fresh("aarch64", "fault-exit-event", &run);
	synth_edit(&run, run.nstops - 2, ip_plus_4, NULL);
	run.stops[run.nstops - 2].regs.pc += 4;
	c = judge(&run);
	assert_verdict(c, "faults.fault-ip", PR_FAIL, "instruction_pointer vs the address after the stub's trap");
	assert_verdict(c, "ip-sp", PR_FAIL, "(signal of mprotect): instruction_pointer (the entry stop's)");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 2);
	free(c);
	synth_free(&run);
}
END_TEST

/* A core dumped (WCOREDUMP): the exit event's message must have said so
 * (0x80, coredump_finish()), and only a death whose default action dumps
 * may dump at all. */
START_TEST(core_dumped_needs_0x80_in_the_exit_message)
{
	struct pr_run run;
	struct fab_results *c;

	fresh("x86_64", "fault-exit-event", &run);
	run.end_core = true;
	c = judge(&run);
	assert_verdict(c, "faults.exit", PR_FAIL, "a core dumped (WCOREDUMP)): expected 0x000000000000008b, seen "
		       "0x000000000000000b");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 1);
	free(c);
	run.stops[run.nstops - 1].eventmsg = 0x8b;
	c = judge(&run);
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 0);
	free(c);
	synth_free(&run);
	fresh("x86_64", "kill-at-entry-exit-event", &run);
	run.end_core = true;
	c = judge(&run);
	assert_verdict(c, "killed-at-entry.death", PR_FAIL, "a core dumped (WCOREDUMP), expected none");
	ck_assert_uint_eq(fab_count(c, PR_FAIL), 1);
	free(c);
	synth_free(&run);
}
END_TEST

/* pr_judge_names' names, kept as the names of results. */
static void keep_name(void *ctx, const char *name)
{
	struct fab_results *out = ctx;

	ck_assert_uint_lt(out->n, sizeof(out->r) / sizeof(out->r[0]));
	snprintf(out->r[out->n++].name, sizeof(out->r[0].name), "%s", name);
}

/* The names a family declares are the ones it judges, in order, for every
 * personality and group: of a correct run and of one that made no stop. */
START_TEST(plan_names_match_judged_names)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		for (unsigned g = 0; g < pr_ngroups; g++) {
			struct fab_results *plan = calloc(1, sizeof(*plan)), *seen[2];
			struct pr_run run;

			pr_judge_names(*p, &pr_groups[g], keep_name, plan);
			synth_run(*p, &pr_groups[g], &run);
			seen[0] = judge(&run);
			run.nstops = 0;
			run.end = PR_END_EXITED;
			seen[1] = judge(&run);
			for (unsigned k = 0; k < 2; k++) {
				ck_assert_uint_eq(plan->n, seen[k]->n);
				for (unsigned i = 0; i < plan->n; i++)
					ck_assert_str_eq(plan->r[i].name, seen[k]->r[i].name);
				free(seen[k]);
			}
			free(plan);
			synth_free(&run);
		}
}
END_TEST

Suite *judge_suite(void)
{
	const TTest *const tests[] = {
		every_plan_fits, correct_kernel_passes_everything, correct_kernel_passes_every_random_kill, fault_arch_is_the_kernels_in_no_syscall, args_shifted_with_nr_in_args0_fail_args,
		errno_sign_flipped_fails_rval, sp_off_by_16_fails_sp, wrong_arch_fails_arch,
		reserved_bytes_nonzero_fail_reserved, exit_ip_moved_fails_ip_sp, ip_at_trap_start_fails_ip_trap,
		compat_high_address_sign_extended_fails_rval, exit_reported_as_entry_breaks_alternation,
		oversized_write_fails_info_size, missing_stops_after_timeout_are_timeouts,
		tracee_killed_fails_remaining_checks, fault_away_from_the_trap_fails_fault,
		core_dumped_needs_0x80_in_the_exit_message, plan_names_match_judged_names, NULL
	};

	return pr_suite("judge", "fabricated", NULL, tests);
}
