#!/bin/sh
# --jobs N traces groups in N worker processes, which hand their runs back as
# recordings: the KTAP, the exit status and the recording the runner writes
# must be those of the same run traced one group after another.
. "$srcdir/tests/tap.sh"
scratch
plan 5
TMPDIR=$tap_tmp "$RUNNER" --jobs 1 --record "$tap_tmp/one.rec" >"$tap_tmp/one.ktap"
one=$?
TMPDIR=$tap_tmp "$RUNNER" --jobs 3 --record "$tap_tmp/three.rec" >"$tap_tmp/three.ktap"
three=$?
is "--jobs 3 exits as --jobs 1 did" "$one" "$three"
ok "--jobs 3 prints the KTAP of --jobs 1" cmp -s "$tap_tmp/one.ktap" "$tap_tmp/three.ktap"
diff -u "$tap_tmp/one.ktap" "$tap_tmp/three.ktap" | head -20 | sed 's/^/# /'
# Pids and timings differ between two live runs: compare what the judge reads.
"$RUNNER" --replay "$tap_tmp/three.rec" >"$tap_tmp/replay.ktap"
ok "--jobs 3's recording replays to its KTAP" cmp -s "$tap_tmp/three.ktap" "$tap_tmp/replay.ktap"
ok "as many runs recorded ($(grep -c '^\[run\]' "$tap_tmp/one.rec"))" \
	test "$(grep -c '^\[run\]' "$tap_tmp/one.rec")" = "$(grep -c '^\[run\]' "$tap_tmp/three.rec")"
"$RUNNER" --jobs 0 >/dev/null 2>&1
is "--jobs 0 is a usage error" 2 $?
exit 0
