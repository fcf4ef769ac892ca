/* Tampering: for each call the tracer changes at one of its stops, the
 * request succeeded, PTRACE_GET_SYSCALL_INFO reads the change back, and the
 * tracee saw its effect: the next call reports what the tampered call
 * returned (PR_ARG_LAST in args[0]).  The same table runs through
 * PTRACE_SET_SYSCALL_INFO and through the legacy SETREGSET, so the two
 * interfaces are held to the same results. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/change.h"
#include "payloads/seen.h"

static const char *via_name(enum pr_tamper_via via)
{
	return via == PR_VIA_SET_INFO ? "PTRACE_SET_SYSCALL_INFO" : "PTRACE_SETREGSET NT_PRSTATUS";
}

static void expect_set(struct judge *j, const struct pr_stop *s)
{
	const struct pr_change *ch = pr_change_of(s);

	if (!ch->tampered)
		check_fail(j, "the tracer did not tamper at this stop");
	else if (ch->tamper_ret > 0)
		check_fail(j, "%s: expected 0, seen it return %lld", via_name(j->g->via), (long long)ch->tamper_ret);
	else if (ch->tamper_ret != 0)
		check_fail(j, "%s: expected 0, seen error %lld (%s)", via_name(j->g->via),
			   (long long)-ch->tamper_ret, strerror((int)-ch->tamper_ret));
}

static const char *nr_what(enum pr_tamper_nr n)
{
	switch (n) {
	case PR_TAMPER_NR_SKIP: return "nr read back (skipped: -1)";
	case PR_TAMPER_NR_FIRST: return "nr read back (the table's first)";
	case PR_TAMPER_NR_LAST: return "nr read back (the table's last)";
	case PR_TAMPER_NR_PAST_LAST: return "nr read back (one past the table's last)";
	default: return "nr read back";
	}
}

/* After a change at an entry or seccomp stop: the number and arguments
 * the change wrote, and the call's own arguments where it wrote none
 * (pr_tamper_writes_args()), from what the suite made, not from GET. */
static void expect_entry_readback(struct judge *j, const struct pr_call *c, unsigned idx, const struct pr_info *after)
{
	const struct pr_tamper *t = pr_call_tamper(c);
	struct pr_info want;
	bool written = pr_tamper_writes_args(j->g->via, t);
	char what[60];

	if (!pr_expected_after_made(j->p, j->run->path, j->g->via, t, c, idx, j->run->pid,
				    pr_run_table_end(j->run, NULL, 0), &want))
		return; /* skipped() said why */
	if (t->nr_change != PR_TAMPER_NR_KEEP)
		expect_hex(j, nr_what(t->nr_change), want.nr, after->nr);
	if (pr_after_args_known(j->p, t) < 6)
		check_note(j, "%s, an indirect call: reported as the call it makes, its arguments one down (the "
			   "last not compared)", j->p->first_call.name);
	for (unsigned a = 0; a < pr_after_args_known(j->p, t); a++)
		if (t->args_mask & (1u << a)) {
			snprintf(what, sizeof(what), written ? "args[%u] read back" :
				 "args[%u] read back (a skipped call's, not written)", a);
			expect_hex(j, what, want.args[a], after->args[a]);
		}
}

static void expect_readback(struct judge *j, const struct pr_call *c, unsigned idx,
			    const struct pr_stop *s)
{
	const struct pr_tamper *t = pr_call_tamper(c);
	const struct pr_change *ch = pr_change_of(s);
	struct pr_info after;
	int64_t rval;
	bool is_error;

	if (!ch->tampered || ch->after_ret < 0) {
		check_fail(j, "no PTRACE_GET_SYSCALL_INFO after the change (%lld)", (long long)ch->after_ret);
		return;
	}
	/* A GET returns the op's whole size; a 0 is no GET at all. */
	expect_dec(j, "returned size of the GET after the change",
		   (int64_t)pr_info_size_for_op(t->at == PR_STOP_ENTRY ? PR_OP_ENTRY : t->at == PR_STOP_EXIT ? PR_OP_EXIT
										  : PR_OP_SECCOMP),
		   ch->after_ret);
	pr_change_after(ch, j->p->big_endian, &after);
	if (t->identity) { /* nothing changed: the same GET, byte for byte */
		expect_dec(j, "returned size after the identity change", s->info_ret, ch->after_ret);
		if (memcmp(s->info, ch->after, PR_INFO_BUF) != 0)
			check_fail(j, "the GET after the identity change differs from the one before it");
		return;
	}
	if (t->at == PR_STOP_EXIT) {
		pr_expected_readback(j->p, pr_run_program(j->run), j->g->via, t, &rval, &is_error);
		if (j->g->via == PR_VIA_REGSET && j->p->regset_result_low_word && !t->is_error)
			expect_hex(j, "rval read back (low word)", (uint64_t)rval & pr_word_mask(j->p),
				   (uint64_t)after.rval & pr_word_mask(j->p));
		else
			expect_dec(j, "rval read back", rval, after.rval);
		expect_dec(j, "is_error read back", is_error, after.is_error);
		return;
	}
	expect_entry_readback(j, c, idx, &after);
}

/* What the tracee stored as the changed call's result, from its own memory
 * at the report call's entry stop (PR_SCRATCH_RESULT): not through the
 * interface under test; *seen is NULL for a recording from before the
 * tracer read memory (the report call's args[0] instead, *how says so). */
static bool tracee_saw(struct judge *j, unsigned report, uint64_t *got, const struct pr_seen **seen,
		       const char **how)
{
	const struct pr_stop *s;
	struct pr_info info;

	*seen = NULL;
	if (!check_stop(j, entry_stop(j, report), &s, &info))
		return false;
	if (!pr_seen_of(s)->seen_read) {
		check_note(j, "recorded without the tracee's memory: compared with the report call's args[0]");
		*got = info.args[0];
		*how = "the changed call's result, as the report call passed it";
		return true;
	}
	if (pr_seen_of(s)->seen_err) {
		check_fail(j, "the tracee's memory could not be read (error %d)", -pr_seen_of(s)->seen_err);
		return false;
	}
	*seen = pr_seen_of(s);
	*got = (*seen)->seen_result;
	*how = "the changed call's result, as the tracee stored it";
	return true;
}

/* A call changed to the kernel's last syscall: one of the results its row
 * gives (src/table-end.c), which say why where there are several. */
static void expect_table_end_result(struct judge *j, unsigned report)
{
	const struct pr_table_end *end = pr_run_table_end(j->run, NULL, 0);
	const struct pr_seen *seen;
	const char *how;
	uint64_t got, mask = pr_word_mask(j->p);
	char wanted[400] = "";
	size_t n = 0;

	if (!end || !tracee_saw(j, report, &got, &seen, &how))
		return;
	for (unsigned k = 0; k < PR_TABLE_END_RESULTS && end->results[k].why; k++) {
		int64_t r = end->results[k].result, rval;
		bool is_error;

		pr_expected_result(j->p, j->g->via, r < 0 ? PR_EXPECT_ERRNO : PR_EXPECT_VALUE, r < 0 ? -r : r, NULL,
				   j->run->pid, j->run->ppid, &rval, &is_error);
		if (((uint64_t)rval & mask) == got) {
			if (k > 0 || end->results[1].why)
				check_note(j, "%s (%llu): %s", end->name, (unsigned long long)(j->p->table_base + end->last),
					   end->results[k].why);
			return;
		}
		n += (size_t)snprintf(wanted + n, sizeof(wanted) - n, "%s0x%llx (%s)", k ? " or " : "",
				      (unsigned long long)((uint64_t)rval & mask), end->results[k].why);
		if (n >= sizeof(wanted))
			n = sizeof(wanted) - 1;
	}
	check_fail(j, "%s of %s (%llu, the table's last): expected %s, seen 0x%llx", how, end->name,
		   (unsigned long long)(j->p->table_base + end->last), wanted, (unsigned long long)got);
}

/* What the tracee saw (tracee_saw()), and where a process_vm_writev wrote,
 * its destination.  An exit_group's is its exit status. */
static void expect_observed(struct judge *j, const struct pr_call *c, unsigned report)
{
	const struct pr_tamper *t = pr_call_tamper(c);
	const struct pr_seen *seen;
	const char *how;
	uint8_t want[PR_DEST_SIZE];
	uint64_t got, args[6];
	int64_t rval;
	bool is_error;
	int area = pr_tamper_dest_area(t);

	if (t->observe == PR_EXPECT_TABLE_END) {
		expect_table_end_result(j, report);
		return;
	}
	pr_final_args(j->p, j->g->via, c, report - 1, j->run->pid, args);
	pr_expected_result(j->p, j->g->via, t->observe, t->observe_value, args, j->run->pid, j->run->ppid, &rval,
			   &is_error);
	if (c->sys == PR_SYS_exit_group) {
		if (j->run->end != PR_END_EXITED)
			check_fail(j, "the tracee did not exit: %s", j->run->end_msg);
		else
			expect_dec(j, "the exit status", rval, j->run->end_code);
		return;
	}
	if (!tracee_saw(j, report, &got, &seen, &how))
		return;
	expect_hex(j, how, (uint64_t)rval & pr_word_mask(j->p), got);
	if (area < 0 || !seen)
		return;
	pr_iov_dest_expected(want);
	if (memcmp(want, seen->seen_dest + area * PR_DEST_SIZE, PR_DEST_SIZE) != 0) {
		char text[3 * PR_DEST_SIZE + 1] = "";

		for (unsigned b = 0; b < PR_DEST_SIZE; b++)
			snprintf(text + 3 * b, 4, " %02x", seen->seen_dest[area * PR_DEST_SIZE + b]);
		check_fail(j, "destination %d: expected \"a\" at 0, \"bc\" at 4, \"def\" at 8, seen%s", area, text);
	}
}

static bool reported(const struct judge *j, unsigned i)
{
	return i + 1 < j->g->ncalls && j->g->calls[i + 1].args[0].kind == PR_ARG_LAST;
}

/* Without the request every check of a SET_SYSCALL_INFO group is SKIP. */
static bool lacks_set_info(const struct judge *j, char *why, size_t len)
{
	const struct pr_run *run = j->run;

	if (j->g->via != PR_VIA_SET_INFO || !run->set_probed || run->set_probe_ret != -EIO)
		return false;
	snprintf(why, len, "kernel %s lacks PTRACE_SET_SYSCALL_INFO (Linux 6.16+): request 0x4212 "
		 "failed with EIO", run->release[0] ? run->release : "?");
	return true;
}

/* A change of the first argument through a regset that does not hold it
 * (riscv's orig_a0): SKIP, saying why. */
static bool regs_cannot_set_arg0(const struct judge *j, const struct pr_tamper *t, char *why,
				 size_t len)
{
	if (j->g->via != PR_VIA_REGSET || !(t->args_mask & 1) || !j->p->regs_arg0_missing)
		return false;
	snprintf(why, len, "%s", j->p->regs_arg0_missing);
	return true;
}

/* A change to the end of the kernel's syscall table where the run's
 * version does not say where it ends (the tracer made none). */
static bool table_end_unknown(const struct judge *j, const struct pr_tamper *t, char *why, size_t len)
{
	uint64_t unused;

	return !pr_tamper_nr_value(j->p, t, pr_run_table_end(j->run, why, len), 0, &unused);
}

/* Without the request every check of a SET_SYSCALL_INFO group is SKIP, and
 * a change of args[0] the regset cannot make, or to a table end the
 * kernel's version does not give, too, each saying why. */
static bool skipped(struct judge *j, const struct pr_call *c)
{
	char why[PR_REASON_MAX];

	if (lacks_set_info(j, why, sizeof(why)) || regs_cannot_set_arg0(j, pr_call_tamper(c), why, sizeof(why)) ||
	    table_end_unknown(j, pr_call_tamper(c), why, sizeof(why))) {
		check_skip(j, why);
		return true;
	}
	return false;
}

static int tamper_stop(const struct judge *j, unsigned call)
{
	return plan_stop(j, call, pr_call_tamper(&j->g->calls[call])->at);
}

/* "observed" looks at the report call's entry stop (an exit_group's, its
 * own: the exit status is what shows). */
static int observed_stop(const struct judge *j, unsigned call)
{
	return entry_stop(j, j->g->calls[call].sys == PR_SYS_exit_group ? call : call + 1);
}

CALL_CHECK(set)
{
	CHECK_ARGS_USED;
	if (!skipped(j, c))
		expect_set(j, s);
}

CALL_CHECK(readback)
{
	CHECK_ARGS_USED;
	if (!skipped(j, c))
		expect_readback(j, c, idx, s);
}

CALL_CHECK(observed)
{
	CHECK_ARGS_USED;
	if (c->sys != PR_SYS_exit_group)
		check_about(j, c + 1); /* the report call, whose entry it reads */
	if (!skipped(j, c))
		expect_observed(j, c, idx + 1);
}

static bool tampered(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_tamper(c) != NULL;
}

static bool observable(const struct judge *j, const struct pr_call *c)
{
	return c->sys == PR_SYS_exit_group || reported(j, (unsigned)(c - j->g->calls));
}

static const struct call_check tamper_checks[] = {
	{ "set", tamper_stop, set, NULL },
	{ "readback", tamper_stop, readback, NULL },
	{ "observed", observed_stop, observed, observable },
};

PR_CALL_FAMILY(tamper, tamper_checks, tampered)
