#!/bin/sh
# README.md is the quick start and doc/*.md the reference: every option the
# tools' --help lists is documented in one of them, README stays short, and
# every page it names is there (nothing the reference holds is out of reach).
. "$srcdir/tests/tap.sh"
scratch

cat "$srcdir/README.md" "$srcdir"/doc/*.md >"$tap_tmp/docs"

# documented OPTION: the option, whole (--list is not --list-bugs), in the docs.
documented() {
	grep -qE -e "$1([^a-z0-9-]|\$)" "$tap_tmp/docs"
}

# options_of NAME COMMAND...: one result per option COMMAND --help lists
# (every --word in it: the options and those it passes on), each documented.
options_of() {
	name=$1
	shift
	if ! "$@" --help >"$tap_tmp/help" 2>&1; then
		flunk "$name --help exits 0"
		sed 's/^/# /' "$tap_tmp/help"
		return
	fi
	grep -oE -e '--[a-z][a-z0-9-]*' "$tap_tmp/help" | sort -u >"$tap_tmp/options"
	ok "$name --help lists options" test -s "$tap_tmp/options"
	while read -r opt; do
		ok "$name $opt is documented in README.md or doc/*.md" documented "$opt"
	done <"$tap_tmp/options"
}

options_of ptrace-regress "$RUNNER"
options_of ci/vm-check "$srcdir/ci/vm-check"
options_of ci/matrix "$srcdir/ci/matrix"
options_of ci/bisect-step "$srcdir/ci/bisect-step"
options_of ci/validate-fix "$srcdir/ci/validate-fix"
options_of ci/lava-job "$srcdir/ci/lava-job"
options_of ci/lava-check "$srcdir/ci/lava-check"

lines=$(wc -l <"$srcdir/README.md")
ok "README.md is a quick start: $lines lines, at most 160" test "$lines" -le 160
# .ci/run runs the line after this comment.
cmd=$(grep -A1 -x "# run the project's tests" "$srcdir/README.md" | tail -n 1)
case $cmd in
*"make check"*) pass "README.md gives the test command .ci/run runs" ;;
*) flunk "README.md gives the test command .ci/run runs (seen: '$cmd')" ;;
esac

# Relative links of a page (not URLs, not anchors within it), one a line,
# without their #anchor; the --list-bugs table, whose links are relative to
# the top of the tree wherever it is copied, is left out.
links() {
	awk '/^<!-- ptrace-regress --list-bugs/ { skip = 1 } !skip { print } /^<!-- end of ptrace-regress --list-bugs/ { skip = 0 }' "$1" |
		grep -oE '\]\([^) ]+\)' | sed 's/^](//; s/)$//; s/#.*//' |
		grep -vE '^([a-z]+:|$)' || true
}

links "$srcdir/README.md" >"$tap_tmp/readme-links"
while read -r target; do
	ok "README.md's link $target resolves" test -e "$srcdir/$target"
done <"$tap_tmp/readme-links"
for page in "$srcdir"/doc/*.md; do
	name=doc/${page##*/}
	ok "README.md links $name" grep -qx "$name" "$tap_tmp/readme-links"
	links "$page" >"$tap_tmp/page-links"
	while read -r target; do
		ok "$name's link $target resolves" test -e "$srcdir/doc/$target"
	done <"$tap_tmp/page-links"
done

done_testing
exit 0
