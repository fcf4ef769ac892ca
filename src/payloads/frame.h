/* At an rt_sigreturn entry stop (observe.c records it, the sigreturn action
 * fakes it, judge-sigreturn.c reads it): the 8 bytes the tracee has at
 * frame_addr, stack_pointer + the personality's sigframe_mask_offset. */
#ifndef PR_PAYLOADS_FRAME_H
#define PR_PAYLOADS_FRAME_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

struct pr_frame {
	bool framed;                 /* the frame was looked at */
	int frame_err;               /* 0 or -errno */
	uint64_t frame_addr;
	uint8_t frame_mask[8];
};

PR_PAYLOAD(frame, struct pr_frame)

#endif
