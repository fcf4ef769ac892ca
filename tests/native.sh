#!/bin/sh
# The runner against the running kernel: valid KTAP, totals and exit status
# consistent with the results, no process left behind.
. "$srcdir/tests/tap.sh"
scratch
plan 6

TMPDIR=$tap_tmp "$RUNNER" > "$tap_tmp/out.ktap" 2> "$tap_tmp/err"
status=$?
summary=$(awk -f "$srcdir/tests/ktap-validate.awk" "$tap_tmp/out.ktap")
echo "$summary" | sed 's/^/# /'
ok "the output is valid KTAP" test "${summary%% *}" = valid

eval "$(echo "$summary" | sed -n 's/^valid //p')"
totals=$(sed -n 's/^# Totals: pass:\([0-9]*\) fail:\([0-9]*\) xfail:[0-9]* xpass:[0-9]* skip:\([0-9]*\) error:\([0-9]*\)$/\1 \2 \3 \4/p' "$tap_tmp/out.ktap")
is "the Totals line counts the results" "$pass $fail $skip $timeout" "$totals"

if [ $((fail + timeout)) -gt 0 ]; then want=1; elif [ "$pass" -eq 0 ]; then want=4; else want=0; fi
is "the exit status matches the results" "$want" "$status"
ok "checks ran (pass=$pass)" test "$pass" -gt 0
is "nothing on stderr" "" "$(cat "$tap_tmp/err")"
is "no tracee is left running" "" "$(leftovers)"
[ "$status" -eq 0 ] || sed 's/^/# /' "$tap_tmp/out.ktap" | grep -B3 "not ok" | head -60
exit 0
