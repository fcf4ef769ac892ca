/* Every payload kind, in the order a recording writes a stop's payloads
 * (the order version 2 wrote their fields in). */
#include "payloads/change.h"
#include "payloads/child.h"
#include "payloads/exec.h"
#include "payloads/frame.h"
#include "payloads/proc-syscall.h"
#include "payloads/notif.h"
#include "payloads/refused.h"
#include "payloads/seen.h"
#include "payloads/sizes.h"
#include "payloads/stored-sp.h"
#include "payloads/unwind.h"
#include "payloads/sigsys.h"

const struct pr_payload_kind *const pr_payload_kinds[] = {
	&pr_payload_sizes, &pr_payload_frame, &pr_payload_change, &pr_payload_unwind, &pr_payload_stored_sp,
	&pr_payload_child, &pr_payload_exec, &pr_payload_refused, &pr_payload_seen,
	&pr_payload_proc_syscall, &pr_payload_sigsys, &pr_payload_notif, NULL,
};
