#include <stdbool.h>
#include <string.h>

#include "ktap.h"

static void indent(struct pr_ktap *k)
{
	for (unsigned i = 0; i < k->depth; i++)
		fputs("    ", k->out);
}

void pr_ktap_begin(struct pr_ktap *k, unsigned plan)
{
	fputs("KTAP version 1\n", k->out);
	fprintf(k->out, "1..%u\n", plan);
}

void pr_ktap_skip_all(struct pr_ktap *k, const char *reason)
{
	fputs("KTAP version 1\n", k->out);
	fprintf(k->out, "1..0 # SKIP %s\n", reason);
}

void pr_ktap_subtest(struct pr_ktap *k, const char *name, unsigned plan)
{
	k->depth++;
	indent(k);
	fputs("KTAP version 1\n", k->out);
	indent(k);
	fprintf(k->out, "# Subtest: %s\n", name);
	indent(k);
	fprintf(k->out, "1..%u\n", plan);
}

void pr_ktap_subtest_end(struct pr_ktap *k, unsigned n, enum pr_verdict v, const char *name,
			 const char *reason)
{
	if (k->depth)
		k->depth--;
	pr_ktap_result(k, n, v, name, reason);
}

void pr_ktap_diag(struct pr_ktap *k, const char *text)
{
	while (text && *text) {
		const char *nl = strchr(text, '\n');
		size_t len = nl ? (size_t)(nl - text) : strlen(text);

		indent(k);
		fprintf(k->out, "# %.*s\n", (int)len, text);
		text += len + (nl ? 1 : 0);
	}
}

void pr_ktap_result(struct pr_ktap *k, unsigned n, enum pr_verdict v, const char *name,
		    const char *reason)
{
	static const char *const directive[] = {
		[PR_PASS] = NULL, [PR_FAIL] = NULL, [PR_SKIP] = "SKIP", [PR_TIMEOUT] = "TIMEOUT",
		[PR_XFAIL] = "XFAIL",
	};
	bool ok = v == PR_PASS || v == PR_SKIP || v == PR_XFAIL;

	indent(k);
	fprintf(k->out, "%s %u %s", ok ? "ok" : "not ok", n, name);
	if (directive[v])
		fprintf(k->out, " # %s%s%s", directive[v], reason && *reason ? " " : "",
			reason ? reason : "");
	fputc('\n', k->out);
	fflush(k->out);
}
