/* What a check says: its verdict, name and diagnostics, and the callback that
 * takes each result.  A leaf: the judge writes these, and the report, the
 * diagnosis and the recordings read them without the judge above them. */
#ifndef PR_RESULT_H
#define PR_RESULT_H

struct pr_call;

/* The judge gives the first four; PR_XFAIL is the report's (verdict.h): a
 * failure a known bug explains on a kernel without its fix. */
enum pr_verdict { PR_PASS, PR_FAIL, PR_SKIP, PR_TIMEOUT, PR_XFAIL };

#define PR_NAME_MAX 96
#define PR_REASON_MAX 200
#define PR_DIAG_MAX 2048

struct pr_result {
	char name[PR_NAME_MAX];        /* "<call>.<field>" or the family's name */
	enum pr_verdict verdict;
	char reason[PR_REASON_MAX];    /* after "# SKIP " or "# TIMEOUT " */
	char diag[PR_DIAG_MAX];        /* newline-separated lines, printed as "# ..." */
	/* What the check looked at, for the known-bug rules. */
	const struct pr_call *call;    /* NULL for checks over several calls */
	int stop;                      /* index into run->stops, -1 if several */
};

typedef void (*pr_emit_fn)(void *ctx, const struct pr_result *r);
/* Takes each check's name, where only the names are wanted (--list, plans). */
typedef void (*pr_name_fn)(void *ctx, const char *name);

#endif
