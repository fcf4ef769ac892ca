#!/bin/sh
# The generated LAVA job runs under lava-dispatcher's lava-run and its test
# cases agree with ci/vm-check's KTAP, case by case (ci/lava-check on x86_64).
# A reduced selection (--only '*.stops.*': both runners, about 35 s where
# the cross builds are cached) keeps make check short; doc/lava.md has the
# whole suite's figures. SKIP only where lava-run (Debian's lava-dispatcher,
# ci/install-deps --lava) is not installed: with it, not being root (lava-run
# insists) or missing the VM runner's tools fails, with ci/lava-check's reason.
. "$srcdir/tests/tap.sh"
scratch
have_cmds lava-run || skip_all "lava-run is not installed (Debian package lava-dispatcher: ci/install-deps --lava)"
plan 4
"$srcdir/ci/lava-check" --arch x86_64 --out "$tap_tmp/out" -- --only '*.stops.*' >"$tap_tmp/report" 2>"$tap_tmp/log"
rc=$?
sed 's/^/# /' "$tap_tmp/report"
[ "$rc" = 0 ] || tail -n 20 "$tap_tmp/log" | sed 's/^/# /'
is "ci/lava-check exits 0: LAVA and vm-check agree" 0 "$rc"
ok "the LAVA job passed" grep -q '^lava-run job: pass' "$tap_tmp/report"
# Not an agreement of two empty lists: each runner reported cases.
ok "LAVA reported x86_64's cases" grep -qE '^x86_64: LAVA [1-9][0-9]* cases' "$tap_tmp/report"
ok "LAVA reported i386's cases" grep -qE '^i386: LAVA [1-9][0-9]* cases' "$tap_tmp/report"
exit 0
