#!/bin/sh
# The kernel's own KTAP parser (tools/testing/kunit/kunit.py parse, from a
# linux-source tree or tarball) reads the runner's output with no warning and
# counts what the runner counts.
. "$srcdir/tests/tap.sh"

# kunit.py insists on living under tools/testing/kunit of a kernel tree.
tool=$PWD/tests/kunit-tool/tools/testing/kunit/kunit.py
if [ ! -f "$tool" ]; then
	src=${LINUX_SOURCE:-$(ls -d /usr/src/linux-source-*.tar.xz 2>/dev/null | tail -n 1)}
	[ -n "$src" ] || skip_all "no linux-source tarball or tree (Debian: apt-get install linux-source-6.1)"
	command -v "${PYTHON3:-python3}" >/dev/null || skip_all "python3 not installed"
	kdir=tests/kunit-tool.new/tools/testing/kunit
	rm -rf tests/kunit-tool.new && mkdir -p "$kdir"
	if [ -d "$src" ]; then
		cp -R "$src"/tools/testing/kunit/. "$kdir"/
	else
		tar -xJf "$src" -C tests/kunit-tool.new --strip-components=1 --wildcards '*/tools/testing/kunit/*'
	fi
	[ -f "$kdir/kunit.py" ] || skip_all "no tools/testing/kunit/kunit.py in $src"
	rm -rf tests/kunit-tool && mv tests/kunit-tool.new tests/kunit-tool
fi
scratch
plan 3

"$RUNNER" > "$tap_tmp/out.ktap"
"${PYTHON3:-python3}" "$tool" parse < "$tap_tmp/out.ktap" > "$tap_tmp/parsed" 2>&1
totals=$(sed -n 's/^# Totals: pass:\([0-9]*\) fail:\([0-9]*\) xfail:[0-9]* xpass:[0-9]* skip:\([0-9]*\) error:\([0-9]*\)$/\1 \2 \3 \4/p' "$tap_tmp/out.ktap")
set -- $totals
line=$(grep "Testing complete" "$tap_tmp/parsed")
echo "# kunit.py: $line"
count() { echo "$line" | sed -n "s/.* $1: \([0-9]*\).*/\1/p" | grep . || echo 0; }
ran=$(echo "$line" | sed -n 's/.*Ran \([0-9]*\) tests.*/\1/p')

is "kunit.py counts every result" "$(($1 + $2 + $3 + $4))" "$ran"
is "kunit.py agrees on passed/failed/skipped" "$1 $(($2 + $4)) $3" "$(count passed) $(count failed) $(count skipped)"
is "kunit.py prints no warning or error" "" "$(grep -E '\[(ERROR|WARNING)\]|WARNING:|ERROR:' "$tap_tmp/parsed" | grep -v '\[FAILED\]')"
exit 0
