#!/bin/sh
# Recordings made on real kernels (tests/fixtures/<name>-kernel-<release>.rec)
# replay on this host as they ran there: exit 0, nothing failed, every
# personality/path they hold a target of the replay.  Made with
#   ci/vm-check --arch ARCH --save-recordings DIR [-- --only GLOB]
# which names them <runner>-kernel-<release>.rec (the arm and i386/vdso ones
# were cut to those targets with --only and renamed <what>-by-<runner>-...).
# A recording of a kernel with a known bug replays with that bug's checks
# XFAIL (the runner's own verdict: the kernel's version lacks the fix), each
# diagnosed as its bug, and nothing failing; --strict fails exactly those.
. "$srcdir/tests/tap.sh"
scratch
for file in "$srcdir"/tests/fixtures/*-kernel-*.rec; do
	[ -f "$file" ] || continue
	name=$(basename "$file" .rec)
	release=${name#*-kernel-}
	"$RUNNER" --replay "$file" >"$tap_tmp/out.ktap"
	status=$?
	is "$name: replay passes" 0 "$status"
	# A check's line is two levels in (target, group, check), whether its
	# name has a call in it or is the group's own (proc-syscall-fault).
	is "$name: no check fails" "" "$(grep '^        not ok [0-9]* ' "$tap_tmp/out.ktap" | head -5)"
	grep -B3 '^ *not ok' "$tap_tmp/out.ktap" | head -20 | sed 's/^/# /'
	xfail=$(grep -c '^ *ok [0-9]* [^ ]* # XFAIL ' "$tap_tmp/out.ktap")
	# Each XFAIL's bug is the one its diagnosis line names.
	is "$name: each of its $xfail XFAILs is diagnosed as its bug" "" \
		"$(awk '/# looks like: / { sub(/.*# looks like: /, ""); bug = $1 }
			/^ *ok [0-9]+ [^ ]+ # XFAIL / { x = $0; sub(/.* # XFAIL /, "", x); sub(/ .*/, "", x)
				if (x != bug) print $3; bug = "" }' "$tap_tmp/out.ktap")"
	"$RUNNER" --strict --replay "$file" >"$tap_tmp/strict.ktap"
	is "$name: --strict fails the $xfail XFAILs" "$xfail" "$(grep -c '^        not ok [0-9]* ' "$tap_tmp/strict.ktap")"
	ok "$name: the kernel release is in the recording" grep -q "^release $release\$" "$file"
	# Every personality/path the recording holds is a target of the replay (one
	# that could not run there, s390-31 on a kernel without 31-bit emulation, a SKIP).
	for target in $(awk '$1 == "personality" { p = $2 } $1 == "path" { print p "/" $2 }' "$file" | sort -u); do
		ok "$name: covers $target" grep -q "^\(not \)\?ok [0-9]* $target\( # SKIP .*\)\?\$" "$tap_tmp/out.ktap"
	done
done
done_testing
exit 0
