#!/bin/sh
# Synthesised recordings (tests/fixtures/<personality>-<fix>.rec, made by
# tests/gen-recording from the expectations and the published symptoms)
# judged on this host: the correct kernel passes; each bug's checks are XFAIL
# naming it (a synthesised kernel has no version, so none is known to have the
# fix), and under --strict they fail, each with its own "looks like:" line
# only.  One line per personality: its known bugs.  ia64
# has no emulator to record on; the riscv64 and ppc64le bugs predate the
# Debian kernels the VMs boot.
. "$srcdir/tests/tap.sh"
prog=$RUNNER gen=./tests/gen-recording
scratch
tmp=$tap_tmp

while read -r pers fixes; do
	for fix in correct $fixes; do
		file=$srcdir/tests/fixtures/$pers-$fix.rec
		# The fixture is what the generator makes today (regenerate: the
		# command below, with the output into tests/fixtures/).
		if [ $fix = correct ]; then $gen $pers >"$tmp/gen.rec"; else $gen $pers $fix >"$tmp/gen.rec"; fi
		ok "$pers $fix: the fixture is what '$gen $pers ${fix#correct}' makes" cmp -s "$tmp/gen.rec" "$file"
		$prog --replay "$file" >"$tmp/out.ktap"
		status=$?
		if [ $fix = correct ]; then
			is "$pers correct: replay passes" 0 "$status"
			grep -B3 '^ *not ok' "$tmp/out.ktap" | head -20 | sed 's/^/# /'
			continue
		fi
		xfail=$(grep -c "^ *ok [0-9]* [^ ]* # XFAIL $fix " "$tmp/out.ktap")
		is "$pers $fix: replay passes, its bug's checks XFAIL ($xfail)" "0 0" "$status $(grep -c '^ *not ok [0-9]* [^ ]*\.' "$tmp/out.ktap")"
		ok "$pers $fix: the version is said unknown" grep -q "# known bug: the kernel's version is unknown" "$tmp/out.ktap"
		$prog --strict --replay "$file" >"$tmp/out.ktap"
		status=$?
		is "$pers $fix: replay --strict fails" 1 "$status"
		failed=$(grep -c '^ *not ok [0-9]* [^ ]*\.' "$tmp/out.ktap")
		is "$pers $fix: --strict fails what was XFAIL" "$xfail" "$failed"
		diagnosed=$(grep -c "# looks like: $fix " "$tmp/out.ktap")
		other=$(grep '# looks like: \|# matches no known bug' "$tmp/out.ktap" | grep -vc "looks like: $fix ")
		ok "$pers $fix: some checks fail ($failed)" test "$failed" -gt 0
		is "$pers $fix: every failure looks like $fix" "$failed $failed 0" "$failed $diagnosed $other"
	done
done <<'LIST'
ia64 0ceb1ace4a27 61bf318eac2c 7ad1e366167837da
riscv64 61119394631f
ppc64le d72500f99284
LIST
done_testing
exit 0
