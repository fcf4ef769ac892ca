/* Raw registers of a stopped tracee on a mips host, read and written.
 * NT_PRSTATUS has the tracee's layout (task_user_regset_view()): for an o32
 * tracee the 32-bit one (mips_dump_regs32(): u32[45], r0 at 6, epc at 40;
 * gpr32_set() writes each word sign-extended), for n32 and n64 the 64-bit one
 * (mips_dump_regs64(): u64[45], r0 at 0, epc at 34), told apart by length.
 * The number is v0 ($2), the arguments a0-a3 ($4-$7) and $8, $9: an o32
 * call's 5th and 6th arguments are on its stack, but handle_sys copies them
 * (and the 7th and 8th) into regs[8..11] before the entry stop and reloads
 * the arguments from there after it (scall64-o32.S, trace_a_syscall).  At
 * exit v0 is the result and a3 the error flag.  o32's syscall(__NR_syscall,
 * nr, ...) has its number in a0 and its arguments from a1 on
 * (mips_syscall_is_indirect(), syscall_get_arguments()).  Writes of v0 go
 * through mips_syscall_update_nr() (gpr32_set(), gpr64_set()), so a changed
 * number takes. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/elf.h>

#include "host.h"

#define NGREG 45
#define R0_32 6
#define EPC_32 40
#define EPC_64 34
#define NR_SYSCALL_O32 4000 /* __NR_syscall */

union prstatus {
	uint32_t w32[NGREG];
	uint64_t w64[NGREG];
};

struct gregs {
	union prstatus u;
	size_t len;
	uint64_t r[32], epc;
};

static int regset(pid_t pid, int request, union prstatus *u, size_t *len)
{
	struct iovec iov = { .iov_base = u, .iov_len = *len };

	if (ptrace(request, pid, (void *)(uintptr_t)NT_PRSTATUS, &iov) != 0)
		return -errno;
	*len = iov.iov_len;
	return 0;
}

static int get(pid_t pid, struct gregs *g)
{
	int err;

	g->len = sizeof(g->u);
	if ((err = regset(pid, PTRACE_GETREGSET, &g->u, &g->len)))
		return err;
	if (g->len == sizeof(g->u.w32)) {
		for (int i = 0; i < 32; i++)
			g->r[i] = g->u.w32[R0_32 + i];
		g->epc = g->u.w32[EPC_32];
	} else if (g->len == sizeof(g->u.w64)) {
		memcpy(g->r, g->u.w64, sizeof(g->r));
		g->epc = g->u.w64[EPC_64];
	} else {
		return -EMSGSIZE;
	}
	return 0;
}

static int put(pid_t pid, struct gregs *g)
{
	for (int i = 1; i < 32; i++) {
		if (g->len == sizeof(g->u.w32))
			g->u.w32[R0_32 + i] = (uint32_t)g->r[i];
		else
			g->u.w64[i] = g->r[i];
	}
	return regset(pid, PTRACE_SETREGSET, &g->u, &g->len);
}

/* The o32 indirect call: v0 is __NR_syscall, the number is in a0. */
static bool indirect(const struct gregs *g)
{
	return g->len == sizeof(g->u.w32) && g->r[2] == NR_SYSCALL_O32;
}

/* The first register of the arguments. */
static unsigned first_arg(const struct gregs *g)
{
	return indirect(g) ? 5 : 4;
}

static void view(const struct gregs *g, struct pr_raw_regs *out)
{
	unsigned a0 = first_arg(g);

	memset(out, 0, sizeof(*out));
	out->pc = g->epc;
	out->sp = g->r[29];
	out->nr = indirect(g) ? g->r[4] : g->r[2];
	for (unsigned k = 0; k < 6; k++)
		out->args[k] = g->r[a0 + k];
	out->ret = g->r[2];
	out->err = g->r[7];
}

int pr_read_regs(pid_t pid, const struct pr_personality *p, struct pr_raw_regs *out)
{
	struct gregs g;
	int err = get(pid, &g);

	(void)p; /* the regset's length says which layout */
	if (err)
		return err;
	view(&g, out);
	return 0;
}

/* v0 is the number at entry and the result at exit, a3 an argument at entry
 * and the error flag at exit: write whichever the caller changed.  A new
 * number makes an indirect call a direct one with the arguments from a0 on,
 * as syscall_set_nr() does (7.3). */
int pr_write_regs(pid_t pid, const struct pr_personality *p, const struct pr_raw_regs *in)
{
	struct gregs g;
	struct pr_raw_regs old;
	unsigned a0;
	int err = get(pid, &g);

	(void)p;
	if (err)
		return err;
	view(&g, &old);
	a0 = first_arg(&g);
	if (in->ret != old.ret) {
		g.r[2] = in->ret;
	} else if (in->nr != old.nr) {
		g.r[2] = in->nr;
		a0 = 4;
	}
	for (unsigned k = 0; k < 6; k++)
		g.r[a0 + k] = in->args[k];
	if (in->err != old.err)
		g.r[7] = in->err;
	return put(pid, &g);
}
