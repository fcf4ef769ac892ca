#!/bin/sh
# Nothing the suite starts outlives it: the runner under tests/reap-check (a
# subreaper, so that an orphan comes to it, not to init) leaves no process
# behind, alive or a zombie.  kill-at-fork-event's child, let go at the fork
# event before its parent is killed, did (2026-12-05).
. "$srcdir/tests/tap.sh"
plan 3

out=$("$REAP_CHECK" "$RUNNER" --jobs 1 --only '*.kill-at-fork-event.*')
is "kill-at-fork-event, one by one: exit 0, nothing left behind" "0:" "$?:$(printf '%s' "$out" | grep '^left behind')"
out=$("$REAP_CHECK" "$RUNNER" --jobs 3 --only '*.kill-at-fork-event.*')
is "kill-at-fork-event in workers: exit 0, nothing left behind" "0:" "$?:$(printf '%s' "$out" | grep '^left behind')"
out=$("$REAP_CHECK" "$RUNNER")
is "the whole suite: exit 0, nothing left behind" "0:" "$?:$(printf '%s' "$out" | grep '^left behind')"
exit 0
