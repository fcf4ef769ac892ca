#!/bin/sh
# Options and bad usage: one clear line and exit status 2 for every mistake.
. "$srcdir/tests/tap.sh"
scratch
plan 18

run() { "$RUNNER" "$@" > "$tap_tmp/out" 2> "$tap_tmp/err"; echo $?; }

is "--help exits 0" 0 "$(run --help)"
ok "--help names the groups" grep -q "info-size" "$tap_tmp/out"
is "--version prints the version" "0:ptrace-regress 0.1" "$(run --version):$(cat "$tap_tmp/out")"

is "--list exits 0" 0 "$(run --list)"
# The host's first target (x86_64/syscall on x86_64): no test assumes the build machine's arch.
first=$(sed -n '1s/\..*//p' "$tap_tmp/out")
ok "--list names an entry check of $first" grep -qx "$first.entry.close.args" "$tap_tmp/out"
ok "--list names every errno check" test "$(grep -c '\.errno\.E[A-Z]*\.rval$' "$tap_tmp/out")" -ge 21
targets=$("$RUNNER" --list | grep -v '^reproducers\.' | sed 's/\..*//' | sort -u | wc -l)
is "--only narrows --list" "$first.errno.EBADF.rval" "$(run --list --only "$first.*.EBADF.rval" >/dev/null; cat "$tap_tmp/out")"
is "--only also matches ids without the target: one per target" "$targets" "$(run --list --only 'exit.getpid.rval' >/dev/null; wc -l < "$tap_tmp/out")"

is "unknown option: exit 2" 2 "$(run --frobnicate)"
is "unknown option: one clear line" "ptrace-regress: unknown option '--frobnicate' (try --help)" "$(cat "$tap_tmp/err")"
is "glob matching nothing: exit 2 and one line" "2:ptrace-regress: no check matches 'nothing.*' (try --help)" \
	"$(run --only 'nothing.*'):$(cat "$tap_tmp/err")"
is "glob matching nothing, PR_ONLY_MAY_MISS: a SKIP, exit 4" \
	"4:KTAP version 1
1..0 # SKIP no check of this runner matches --only nothing.*" "$(PR_ONLY_MAY_MISS=1 run --only 'nothing.*'):$(cat "$tap_tmp/out")"
is "bad --timeout: exit 2" 2 "$(run --timeout 0)"
is "bad --repeat: exit 2" 2 "$(run --repeat x)"
is "--repeat with --record: exit 2" 2 "$(run --repeat 2 --record "$tap_tmp/r.rec")"
is "--repeat 2: exit 0" 0 "$(TMPDIR=$tap_tmp run --repeat 2 --only '*.errno.EBADF.rval')"
is "--repeat 2: valid KTAP with one summary line per run" "valid 2" \
	"$(awk -f "$srcdir/tests/ktap-validate.awk" "$tap_tmp/out" | cut -d' ' -f1) $(grep -c '^# run [12] of 2: ' "$tap_tmp/out")"
is "stray argument: exit 2" "2:ptrace-regress: unexpected argument 'extra' (try --help)" "$(run extra):$(cat "$tap_tmp/err")"
exit 0
