#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <elf.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "host.h"
#include "info.h"
#include "payloads/change.h"
#include "payloads/refused.h"
#include "tamper.h"

/* struct ptrace_syscall_info in the tracer's own layout, as the SET request
 * reads it (include/uapi/linux/ptrace.h). */
struct set_info {
	uint8_t op, reserved;
	uint16_t flags;
	uint32_t arch;
	uint64_t instruction_pointer, stack_pointer;
	union {
		struct { uint64_t nr, args[6]; } entry;
		struct { int64_t rval; uint8_t is_error; } exit;
		struct { uint64_t nr, args[6]; uint32_t ret_data, reserved2; } seccomp;
	} u;
};

_Static_assert(sizeof(struct set_info) == PR_INFO_SIZE, "struct ptrace_syscall_info is 88 bytes");

/* What the request returned, exactly (a success other than 0 is a wrong
 * answer the judge names: tracers test for 0), or -errno. */
static int64_t request(pid_t pid, long req, void *addr, void *data)
{
	long r = ptrace((enum __ptrace_request)req, pid, addr, data);

	return r < 0 ? -errno : r;
}

int64_t pr_set_info_probe(pid_t pid, const struct pr_stop *s)
{
	struct set_info si;

	memcpy(&si, s->info, sizeof(si));
	return request(pid, PR_PTRACE_SET_SYSCALL_INFO, (void *)sizeof(si), &si);
}

/* The change's number and arguments over the call's (nr, args). */
static void new_call(const struct pr_personality *p, const struct pr_tamper *t, const struct pr_table_end *end,
		     unsigned idx, pid_t pid, uint64_t *nr, uint64_t args[6])
{
	pr_tamper_nr_value(p, t, end, *nr, nr);
	for (unsigned a = 0; a < 6; a++)
		if (t->args_mask & (1u << a))
			args[a] = pr_arg_eval(p, &t->args[a], idx, pid);
}

static int64_t via_set_info(pid_t pid, const struct pr_personality *p, const struct pr_tamper *t,
			    const struct pr_table_end *end, unsigned idx, const struct pr_stop *s)
{
	struct set_info si;

	memcpy(&si, s->info, sizeof(si));
	if (t->identity) /* the info exactly as GET gave it */
		return request(pid, PR_PTRACE_SET_SYSCALL_INFO, (void *)sizeof(si), &si);
	if (t->at == PR_STOP_EXIT) {
		if (t->set_result) {
			si.u.exit.rval = pr_tamper_rval(p, t);
			si.u.exit.is_error = t->is_error;
		}
	} else {
		/* entry.nr/args and seccomp.nr/args share their offsets; the
		 * arguments go with a skip too (the kernel must leave them). */
		new_call(p, t, end, idx, pid, &si.u.entry.nr, si.u.entry.args);
	}
	return request(pid, PR_PTRACE_SET_SYSCALL_INFO, (void *)sizeof(si), &si);
}

static int64_t via_regset(pid_t pid, const struct pr_personality *p, const struct pr_tamper *t,
			  const struct pr_table_end *end, unsigned idx)
{
	struct pr_raw_regs r;
	int e = pr_read_regs(pid, p, &r);

	if (e)
		return e;
	if (t->identity) /* the registers exactly as read */
		return pr_write_regs(pid, p, &r);
	if (t->at == PR_STOP_EXIT) {
		if (t->set_result)
			p->encode_result(pr_tamper_rval(p, t), t->is_error, &r);
	} else {
		new_call(p, t, end, idx, pid, &r.nr, r.args);
	}
	return pr_write_regs(pid, p, &r);
}

/* PTRACE_GET_SYSCALL_INFO after a change: the result, or -errno. */
static int64_t read_back(pid_t pid, uint8_t buf[PR_INFO_BUF])
{
	long r;

	memset(buf, 0, PR_INFO_BUF);
	r = ptrace((enum __ptrace_request)PR_PTRACE_GET_SYSCALL_INFO, pid, (void *)PR_INFO_BUF, buf);
	return r < 0 ? -errno : r;
}

void pr_restore_regs(pid_t pid, struct pr_stop *s)
{
	/* Larger than any arch's NT_PRSTATUS: the kernel says how much it wrote. */
	unsigned char regs[2048];
	struct iovec iov = { regs, sizeof(regs) };
	struct pr_change *ch = pr_change_make(s);

	ch->tampered = true;
	ch->tamper_ret = request(pid, PTRACE_GETREGSET, (void *)NT_PRSTATUS, &iov);
	if (ch->tamper_ret == 0)
		ch->tamper_ret = request(pid, PTRACE_SETREGSET, (void *)NT_PRSTATUS, &iov);
	ch->after_ret = read_back(pid, ch->after);
}

void pr_tamper(pid_t pid, const struct pr_personality *p, enum pr_tamper_via via, const struct pr_table_end *end,
	       const struct pr_call *c, unsigned idx, struct pr_stop *s)
{
	const struct pr_tamper *t = pr_call_tamper(c);
	struct pr_change *ch;
	uint64_t unused;

	if (!pr_tamper_nr_value(p, t, end, 0, &unused))
		return; /* the table's end unknown: no change (the judge says why) */
	ch = pr_change_make(s);
	ch->tampered = true;
	if (s->info_ret < 0)
		ch->tamper_ret = s->info_ret;
	else if (via == PR_VIA_SET_INFO)
		ch->tamper_ret = via_set_info(pid, p, t, end, idx, s);
	else
		ch->tamper_ret = via_regset(pid, p, t, end, idx);
	ch->after_ret = read_back(pid, ch->after);
}

static void refusal_change(const struct pr_refusal *r, struct set_info *si, size_t *size)
{
	switch (r->change) {
	case PR_SET_SIZE: *size = (size_t)r->value; break;
	case PR_SET_FLAGS: si->flags = (uint16_t)r->value; break;
	case PR_SET_RESERVED: si->reserved = (uint8_t)r->value; break;
	case PR_SET_OP: si->op = (uint8_t)r->value; break;
	case PR_SET_OTHER_OP: si->op = si->op == PR_OP_ENTRY ? PR_OP_EXIT : PR_OP_ENTRY; break;
	case PR_SET_NR_HIGH: si->u.entry.nr += r->value; break;
	case PR_SET_TAIL: si->u.seccomp.ret_data = (uint32_t)r->value;
		si->u.seccomp.reserved2 = (uint32_t)(r->value >> 32); break;
	case PR_SET_FRAME: si->arch ^= 1; si->instruction_pointer += r->value; si->stack_pointer += r->value; break;
	}
}

void pr_try_refusals(pid_t pid, struct pr_stop *s)
{
	unsigned op = s->info_ret > 0 ? s->info[0] : PR_OP_NONE;
	struct pr_refused *rf = pr_refused_make(s);

	rf->refused = true;
	for (unsigned k = 0; k < PR_REFUSALS_MAX; k++)
		rf->refusal_ret[k] = 1; /* not made */
	for (unsigned k = 0; k < pr_nrefusals && s->info_ret > 0; k++) {
		/* The struct, then zeros: a larger size reads only the struct. */
		unsigned char buf[PR_INFO_BUF] = { 0 };
		struct set_info si;
		size_t size = sizeof(si);

		if (pr_refusal_error(&pr_refusals[k], op) < 0)
			continue;
		memcpy(&si, s->info, sizeof(si));
		refusal_change(&pr_refusals[k], &si, &size);
		memcpy(buf, &si, sizeof(si));
		rf->refusal_ret[k] = request(pid, PR_PTRACE_SET_SYSCALL_INFO, (void *)size, buf);
	}
	rf->refusal_after_ret = read_back(pid, rf->refusal_after);
}
