#!/bin/sh
# Recordings made on real kernels (tests/fixtures/<name>-kernel-<release>.rec)
# replay on this host as they ran there: exit 0, nothing failed, every
# personality/path they hold a target of the replay.  Made with
#   ci/vm-check --arch ARCH --save-recordings DIR [-- --only GLOB]
# which names them <runner>-kernel-<release>.rec (the arm and i386/vdso ones
# were cut to those targets with --only and renamed <what>-by-<runner>-...).
# A recording of a kernel with a known bug (ci/known-failures.tsv names the
# check and the release) replays with exactly those checks failing, each
# diagnosed as its catalogued bug, and everything else passing.
. "$srcdir/tests/tap.sh"
scratch
known=$srcdir/ci/known-failures.tsv
for file in "$srcdir"/tests/fixtures/*-kernel-*.rec; do
	[ -f "$file" ] || continue
	name=$(basename "$file" .rec)
	release=${name#*-kernel-}
	"$RUNNER" --replay "$file" >"$tap_tmp/out.ktap"
	status=$?
	awk -v prefix=fixture:: -v kernel="$release" -f "$srcdir/ci/lib/ktap-flatten.awk" "$tap_tmp/out.ktap" |
		awk -f "$srcdir/ci/lib/known-failures.awk" "$known" - >"$tap_tmp/results.tsv"
	xfail=$(awk -F '\t' '$2 == "xfail"' "$tap_tmp/results.tsv" | wc -l)
	is "$name: replay passes but for its $xfail known failures" "$([ "$xfail" = 0 ] && echo 0 || echo 1)" "$status"
	is "$name: no check fails but the known ones" "" \
		"$(awk -F '\t' '$2 == "fail" || $2 == "xpass" { print $1 }' "$tap_tmp/results.tsv" | head -5)"
	grep -B3 '^ *not ok' "$tap_tmp/out.ktap" | head -20 | sed 's/^/# /'
	is "$name: each known failure is diagnosed as its bug" "" \
		"$(awk -F '\t' '$2 == "xfail" { bug = $3; sub(/^known failure: /, "", bug); sub(/ .*/, "", bug)
			if (index($4, "looks like: " bug " ") == 0) print $1 }' "$tap_tmp/results.tsv")"
	ok "$name: the kernel release is in the recording" grep -q "^release $release\$" "$file"
	# Every personality/path the recording holds is a target of the replay (one
	# that could not run there, s390-31 on a kernel without 31-bit emulation, a SKIP).
	for target in $(awk '$1 == "personality" { p = $2 } $1 == "path" { print p "/" $2 }' "$file" | sort -u); do
		ok "$name: covers $target" grep -q "^\(not \)\?ok [0-9]* $target\( # SKIP .*\)\?\$" "$tap_tmp/out.ktap"
	done
done
done_testing
exit 0
