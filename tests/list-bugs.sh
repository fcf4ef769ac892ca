#!/bin/sh
# --list-bugs prints the catalogue, and doc/known-bugs.md's table is its output, not
# a copy kept by hand.
. "$srcdir/tests/tap.sh"
scratch
plan 4
"$RUNNER" --list-bugs >"$tap_tmp/bugs.md"
is "--list-bugs exits 0" 0 "$?"
ok "it lists 733a90561ad0 with where it is fixed" grep -q '^| 733a90561ad0 | .* | 6.14; 6.12.y: none; 6.1.y: none | ' "$tap_tmp/bugs.md"
ok "it lists x86's int \$0x80 argument registers as documented, not a bug" \
	grep -q '^| i386 (int80) | int \$0x80 from 64-bit code' "$tap_tmp/bugs.md"
sed -n '/^<!-- ptrace-regress --list-bugs/,/^<!-- end of ptrace-regress --list-bugs/p' "$srcdir/doc/known-bugs.md" |
	sed '1d;$d' >"$tap_tmp/page.md"
ok "doc/known-bugs.md's table is --list-bugs' output" cmp -s "$tap_tmp/bugs.md" "$tap_tmp/page.md"
diff -u "$tap_tmp/page.md" "$tap_tmp/bugs.md" | head -20 | sed 's/^/# /'
exit 0
