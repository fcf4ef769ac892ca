#!/bin/sh
# A live run recorded and replayed gives the same KTAP, byte for byte, and
# the same exit status.
prog=./src/ptrace-regress
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
$prog --record "$tmp/run.rec" >"$tmp/live.ktap"
live=$?
$prog --replay "$tmp/run.rec" >"$tmp/replay.ktap"
replay=$?
echo "live exit $live, replay exit $replay, $(grep -c '^\[stop ' "$tmp/run.rec") stops recorded"
[ $live = $replay ] || { echo "FAIL: exit status differs"; exit 1; }
diff -u "$tmp/live.ktap" "$tmp/replay.ktap" || { echo "FAIL: KTAP differs"; exit 1; }
