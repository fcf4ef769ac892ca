#!/bin/sh
# A stop of another kind than the plan's (a signal where a syscall entry
# should be) ends the group there: the tracer changes nothing at it, the
# sequence check names the stop with the expected and the seen kind, and
# nothing is left running.
. "$srcdir/tests/tap.sh"
scratch
plan 5

hang_tracees
target=$("$RUNNER" --list | sed -n '1s/\..*//p')
PR_RAISE_AFTER_SIGSTOP=1 TMPDIR=$tap_tmp "$RUNNER" --tracee-dir "$tap_tmp/tracees" --timeout 5 \
	--only "$target.stops.*" > "$tap_tmp/out.ktap" 2>&1
status=$?
is "exit status 1" 1 "$status"
ok "the SIGSTOP checks still pass" grep -q "^        ok [0-9]* sigstop.op$" "$tap_tmp/out.ktap"
# SIGUSR1 is 10 on every Linux arch the suite knows: wait status 0xa7f.
# (The stand-in's own libc calls make the first stops, as planned.)
ok "the sequence check names the unplanned stop" grep -q \
	"# stop [0-9]* (entry of [a-z0-9_]*): wait status expected 0x857f, seen 0xa7f" "$tap_tmp/out.ktap"
ok "the run says the group ended there" grep -q \
	"the tracee stopped at stop [0-9]* with wait status 0xa7f where the plan has the entry of [a-z0-9_]* (0x857f), and the group ended there" \
	"$tap_tmp/out.ktap"
grep -B2 "not ok" "$tap_tmp/out.ktap" | head -12 | sed 's/^/# /'
is "no tracee is left running" "" "$(leftovers)"
exit 0
