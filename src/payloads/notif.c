#include "payloads/notif.h"
#include "record-fields.h"

static const struct pr_rec_field rows[] = {
	FIELD(struct pr_notif, notif_tried, PR_REC_BOOL, notif_tried),
	FIELD(struct pr_notif, listener_read_err, PR_REC_INT, listener_read_err),
	FIELD(struct pr_notif, listener_err, PR_REC_DEC, listener_err),
	FIELD(struct pr_notif, pidfd_ret, PR_REC_INT, pidfd_ret),
	FIELD(struct pr_notif, getfd_ret, PR_REC_INT, getfd_ret),
	FIELD(struct pr_notif, poll_ret, PR_REC_INT, poll_ret),
	FIELD(struct pr_notif, recv_ret, PR_REC_INT, recv_ret),
	FIELD(struct pr_notif, notif_id, PR_REC_HEX, id),
	FIELD(struct pr_notif, notif_pid, PR_REC_HEX, pid),
	FIELD(struct pr_notif, notif_flags, PR_REC_HEX, flags),
	FIELD(struct pr_notif, notif_nr, PR_REC_HEX, nr),
	FIELD(struct pr_notif, notif_arch, PR_REC_HEX, arch),
	FIELD(struct pr_notif, notif_ip, PR_REC_HEX, ip),
	LIST(struct pr_notif, notif_args, PR_REC_HEX_LIST, args, 6),
	FIELD(struct pr_notif, id_valid_ret, PR_REC_INT, id_valid_ret),
	FIELD(struct pr_notif, resp_val, PR_REC_DEC, resp_val),
	FIELD(struct pr_notif, resp_error, PR_REC_DEC, resp_error),
	FIELD(struct pr_notif, resp_flags, PR_REC_HEX, resp_flags),
	FIELD(struct pr_notif, send_ret, PR_REC_INT, send_ret),
};

PR_PAYLOAD_KIND(notif, struct pr_notif, rows);
