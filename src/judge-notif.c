/* Seccomp user notification (src/actions/notify.c says what a kernel must
 * show, and why): for each notified call, the supervisor's requests, struct
 * seccomp_notif against the scenario and the personality (the same
 * expectations the entry and seccomp families hold GET to, compat
 * personalities included) and against GET at the call's entry stop (two
 * reporters of the same hooks: a mismatch names both), and each answer as
 * the exit stop and the tracee saw it. */
#include <stdio.h>
#include <string.h>

#include "judge-families.h"
#include "payloads/notif.h"
#include "payloads/seen.h"

/* The notification was received: each request before it succeeded. */
static bool received(struct judge *j, const struct pr_notif *n)
{
	if (!n->notif_tried) {
		check_fail(j, "the tracer did not supervise this call");
		return false;
	}
	if (n->listener_read_err || n->listener_err)
		check_fail(j, "the tracee's seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER): error %lld (read: %d)",
			   (long long)n->listener_err, n->listener_read_err);
	else if (n->pidfd_ret < 0 || n->getfd_ret < 0)
		check_fail(j, "pidfd_open: %d, pidfd_getfd(PR_FD_LISTENER): %d", n->pidfd_ret, n->getfd_ret);
	else if (n->poll_ret != 1)
		check_fail(j, "poll() of the listener: expected 1 (a notification), seen %d", n->poll_ret);
	else if (n->recv_ret)
		check_fail(j, "SECCOMP_IOCTL_NOTIF_RECV: expected 0, seen error %d", -n->recv_ret);
	else
		return true;
	return false;
}

/* The notification's data as an entry info, for the shared expectations. */
static void as_info(const struct pr_notif *n, struct pr_info *info)
{
	memset(info, 0, sizeof(*info));
	info->op = PR_OP_ENTRY;
	info->arch = (uint32_t)n->arch;
	info->nr = n->nr;
	info->instruction_pointer = n->ip;
	memcpy(info->args, n->args, sizeof(info->args));
}

CALL_CHECK(recv)
{
	CHECK_ARGS_USED;
	received(j, pr_notif_of(s));
}

CALL_CHECK(id)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (!received(j, n))
		return;
	if (n->id == 0)
		check_fail(j, "seccomp_notif.id is 0 (seccomp_next_notify_id() counts from a random u64)");
	if (n->id_valid_ret)
		check_fail(j, "SECCOMP_IOCTL_NOTIF_ID_VALID of id %#llx before the answer: expected 0, seen error %d",
			   (unsigned long long)n->id, -n->id_valid_ret);
}

CALL_CHECK(pid)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (received(j, n))
		expect_dec(j, "seccomp_notif.pid vs the tracee's pid", j->run->pid, (int64_t)n->pid);
}

CALL_CHECK(flags)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (received(j, n))
		expect_hex(j, "seccomp_notif.flags (unused: 0)", 0, n->flags);
}

CALL_CHECK(arch)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (!received(j, n))
		return;
	expect_hex(j, "seccomp_notif.data.arch vs the personality's AUDIT_ARCH", j->p->audit_arch, n->arch);
	expect_hex(j, "seccomp_notif.data.arch vs GET's arch at the entry stop", (uint32_t)info->arch, n->arch);
}

CALL_CHECK(nr)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (!received(j, n))
		return;
	/* data.nr is an int: its 32 bits. */
	expect_hex(j, "seccomp_notif.data.nr vs the call's", (uint32_t)pr_expected_nr(j->p, c->sys), n->nr);
	expect_hex(j, "seccomp_notif.data.nr vs GET's nr at the entry stop", (uint32_t)info->nr, n->nr);
}

CALL_CHECK(args)
{
	const struct pr_notif *n = pr_notif_of(s);
	struct pr_info as;
	char what[64];

	CHECK_ARGS_USED;
	if (!received(j, n))
		return;
	as_info(n, &as);
	expect_call_args(j, c, idx, &as);
	for (unsigned a = 0; a < 6; a++) {
		snprintf(what, sizeof(what), "seccomp_notif.data.args[%u] vs GET's at the entry stop", a);
		expect_hex(j, what, info->args[a], n->args[a]);
	}
}

CALL_CHECK(ip)
{
	const struct pr_notif *n = pr_notif_of(s);

	CHECK_ARGS_USED;
	if (received(j, n))
		expect_hex(j, "seccomp_notif.data.instruction_pointer vs GET's instruction_pointer at the entry stop",
			   info->instruction_pointer, n->ip);
}

/* The answer sent, and the kernel took it. */
CALL_CHECK(send)
{
	const struct pr_notif *n = pr_notif_of(s);
	int64_t val, error;
	uint64_t flags;

	CHECK_ARGS_USED;
	if (!received(j, n))
		return;
	pr_notify_response(j->p, c, &val, &error, &flags);
	expect_dec(j, "the answer's val", val, n->resp_val);
	expect_dec(j, "the answer's error", error, n->resp_error);
	expect_hex(j, "the answer's flags", flags, n->resp_flags);
	if (n->send_ret)
		check_fail(j, "SECCOMP_IOCTL_NOTIF_SEND: expected 0, seen error %d", -n->send_ret);
}

/* The exit stop reports the answer the supervisor sent (a value or an
 * error; a continued call's own result is the exit family's). */
CALL_CHECK(answer_at_exit)
{
	const struct pr_stop *entry;
	struct pr_info entry_info;
	const struct pr_notif *n;
	int64_t rval;
	bool is_error;

	CHECK_ARGS_USED;
	if (!check_stop(j, entry_stop(j, idx), &entry, &entry_info))
		return;
	n = pr_notif_of(entry);
	if (!received(j, n))
		return;
	if (n->resp_error) { /* -errno in the arch's numbering already */
		rval = n->resp_error;
		is_error = true;
	} else
		expected_result(j, c, idx, PR_EXPECT_VALUE, n->resp_val, &rval, &is_error);
	expect_dec(j, "GET's rval at the exit stop vs the answer sent", rval, info->rval);
	expect_dec(j, "GET's is_error at the exit stop vs the answer sent", is_error, info->is_error);
}

/* What the tracee saw: its memory (what it stored of the call's result) and
 * what the report call after it passed (GET's args[0] at its entry), each
 * the call's outcome. */
CALL_CHECK(seen)
{
	const struct pr_seen *seen = pr_seen_of(s);
	int64_t rval;
	bool is_error;
	uint64_t want;

	CHECK_ARGS_USED;
	check_about(j, c + 1);
	expected_result(j, c, idx, c->expect, c->value, &rval, &is_error);
	want = (uint64_t)rval & pr_word_mask(j->p);
	if (!seen->seen_read)
		check_fail(j, "the tracee's memory was not read at the report call's entry stop");
	else if (seen->seen_err)
		check_fail(j, "the tracee's memory could not be read (error %d)", -seen->seen_err);
	else
		expect_hex(j, "the notified call's result, as the tracee stored it", want, seen->seen_result);
	expect_hex(j, "the notified call's result, as the report call passed it (GET's args[0])", want,
		   info->args[0] & pr_word_mask(j->p));
}

static int entry_of(const struct judge *j, unsigned call)
{
	return entry_stop(j, call);
}
static int exit_of(const struct judge *j, unsigned call)
{
	return exit_stop(j, call);
}
static int report_entry(const struct judge *j, unsigned call)
{
	return entry_stop(j, call + 1);
}

static bool answered(const struct judge *j, const struct pr_call *c)
{
	(void)j;
	return pr_call_does(c, PR_ACTION_NOTIFY)->notify != PR_NOTIFY_CONTINUE;
}

static bool reported(const struct judge *j, const struct pr_call *c)
{
	unsigned i = (unsigned)(c - j->g->calls);

	return i + 1 < j->g->ncalls && j->g->calls[i + 1].args[0].kind == PR_ARG_LAST;
}

static bool notified(const struct judge *j, const struct pr_call *c, unsigned i)
{
	(void)j, (void)i;
	return pr_call_does(c, PR_ACTION_NOTIFY) != NULL;
}

static const struct call_check notif_checks[] = {
	{ "notif-recv", entry_of, recv, NULL },
	{ "notif-id", entry_of, id, NULL },
	{ "notif-pid", entry_of, pid, NULL },
	{ "notif-flags", entry_of, flags, NULL },
	{ "notif-arch", entry_of, arch, NULL },
	{ "notif-nr", entry_of, nr, NULL },
	{ "notif-args", entry_of, args, NULL },
	{ "notif-ip", entry_of, ip, NULL },
	{ "notif-send", entry_of, send, NULL },
	{ "answer-at-exit", exit_of, answer_at_exit, answered },
	{ "answer-seen", report_entry, seen, reported },
};

PR_CALL_FAMILY(notif, notif_checks, notified)
