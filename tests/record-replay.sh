#!/bin/sh
# A live run recorded and replayed gives the same KTAP, byte for byte, and
# the same exit status.
. "$srcdir/tests/tap.sh"
scratch
plan 3
TMPDIR=$tap_tmp "$RUNNER" --record "$tap_tmp/run.rec" >"$tap_tmp/live.ktap"
live=$?
"$RUNNER" --replay "$tap_tmp/run.rec" >"$tap_tmp/replay.ktap"
replay=$?
ok "stops were recorded ($(grep -c '^\[stop ' "$tap_tmp/run.rec"))" grep -q '^\[stop ' "$tap_tmp/run.rec"
is "replay exits as the live run did" "$live" "$replay"
ok "replay prints the live run's KTAP" cmp -s "$tap_tmp/live.ktap" "$tap_tmp/replay.ktap"
diff -u "$tap_tmp/live.ktap" "$tap_tmp/replay.ktap" | head -20 | sed 's/^/# /'
exit 0
