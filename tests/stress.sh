#!/bin/sh
# --stress: rounds of the selected groups in a seeded order, judged; the
# seed replays the order; a failed check or a process left behind fails it,
# and nothing it started is alive after it.
. "$srcdir/tests/tap.sh"
scratch
plan 15

run() { "$RUNNER" "$@" > "$tap_tmp/out" 2> "$tap_tmp/err"; echo $?; }
first=$("$RUNNER" --list | sed -n '1s/\..*//p')

is "a short stress of the kill groups passes" 0 "$(run --stress 1 --jobs 2 --seed 7 --only "$first.kill-*")"
ok "it says the seed" grep -q '^# stress: 1 seconds, 2 jobs, seed 7$' "$tap_tmp/out"
ok "it gives operations and stops per second" grep -q 'operations/s, [0-9.]* stops/s$' "$tap_tmp/out"
ok "it counts the kills" grep -q '^# action kill: [1-9]' "$tap_tmp/out"
ok "one KTAP result" grep -qx 'ok 1 stress' "$tap_tmp/out"
round1=$(grep '^# round 1:' "$tap_tmp/out")
run --stress 1 --jobs 1 --seed 7 --only "$first.kill-*" >/dev/null
is "the seed replays the order" "$round1" "$(grep '^# round 1:' "$tap_tmp/out")"

is "--seed without --stress: exit 2" 2 "$(run --seed 3)"
is "--stress with --record: exit 2" 2 "$(run --stress 1 --record "$tap_tmp/r.rec")"

# A stop the plan does not have: the stress fails, naming the check.
hang_tracees
is "an unplanned stop fails the stress (exit 1)" 1 \
	"$(PR_RAISE_AFTER_SIGSTOP=1 run --stress 1 --tracee-dir "$tap_tmp/tracees" --timeout 5 --only "$first.stops.*")"
# (A failure in a group the stress killed says where: "(killed at ...)".)
ok "the failed checks are named, with what was wrong" grep -q "^# failed: .*\.stops\.[a-z0-9.-]*\( (killed at [^)]*)\)\{0,1\}: ." \
	"$tap_tmp/out"

# A tracee's child that outlives its run: found, killed, and a failure.
is "a process left behind fails the stress (exit 1)" 1 \
	"$(PR_ORPHAN_AFTER_SIGSTOP=1 run --stress 1 --tracee-dir "$tap_tmp/tracees" --timeout 5 --only "$first.stops.*")"
ok "it says so" grep -q 'outlived their runs (killed)$' "$tap_tmp/out"
is "none is alive after it" "" "$(pgrep -f -- "$tap_tmp/tracees/")"

# A path whose probe is killed fails the stress as it fails a normal run: no
# SKIP for a broken path.
rm -rf "$tap_tmp/tracees"
stand_in_tracee 'kill -SYS $$'
is "a killed path fails the stress (exit 1)" 1 \
	"$(run --stress 1 --tracee-dir "$tap_tmp/tracees" --only "$target.stops.*")"
ok "naming the target and what happened" grep -q "^# failed: $program/$path: .*killed by SIGSYS" "$tap_tmp/out"
