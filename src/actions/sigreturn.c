/* The rt_sigreturn of a handler that ran (a raised signal's, or an
 * interrupting one's): its two stops, and the masks and frame a correct
 * kernel shows there. */
#include "action.h"
#include "payloads/frame.h"

void pr_plan_sigreturn(struct pr_planner *b, unsigned i)
{
	pr_plan_put(b, PR_STOP_ENTRY, (int)i, PR_SYS_rt_sigreturn, false, 0, 0);
	pr_plan_put(b, PR_STOP_EXIT, (int)i, PR_SYS_rt_sigreturn, false, 0, 0);
}

void pr_synth_sigreturn(const struct pr_synth_ctx *x, int sig, const struct pr_info *info, struct pr_stop *s)
{
	const struct pr_personality *p = x->p;
	struct pr_frame *fr;

	if (x->plan[x->k].kind != PR_STOP_ENTRY) {
		s->sigmask = PR_SIGRETURN_BLOCKED;
		return;
	}
	s->sigmask = PR_SIGRETURN_BLOCKED | PR_SIGRETURN_SA_MASK | PR_SIGBIT(pr_signal(p, sig));
	fr = pr_frame_make(s);
	fr->framed = true;
	fr->frame_addr = info->stack_pointer + (uint64_t)p->sigframe_mask_offset;
	for (unsigned b = 0; b < 8; b++) {
		/* One 64-bit word, or two 32-bit words, in the personality's order. */
		unsigned width = p->word_bits == 32 ? 4 : 8, word = b / width, k = b % width;
		unsigned shift = 8 * (p->big_endian ? width - 1 - k : k) + 32 * word;

		fr->frame_mask[b] = (uint8_t)(PR_SIGRETURN_BLOCKED >> shift);
	}
}
