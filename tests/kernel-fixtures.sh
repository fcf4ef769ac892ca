#!/bin/sh
# Recordings made on real kernels (tests/fixtures/<name>-kernel-<release>.rec)
# replay on this host as they ran there: exit 0, nothing failed, every
# personality/path they hold a target of the replay.  Made with
#   ci/vm-check --arch ARCH --save-recordings DIR [-- --only GLOB]
# which names them <runner>-kernel-<release>.rec (the arm and i386/vdso ones
# were cut to those targets with --only and renamed <what>-by-<runner>-...).
. "$srcdir/tests/tap.sh"
scratch
for file in "$srcdir"/tests/fixtures/*-kernel-*.rec; do
	[ -f "$file" ] || continue
	name=$(basename "$file" .rec)
	"$RUNNER" --replay "$file" >"$tap_tmp/out.ktap"
	is "$name: replay passes" 0 "$?"
	failed=$(grep -c '^ *not ok' "$tap_tmp/out.ktap")
	is "$name: no check fails" 0 "$failed"
	grep -B3 '^ *not ok' "$tap_tmp/out.ktap" | head -20 | sed 's/^/# /'
	ok "$name: the kernel release is in the recording" grep -q "^release ${name#*-kernel-}\$" "$file"
	# Every personality/path the recording holds is a target of the replay.
	for target in $(awk '$1 == "personality" { p = $2 } $1 == "path" { print p "/" $2 }' "$file" | sort -u); do
		ok "$name: covers $target" grep -q "^ok [0-9]* $target\$" "$tap_tmp/out.ktap"
	done
done
done_testing
exit 0
