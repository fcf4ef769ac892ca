#!/bin/sh
# The man page (doc/local.am: help2man over --help) is in step with --help:
# every option and every group --help lists is in it, its version is the
# runner's, and it renders without a warning.  SKIP where configure made none
# (help2man missing), naming the tool.
. "$srcdir/tests/tap.sh"
scratch
[ -n "${MANPAGE:-}" ] ||
	skip_all "help2man (Debian package help2man) is not installed, or the build is for another host: configure made no man page"
"$RUNNER" --help >"$tap_tmp/help"
# The man page's text: roff's escaped minus and font changes undone.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$MANPAGE" >"$tap_tmp/man"

ok "the man page exists" test -s "$MANPAGE"
sed -n 's/^  \(--[a-z-]*\).*/\1/p' "$tap_tmp/help" >"$tap_tmp/options"
ok "--help lists options" test -s "$tap_tmp/options"
while read -r opt; do
	# A term of its own (help2man's .TP), not a mention in running text.
	ok "$opt is a term of the man page" grep -q -e "^$opt\$" -e "^$opt " "$tap_tmp/man"
done <"$tap_tmp/options"
# The groups: --help's lines between "Groups:" and the personalities, each
# name at two spaces' indent (a long one's summary on the next line).
sed -n '/Groups:$/,/^Personalities/s/^  \([a-z][a-z0-9-]*\)\( .*\)*$/\1/p' "$tap_tmp/help" >"$tap_tmp/groups"
"$RUNNER" --list | sed -n 's,^[^.]*/[^.]*\.\([^.]*\)\..*,\1,p' | sort -u >"$tap_tmp/listed"
is "every group --list names is in --help's list" "" "$(sort -u "$tap_tmp/groups" | comm -13 - "$tap_tmp/listed")"
missing=$(while read -r g; do grep -q -e "^$g\$" -e "^$g " "$tap_tmp/man" || echo "$g"; done <"$tap_tmp/groups")
is "every group is a term of the man page" "" "$missing"
version=$("$RUNNER" --version)
ok "the man page's header names $version" grep -q "^\.TH .*\"$version\"" "$MANPAGE"
if have_cmds groff; then
	LC_ALL=C groff -man -Tutf8 -ww -z "$MANPAGE" >"$tap_tmp/warn" 2>&1
	is "groff renders it without a warning" "" "$(cat "$tap_tmp/warn")"
else
	skip "groff renders it without a warning" "groff (Debian package groff-base) is not installed"
fi
done_testing
exit 0
