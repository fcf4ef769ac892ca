/* The end of a kernel's syscall table, by its version: the last number it
 * implements (in the generic numbering every arch shares since 5.1's
 * pidfd_send_signal, 424; a personality adds its table_base), and what that
 * call returns given six patterns.  For group set-nr-edges, which changes
 * calls to the last number and to one past it.  Pure data. */
#ifndef PR_TABLE_END_H
#define PR_TABLE_END_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kversion.h"

#define PR_TABLE_END_RESULTS 3

struct pr_table_end {
	unsigned major, minor; /* the first release whose table ends here */
	unsigned last;         /* its last number, generic numbering */
	const char *name;
	const char *evidence;  /* how the number and release are known */
	/* What the call returns with arguments patterns 1..6: each a -errno
	 * (generic numbering) or a value, and why (the source's words);
	 * more than one where it depends on the kernel's configuration or
	 * the CPU. */
	struct {
		int64_t result;
		const char *why;
	} results[PR_TABLE_END_RESULTS];
};

/* The row for version v, or NULL with why saying what is not known (a
 * version this suite cannot read, older than its first row, newer than the
 * newest release it knows). */
const struct pr_table_end *pr_table_end_of(const struct pr_kversion *v, char *why, size_t len);

/* The same for a run's release strings (pr_kversion_of). */
const struct pr_table_end *pr_table_end_for(const char *release, const char *uts_version, const char *signature,
					    char *why, size_t len);

#endif
