/* The traced kernel's upstream version, as far as it can be known, and
 * whether a fix is in it.  Pure: the strings come from the run (uname -r,
 * uname -v, /proc/version_signature), recorded or live. */
#ifndef PR_KVERSION_H
#define PR_KVERSION_H

#include <stdbool.h>

struct pr_kversion {
	bool known;          /* false: nothing below is set but why */
	unsigned major, minor;
	bool sublevel_known; /* false: a distribution's X.Y.0-ABI-flavour release
			      * string, the stable sublevel it hides unknown */
	unsigned sublevel;
	unsigned rc;         /* N of -rcN: before X.Y's release; 0: a release */
	bool plus;           /* commits past the tag ("+", "-NNNNN-gHASH") */
	char from[120];      /* where it was read, e.g. "uname -v: Debian 6.1.176-1" */
};

/* The version a kernel.org-style release string gives ("6.18.44-fc-v1272",
 * "6.15.0-rc3+", "7.2.13+deb14-powerpc64le"); a distribution's
 * "6.1.0-50-amd64" gives 6.1 with the sublevel unknown. */
bool pr_kversion_parse(const char *release, struct pr_kversion *v);

/* The best source of the three (NULL or "" where absent): Debian's uname -v
 * ("... Debian 6.1.176-1 (...)"), Ubuntu's /proc/version_signature (its last
 * word), else the release string. */
void pr_kversion_of(const char *release, const char *uts_version, const char *signature,
		    struct pr_kversion *v);

/* "6.1.176", "6.15-rc3+", "6.1.y (sublevel unknown)", "unknown". */
void pr_kversion_format(const struct pr_kversion *v, char *buf, unsigned len);

enum pr_fix_state {
	PR_FIX_ABSENT,       /* the version predates the fix (or has none) */
	PR_FIX_PRESENT,      /* every kernel of this version has it */
	PR_FIX_UNKNOWN,      /* the version cannot tell */
	PR_FIX_BEFORE_BUG,   /* the version predates the bug itself */
};

/* Is a commit in version v?  Where it landed, as the catalogue writes it:
 * "unfixed" (nowhere), or the mainline release that first has it, then each
 * stable line's first release that has it or "none": "6.14; 6.12.y:
 * 6.12.21; 6.6.y: none".  why says what decided, in words.  A malformed
 * string is PR_FIX_UNKNOWN with why saying so (unit tests parse every row). */
enum pr_fix_state pr_fix_state(const struct pr_kversion *v, const char *fixed, char *why, unsigned len);

/* A bug's state in v: PR_FIX_BEFORE_BUG where the commit that brought it
 * (introduced, the same grammar; NULL: as old as the interface) is not in
 * v, else the fix's state. */
enum pr_fix_state pr_bug_state(const struct pr_kversion *v, const char *fixed, const char *introduced,
			       char *why, unsigned len);

/* Is the where-fixed string well formed?  why says what is wrong. */
bool pr_fix_string_valid(const char *fixed, char *why, unsigned len);

#endif
