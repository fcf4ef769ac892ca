/* At a fork, vfork or clone event stop (tracer-act.c records it, the events
 * action fakes it, judge-events.c reads it): the new child's first stop, after
 * which the tracer detached it. */
#ifndef PR_PAYLOADS_CHILD_H
#define PR_PAYLOADS_CHILD_H

#include "payload.h"

struct pr_child {
	int child_status;            /* its waitpid status; 0: it made none */
};

PR_PAYLOAD(child, struct pr_child)

#endif
