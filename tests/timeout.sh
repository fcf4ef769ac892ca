#!/bin/sh
# A tracee that never reaches its stop: every check of the group is
# "not ok ... # TIMEOUT", within the timeout, and nothing is left running.
. "$srcdir/tests/tap.sh"
scratch
plan 5

hang_tracees
start=$(date +%s)
TMPDIR=$tap_tmp "$RUNNER" --tracee-dir "$tap_tmp/tracees" --timeout 1 --only '*.stops.sigstop.*' \
	> "$tap_tmp/out.ktap" 2>&1
status=$?
elapsed=$(($(date +%s) - start))

is "exit status 1" 1 "$status"
results=$(grep -c "^        \(not \)\?ok" "$tap_tmp/out.ktap")
timeouts=$(grep -c "^        not ok [0-9]* sigstop\.[a-z]* # TIMEOUT 1 seconds$" "$tap_tmp/out.ktap")
ok "there are results ($results)" test "$results" -gt 0
is "every result is a TIMEOUT" "$results" "$timeouts"
ok "finished in ${elapsed}s, about one timeout per target" test "$elapsed" -le 10
is "no tracee is left running" "" "$(leftovers)"
exit 0
