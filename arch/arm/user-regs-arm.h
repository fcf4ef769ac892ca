/* The arm NT_PRSTATUS layout (18 words: r0-r15, cpsr, orig_r0), as both an
 * arm tracer and an aarch64 tracer tracing a compat (AArch32) tracee see it
 * (arm64's compat_gpr_get). */
#ifndef PR_ARM_USER_REGS_H
#define PR_ARM_USER_REGS_H

#include <stdint.h>
#include <string.h>

#include "personality.h"

struct pr_arm_user_regs {
	uint32_t r[13], sp, lr, pc, cpsr, orig_r0;
};

/* Entry: the number in r7, the arguments in r0-r5; exit: the result in r0.
 * The kernel borrows r12 (ip) during a syscall stop to say entry or exit, so
 * r12 says nothing here. */
static inline void pr_arm_user_regs_normalise(const struct pr_arm_user_regs *r,
					      struct pr_raw_regs *out)
{
	memset(out, 0, sizeof(*out));
	out->pc = r->pc;
	out->sp = r->sp;
	out->nr = r->r[7];
	for (int i = 0; i < 6; i++)
		out->args[i] = r->r[i];
	out->ret = r->r[0];
}

/* The common view's syscall registers back into the layout.  r0 is both the
 * first argument and the result: whichever the caller changed from what is
 * there now is the one to write.  A first argument goes to orig_r0 as well:
 * both kernels report args[0] from it (arm's ARM_ORIG_r0, arm64's orig_x0,
 * which compat_gpr_set writes from word 17), so a change of r0 alone would
 * run the call with the new value and report the old one.  r7 alone does not
 * change the call the kernel runs (the caller sets the number through its
 * own request too). */
static inline void pr_arm_user_regs_denormalise(const struct pr_raw_regs *in,
						struct pr_arm_user_regs *r)
{
	uint32_t ret = (uint32_t)in->ret;

	r->r[7] = (uint32_t)in->nr;
	for (int i = 1; i < 6; i++)
		r->r[i] = (uint32_t)in->args[i];
	if (ret != r->r[0])
		r->r[0] = ret;
	else
		r->r[0] = r->orig_r0 = (uint32_t)in->args[0];
}

#endif
