#!/bin/sh
# ia64 recordings (tests/fixtures/, made by tests/gen-recording from the
# expectations and the published symptoms) judged on this host: the correct
# kernel passes, each seed bug fails with its own "looks like:" line only.
. "$srcdir/tests/tap.sh"
prog=$RUNNER gen=./tests/gen-recording
scratch
tmp=$tap_tmp

for fix in correct 0ceb1ace4a27 61bf318eac2c 7ad1e366167837da; do
	file=$srcdir/tests/fixtures/ia64-$fix.rec
	# The fixture is what the generator makes today (regenerate: the
	# command below, with the output into tests/fixtures/).
	if [ $fix = correct ]; then $gen ia64 >"$tmp/gen.rec"; else $gen ia64 $fix >"$tmp/gen.rec"; fi
	ok "$fix: the fixture is what '$gen ia64 ${fix#correct}' makes" cmp -s "$tmp/gen.rec" "$file"
	$prog --replay "$file" >"$tmp/out.ktap"
	status=$?
	if [ $fix = correct ]; then
		is "correct: replay passes" 0 "$status"
		grep -B3 '^ *not ok' "$tmp/out.ktap" | head -20 | sed 's/^/# /'
		continue
	fi
	is "$fix: replay fails" 1 "$status"
	failed=$(grep -c '^ *not ok [0-9]* [^ ]*\.' "$tmp/out.ktap")
	diagnosed=$(grep -c "# looks like: $fix " "$tmp/out.ktap")
	other=$(grep '# looks like: \|# matches no known bug' "$tmp/out.ktap" | grep -vc "looks like: $fix ")
	ok "$fix: some checks fail ($failed)" test "$failed" -gt 0
	is "$fix: every failure looks like $fix" "$failed $failed 0" "$failed $diagnosed $other"
done
done_testing
exit 0
