/* At a notified call's entry stop (src/notify.c records it after resuming
 * the tracee, the notify action fakes it, judge-notif.c reads it): the
 * supervisor's part, each request's result and struct seccomp_notif as
 * SECCOMP_IOCTL_NOTIF_RECV filled it. */
#ifndef PR_PAYLOADS_NOTIF_H
#define PR_PAYLOADS_NOTIF_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

struct pr_notif {
	bool notif_tried;            /* the tracer supervised at this stop */
	int listener_read_err;       /* reading PR_SCRATCH_LISTENER: 0 or -errno */
	int64_t listener_err;        /* the tracee's seccomp(NEW_LISTENER): 0 or its errno */
	int pidfd_ret;               /* pidfd_open(): an fd, or -errno */
	int getfd_ret;               /* pidfd_getfd(PR_FD_LISTENER): an fd, or -errno */
	int poll_ret;                /* poll(POLLIN) of the listener: 1, 0 (the deadline), -errno */
	int recv_ret;                /* SECCOMP_IOCTL_NOTIF_RECV: 0 or -errno */
	/* struct seccomp_notif */
	uint64_t id;
	uint64_t pid;
	uint64_t flags;
	uint64_t nr;                 /* data.nr (an int), its 32 bits */
	uint64_t arch;
	uint64_t ip;                 /* data.instruction_pointer */
	uint64_t args[6];
	int id_valid_ret;            /* SECCOMP_IOCTL_NOTIF_ID_VALID: 0 or -errno */
	/* struct seccomp_notif_resp sent, and SECCOMP_IOCTL_NOTIF_SEND's result */
	int64_t resp_val;
	int64_t resp_error;
	uint64_t resp_flags;
	int send_ret;
};

PR_PAYLOAD(notif, struct pr_notif)

#endif
