#!/bin/sh
# Faults from outside: a tracee killed with SIGKILL mid-group fails that
# group's remaining checks with the reason and the run goes on; a runner
# killed with SIGKILL leaves no tracee behind (PTRACE_O_EXITKILL).
. "$srcdir/tests/tap.sh"
scratch
plan 6

hang_tracees
export PR_HANG_AFTER_SIGSTOP=1

# The hanging tracee's pid once it sits in pause() under the tracer.
tracee_waiting() {
	for i in $(seq 100); do
		pid=$(pgrep -f -- "$tap_tmp/work" | head -n 1)
		[ -n "$pid" ] && grep -q '^State:.*[St]' "/proc/$pid/status" 2>/dev/null && { echo "$pid"; return; }
		sleep 0.1
	done
}

mkdir "$tap_tmp/work"
TMPDIR=$tap_tmp/work "$RUNNER" --tracee-dir "$tap_tmp/tracees" --timeout 30 --only '*.stops.*' \
	> "$tap_tmp/out.ktap" 2>&1 &
runner=$!
victim=$(tracee_waiting)
ok "found the first tracee waiting (pid ${victim:-none})" test -n "$victim"
[ -n "$victim" ] && kill -KILL "$victim"
# Kill the second target's tracee too, so the run ends without a timeout.
sleep 0.5
second=$(tracee_waiting)
[ -n "$second" ] && [ "$second" != "$victim" ] && kill -KILL "$second"
wait "$runner"
status=$?
is "the run fails (exit 1)" 1 "$status"
ok "a check says the tracee was killed" grep -q "# no stop [0-9]*: the tracee killed by Killed" "$tap_tmp/out.ktap"
ok "the run went on to the end" grep -q "^# Totals:" "$tap_tmp/out.ktap"

TMPDIR=$tap_tmp/work "$RUNNER" --tracee-dir "$tap_tmp/tracees" --timeout 30 --only '*.stops.*' \
	> /dev/null 2>&1 &
runner=$!
victim=$(tracee_waiting)
kill -KILL "$runner"
wait "$runner" 2>/dev/null
sleep 0.2
ok "a tracee was running when the runner was killed (pid ${victim:-none})" test -n "$victim"
is "no tracee outlives a killed runner" "" "$(leftovers)"
exit 0
