/* A KTAP version 1 writer (Documentation/dev-tools/ktap.rst): nested subtests
 * indented by four spaces, diagnostics as "# " lines before the result they
 * explain. */
#ifndef PR_KTAP_H
#define PR_KTAP_H

#include <stdio.h>

#include "result.h"

struct pr_ktap {
	FILE *out;
	unsigned depth;
};

/* The document's own header and plan. */
void pr_ktap_begin(struct pr_ktap *k, unsigned plan);
/* A whole document that skips everything: "1..0 # SKIP reason". */
void pr_ktap_skip_all(struct pr_ktap *k, const char *reason);
/* Open a subtest block one level deeper, with its plan. */
void pr_ktap_subtest(struct pr_ktap *k, const char *name, unsigned plan);
/* Close the innermost block with its result line (at the parent's depth). */
void pr_ktap_subtest_end(struct pr_ktap *k, unsigned n, enum pr_verdict v, const char *name,
			 const char *reason);
/* Every line of text as a diagnostic at the current depth. */
void pr_ktap_diag(struct pr_ktap *k, const char *text);
void pr_ktap_result(struct pr_ktap *k, unsigned n, enum pr_verdict v, const char *name,
		    const char *reason);

#endif
