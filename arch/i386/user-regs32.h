/* The i386 NT_PRSTATUS layout (the kernel's struct user_regs_struct32), as
 * both an i386 host and an x86_64 host tracing an i386 tracee see it. */
#ifndef PR_I386_USER_REGS32_H
#define PR_I386_USER_REGS32_H

#include <stdint.h>
#include <string.h>

#include "personality.h"

struct pr_i386_user_regs {
	uint32_t ebx, ecx, edx, esi, edi, ebp, eax;
	uint32_t xds, xes, xfs, xgs, orig_eax, eip, xcs, eflags, esp, xss;
};

static inline void pr_i386_user_regs_normalise(const struct pr_i386_user_regs *r,
					       struct pr_raw_regs *out)
{
	memset(out, 0, sizeof(*out));
	out->pc = r->eip;
	out->sp = r->esp;
	out->nr = r->orig_eax;
	out->args[0] = r->ebx;
	out->args[1] = r->ecx;
	out->args[2] = r->edx;
	out->args[3] = r->esi;
	out->args[4] = r->edi;
	out->args[5] = r->ebp;
	out->ret = r->eax;
}

/* The syscall registers of the common view back into the layout. */
static inline void pr_i386_user_regs_denormalise(const struct pr_raw_regs *in,
						 struct pr_i386_user_regs *r)
{
	r->orig_eax = (uint32_t)in->nr;
	r->ebx = (uint32_t)in->args[0];
	r->ecx = (uint32_t)in->args[1];
	r->edx = (uint32_t)in->args[2];
	r->esi = (uint32_t)in->args[3];
	r->edi = (uint32_t)in->args[4];
	r->ebp = (uint32_t)in->args[5];
	r->eax = (uint32_t)in->ret;
}

#endif
