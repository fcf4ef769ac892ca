#include <string.h>

#include "diagnose.h"
#include "list-bugs.h"

/* A cell's text with '|' escaped, as Markdown tables need. */
static void cell(FILE *out, const char *text)
{
	fputs(" ", out);
	for (const char *c = text ? text : ""; *c; c++)
		if (*c == '|')
			fputs("\\|", out);
		else
			fputc(*c, out);
	fputs(" |", out);
}

static void where(FILE *out, const struct pr_known_bug *b)
{
	char buf[128] = "";
	size_t n = 0;

	for (unsigned i = 0; i < 4 && b->personalities[i]; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", i ? ", " : "", b->personalities[i]);
	if (b->path && n < sizeof(buf))
		snprintf(buf + n, sizeof(buf) - n, " (%s)", b->path);
	cell(out, buf);
}

static void breaks(FILE *out, const struct pr_known_bug *b)
{
	char buf[512] = "";
	size_t n = 0;

	for (unsigned i = 0; i < sizeof(b->breaks) / sizeof(b->breaks[0]) && b->breaks[i] && n < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s`%s`", i ? " " : "", b->breaks[i]);
	cell(out, n ? buf : "-");
}

/* Its report, reproducer and validated fix, where the suite has them. */
static void finding(FILE *out, const struct pr_known_bug *b)
{
	char link[160];

	/* Relative to doc/known-bugs.md, where the table is kept. */
	snprintf(link, sizeof(link), "[findings/%s](findings/%s/README.md)", b->finding ? b->finding : "",
		 b->finding ? b->finding : "");
	cell(out, b->finding ? link : "-");
}

void pr_list_bugs(FILE *out)
{
	fputs("| bug | title | where | brought in | fixed in | checks it breaks | finding |\n"
	      "| --- | --- | --- | --- | --- | --- | --- |\n", out);
	for (unsigned i = 0; i < pr_nknown_bugs; i++) {
		const struct pr_known_bug *b = &pr_known_bugs[i];
		char brought[96];

		snprintf(brought, sizeof(brought), "%s%s%s%s", b->introduced_in ? b->introduced_in : "",
			 b->introduced_in && b->introduced_by ? " " : "", b->introduced_by ? "by " : "",
			 b->introduced_by ? b->introduced_by : "");
		fputs("|", out);
		cell(out, b->id);
		cell(out, b->title);
		where(out, b);
		cell(out, *brought ? brought : "-");
		cell(out, b->fixed);
		breaks(out, b);
		finding(out, b);
		fputs("\n", out);
	}
	fputs("\nDocumented, not bugs (each an exact expectation in its personality's row):\n\n"
	      "| where | what | source |\n| --- | --- | --- |\n", out);
	for (unsigned i = 0; i < pr_ndocumented; i++) {
		char w[64];

		snprintf(w, sizeof(w), "%s (%s)", pr_documented[i].personality, pr_documented[i].path);
		fputs("|", out);
		cell(out, w);
		cell(out, pr_documented[i].what);
		cell(out, pr_documented[i].source);
		fputs("\n", out);
	}
}
