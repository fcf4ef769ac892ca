#!/bin/sh
# A path whose probe is killed (a kernel that kills its callers) or returns
# the wrong pid fails its target, saying what happened: a SKIP would tell a
# bisection to skip the very commit that broke the path.  The same stand-in
# tracee as path-unavailable.sh plays the broken path; a recording of the run
# replays the same failure.
. "$srcdir/tests/tap.sh"
scratch
plan 7

stand_in_tracee 'kill -SYS $$'
TMPDIR=$tap_tmp "$RUNNER" --tracee-dir "$tap_tmp/tracees" --only "$target.stops.*" \
	--record "$tap_tmp/rec" > "$tap_tmp/out.ktap" 2>&1
is "a killed path: exit 1" 1 "$?"
ok "the target fails" grep -q "^not ok [0-9]* $program/$path\$" "$tap_tmp/out.ktap"
ok "saying the getpid was killed" grep -q "^# $program/$path: a getpid() through the $path path of .* was killed by SIGSYS\$" \
	"$tap_tmp/out.ktap"
"$RUNNER" --replay "$tap_tmp/rec" > "$tap_tmp/replay.ktap" 2>&1
is "its recording replays the failure" "$(cat "$tap_tmp/out.ktap")" "$(cat "$tap_tmp/replay.ktap")"

stand_in_tracee 'exit 1'
TMPDIR=$tap_tmp "$RUNNER" --tracee-dir "$tap_tmp/tracees" --only "$target.stops.*" > "$tap_tmp/out.ktap" 2>&1
is "a wrong pid: exit 1" 1 "$?"
ok "the target fails saying so" grep -q "did not return the pid" "$tap_tmp/out.ktap"
is "no tracee is left running" "" "$(leftovers)"
exit 0
