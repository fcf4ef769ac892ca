#!/bin/sh
# Options and bad usage: one clear line and exit status 2 for every mistake.
. "$srcdir/tests/tap.sh"
scratch
plan 13

run() { "$RUNNER" "$@" > "$tap_tmp/out" 2> "$tap_tmp/err"; echo $?; }

is "--help exits 0" 0 "$(run --help)"
ok "--help names the groups" grep -q "info-size" "$tap_tmp/out"
is "--version prints the version" "0:ptrace-regress 0.1" "$(run --version):$(cat "$tap_tmp/out")"

is "--list exits 0" 0 "$(run --list)"
ok "--list names an entry check" grep -qx "x86_64/syscall.entry.close.args" "$tap_tmp/out"
ok "--list names every errno check" test "$(grep -c '\.errno\.E[A-Z]*\.rval$' "$tap_tmp/out")" -ge 21
targets=$("$RUNNER" --list | sed 's/\..*//' | sort -u | wc -l)
is "--only narrows --list" "x86_64/syscall.errno.EBADF.rval" "$(run --list --only 'x86_64/syscall.*.EBADF.rval' >/dev/null; cat "$tap_tmp/out")"
is "--only also matches ids without the target: one per target" "$targets" "$(run --list --only 'exit.getpid.rval' >/dev/null; wc -l < "$tap_tmp/out")"

is "unknown option: exit 2" 2 "$(run --frobnicate)"
is "unknown option: one clear line" "ptrace-regress: unknown option '--frobnicate' (try --help)" "$(cat "$tap_tmp/err")"
is "glob matching nothing: exit 2 and one line" "2:ptrace-regress: no check matches 'nothing.*' (try --help)" \
	"$(run --only 'nothing.*'):$(cat "$tap_tmp/err")"
is "bad --timeout: exit 2" 2 "$(run --timeout 0)"
is "stray argument: exit 2" "2:ptrace-regress: unexpected argument 'extra' (try --help)" "$(run extra):$(cat "$tap_tmp/err")"
exit 0
