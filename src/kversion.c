/* Kernel versions from the strings a kernel says of itself, and whether a
 * fix is in one.  Hand-written: no library parses Linux release strings,
 * and the rules are the kernel's own (Makefile VERSION.PATCHLEVEL.SUBLEVEL
 * EXTRAVERSION, scripts/setlocalversion's "+" and "-NNNNN-gHASH") and the
 * distributions' (Debian's and Ubuntu's X.Y.0-ABI-flavour). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kversion.h"

/* A decimal at *s, advancing past it; false when there is none. */
static bool number(const char **s, unsigned *out)
{
	char *end;
	unsigned long v;

	if (!isdigit((unsigned char)**s))
		return false;
	v = strtoul(*s, &end, 10);
	*s = end;
	*out = (unsigned)v;
	return true;
}

/* "-NNNNN-g<hex>" (setlocalversion's commits past the tag) at s. */
static bool commits_past_tag(const char *s)
{
	for (const char *at = strstr(s, "-g"); at; at = strstr(at + 1, "-g")) {
		const char *d = at;
		unsigned n = 0;

		while (d > s && isdigit((unsigned char)d[-1]))
			d--, n++;
		if (n >= 5 && d > s && d[-1] == '-' && isxdigit((unsigned char)at[2]))
			return true;
	}
	return false;
}

/* "X.Y[.Z][-rcN|~rcN]..." with the rest of the string judged for the
 * distribution ABI form and for commits past the tag. */
static bool parse_version(const char *s, bool distro_abi_ok, struct pr_kversion *v)
{
	const char *p = s;
	size_t n = strlen(s);

	memset(v, 0, sizeof(*v));
	if (!number(&p, &v->major) || *p++ != '.' || !number(&p, &v->minor))
		return false;
	v->sublevel_known = true;
	if (*p == '.') {
		p++;
		if (!number(&p, &v->sublevel))
			return false;
	}
	if ((strncmp(p, "-rc", 3) == 0 || strncmp(p, "~rc", 3) == 0) && isdigit((unsigned char)p[3])) {
		p += 3;
		number(&p, &v->rc);
	} else if (distro_abi_ok && v->sublevel == 0 && *p == '-' && isdigit((unsigned char)p[1]) &&
		   !commits_past_tag(p)) {
		/* Debian's 6.1.0-50-amd64, Ubuntu's 6.8.0-49-generic: the ABI
		 * number, not the stable release. */
		const char *q = p + 1;
		unsigned abi;

		number(&q, &abi);
		if (*q == '-' || *q == '.')
			v->sublevel_known = false;
	}
	v->plus = (n > 0 && s[n - 1] == '+') || commits_past_tag(p);
	v->known = true;
	return true;
}

bool pr_kversion_parse(const char *release, struct pr_kversion *v)
{
	if (!release || !parse_version(release, true, v)) {
		memset(v, 0, sizeof(*v));
		return false;
	}
	snprintf(v->from, sizeof(v->from), "uname -r: %.100s", release);
	return true;
}

void pr_kversion_of(const char *release, const char *uts_version, const char *signature,
		    struct pr_kversion *v)
{
	const char *at = uts_version ? strstr(uts_version, "Debian ") : NULL;
	char word[64];

	/* Debian: "#1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-04-30)". */
	if (at && sscanf(at + 7, "%63s", word) == 1 && parse_version(word, false, v)) {
		v->plus = false;
		snprintf(v->from, sizeof(v->from), "uname -v: Debian %.60s", word);
		return;
	}
	/* Ubuntu: "Ubuntu 6.8.0-49.49~22.04.1-generic 6.8.12". */
	at = signature && *signature ? strrchr(signature, ' ') : NULL;
	if (at && parse_version(at + 1, false, v)) {
		snprintf(v->from, sizeof(v->from), "/proc/version_signature: %.80s", at + 1);
		return;
	}
	if (!pr_kversion_parse(release, v))
		snprintf(v->from, sizeof(v->from), "uname -r '%.80s' names no version", release ? release : "");
}

void pr_kversion_format(const struct pr_kversion *v, char *buf, unsigned len)
{
	const char *plus = v->plus ? "+" : "";

	if (!v->known)
		snprintf(buf, len, "unknown");
	else if (v->rc)
		snprintf(buf, len, "%u.%u-rc%u%s", v->major, v->minor, v->rc, plus);
	else if (!v->sublevel_known)
		snprintf(buf, len, "%u.%u.y (sublevel unknown)", v->major, v->minor);
	else
		snprintf(buf, len, "%u.%u.%u%s", v->major, v->minor, v->sublevel, plus);
}

/* Order of two mainline positions (major, minor). */
static int cmp_line(unsigned a1, unsigned a2, unsigned b1, unsigned b2)
{
	return a1 != b1 ? (a1 < b1 ? -1 : 1) : a2 != b2 ? (a2 < b2 ? -1 : 1) : 0;
}

/* One token of the where-fixed string: "6.14", "6.14-rc3", "6.1.191". */
struct release {
	unsigned major, minor, sublevel, rc;
	bool has_sublevel;
};

static bool parse_release(const char *s, size_t n, struct release *r)
{
	char tok[32];
	const char *p = tok;

	if (n == 0 || n >= sizeof(tok))
		return false;
	memcpy(tok, s, n);
	tok[n] = '\0';
	memset(r, 0, sizeof(*r));
	if (!number(&p, &r->major) || *p++ != '.' || !number(&p, &r->minor))
		return false;
	if (*p == '.') {
		p++;
		if (!number(&p, &r->sublevel))
			return false;
		r->has_sublevel = true;
	}
	if (strncmp(p, "-rc", 3) == 0) {
		p += 3;
		if (!number(&p, &r->rc))
			return false;
	}
	return *p == '\0';
}

/* The where-fixed string, split: mainline, and the stable entry for the
 * line (major, minor) if listed (*none: listed as "none"). */
struct fixed_at {
	bool unfixed;
	struct release mainline;
	bool line_listed, line_none;
	struct release line_first;
};

static bool parse_fixed(const char *fixed, unsigned major, unsigned minor, struct fixed_at *f, char *why,
			unsigned len)
{
	const char *p = fixed, *semi;

	memset(f, 0, sizeof(*f));
	if (!fixed || !*fixed) {
		snprintf(why, len, "the catalogue does not say where it is fixed");
		return false;
	}
	if (strcmp(fixed, "unfixed") == 0) {
		f->unfixed = true;
		return true;
	}
	semi = strchr(p, ';');
	if (!parse_release(p, semi ? (size_t)(semi - p) : strlen(p), &f->mainline) || f->mainline.has_sublevel) {
		snprintf(why, len, "'%s': want the mainline release first, e.g. '6.14'", fixed);
		return false;
	}
	while (semi) {
		struct release line, first;
		const char *colon, *end;

		p = semi + 1;
		while (*p == ' ')
			p++;
		semi = strchr(p, ';');
		end = semi ? semi : p + strlen(p);
		colon = strstr(p, ".y: ");
		if (!colon || colon > end || !parse_release(p, (size_t)(colon - p), &line) || line.has_sublevel ||
		    line.rc) {
			snprintf(why, len, "'%s': want '; X.Y.y: X.Y.Z' or '; X.Y.y: none'", fixed);
			return false;
		}
		colon += 4;
		if ((size_t)(end - colon) == 4 && strncmp(colon, "none", 4) == 0) {
			first = line;
		} else if (!parse_release(colon, (size_t)(end - colon), &first) || !first.has_sublevel ||
			   first.major != line.major || first.minor != line.minor) {
			snprintf(why, len, "'%s': '%.*s' is not a release of %u.%u.y", fixed, (int)(end - colon), colon,
				 line.major, line.minor);
			return false;
		}
		if (line.major == major && line.minor == minor) {
			f->line_listed = true;
			f->line_none = !first.has_sublevel;
			f->line_first = first;
		}
	}
	return true;
}

bool pr_fix_string_valid(const char *fixed, char *why, unsigned len)
{
	struct fixed_at f;

	return parse_fixed(fixed, 0, 0, &f, why, len);
}

static enum pr_fix_state said(enum pr_fix_state s, char *why, unsigned len, const char *fmt, const char *a,
			      const char *b)
{
	snprintf(why, len, fmt, a, b);
	return s;
}

enum pr_fix_state pr_fix_state(const struct pr_kversion *v, const char *fixed, char *why, unsigned len)
{
	struct fixed_at f;
	struct release m;
	char ver[64];
	int c;

	pr_kversion_format(v, ver, sizeof(ver));
	if (!parse_fixed(fixed, v->major, v->minor, &f, why, len))
		return PR_FIX_UNKNOWN;
	if (!v->known)
		return said(PR_FIX_UNKNOWN, why, len, "the kernel's version is unknown (%s), fixed in %s", v->from,
			    fixed);
	if (f.unfixed)
		return said(PR_FIX_ABSENT, why, len, "%s: no fix is merged anywhere%s", ver, "");
	m = f.mainline;
	c = cmp_line(v->major, v->minor, m.major, m.minor);
	if (c > 0 || (c == 0 && !v->rc))
		return said(PR_FIX_PRESENT, why, len, "%s has it: fixed in %s", ver, fixed);
	if (c == 0) { /* an -rc of the release that has the fix */
		if (m.rc && v->rc >= m.rc)
			return said(PR_FIX_PRESENT, why, len, "%s has it: fixed in %s", ver, fixed);
		if (!m.rc || (v->plus && v->rc + 1 == m.rc))
			return said(PR_FIX_UNKNOWN, why, len, "%s may predate the fix: fixed in %s", ver, fixed);
		return said(PR_FIX_ABSENT, why, len, "%s predates the fix: fixed in %s", ver, fixed);
	}
	/* An older line: mainline's merge window after it, or a stable line. */
	if (v->plus && !v->rc && v->sublevel_known && v->sublevel == 0 &&
	    ((m.major == v->major && m.minor == v->minor + 1) || (m.major == v->major + 1 && m.minor == 0)))
		return said(PR_FIX_UNKNOWN, why, len, "%s is in the merge window that brought the fix: fixed in %s",
			    ver, fixed);
	if (!f.line_listed)
		return said(PR_FIX_UNKNOWN, why, len, "%s: the catalogue says nothing of a backport to this line: "
			    "fixed in %s", ver, fixed);
	if (f.line_none || v->rc)
		return said(PR_FIX_ABSENT, why, len, "%s lacks it: fixed in %s", ver, fixed);
	if (!v->sublevel_known)
		return said(PR_FIX_UNKNOWN, why, len, "%s may or may not have it: fixed in %s", ver, fixed);
	if (v->sublevel >= f.line_first.sublevel)
		return said(PR_FIX_PRESENT, why, len, "%s has it: fixed in %s", ver, fixed);
	if (v->plus && v->sublevel + 1 == f.line_first.sublevel)
		return said(PR_FIX_UNKNOWN, why, len, "%s may predate the fix: fixed in %s", ver, fixed);
	return said(PR_FIX_ABSENT, why, len, "%s lacks it: fixed in %s", ver, fixed);
}

enum pr_fix_state pr_bug_state(const struct pr_kversion *v, const char *fixed, const char *introduced,
			       char *why, unsigned len)
{
	char ver[64];

	if (introduced && pr_fix_state(v, introduced, why, len) == PR_FIX_ABSENT) {
		pr_kversion_format(v, ver, sizeof(ver));
		snprintf(why, len, "%s predates the bug (brought in %s)", ver, introduced);
		return PR_FIX_BEFORE_BUG;
	}
	return pr_fix_state(v, fixed, why, len);
}
