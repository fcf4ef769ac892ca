#!/bin/sh
# ia64 recordings (tests/fixtures/, made by tests/gen-recording from the
# expectations and the published symptoms) judged on this host: the correct
# kernel passes, each seed bug fails with its own "looks like:" line only.
: "${srcdir:=$(dirname "$0")/..}"
prog=./src/ptrace-regress gen=./tests/gen-recording
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

for fix in correct 0ceb1ace4a27 61bf318eac2c 7ad1e366167837da; do
	file=$srcdir/tests/fixtures/ia64-$fix.rec
	# The fixture is what the generator makes today (regenerate: the
	# command below, with the output into tests/fixtures/).
	if [ $fix = correct ]; then $gen ia64 >"$tmp/gen.rec"; else $gen ia64 $fix >"$tmp/gen.rec"; fi
	cmp -s "$tmp/gen.rec" "$file" || { echo "FAIL: $file differs from: $gen ia64 ${fix#correct}"; fail=1; }
	$prog --replay "$file" >"$tmp/out.ktap"
	status=$?
	if [ $fix = correct ]; then
		[ $status = 0 ] || { echo "FAIL: $file: exit $status, expected 0"; grep -B3 '^ *not ok' "$tmp/out.ktap" | head -20; fail=1; }
		continue
	fi
	[ $status = 1 ] || { echo "FAIL: $file: exit $status, expected 1"; fail=1; }
	failed=$(grep -c '^ *not ok [0-9]* [^ ]*\.' "$tmp/out.ktap")
	diagnosed=$(grep -c "# looks like: $fix " "$tmp/out.ktap")
	other=$(grep '# looks like: \|# matches no known bug' "$tmp/out.ktap" | grep -vc "looks like: $fix ")
	echo "$fix: $failed failed checks, $diagnosed diagnosed as $fix, $other otherwise"
	[ "$failed" -gt 0 ] && [ "$diagnosed" = "$failed" ] && [ "$other" = 0 ] || fail=1
done
exit $fail
