#!/bin/sh
# Where ptrace is refused (a seccomp sandbox: EPERM) or missing (qemu-user:
# ENOSYS), the runner says so in one SKIP line and exits 4.
. "$srcdir/tests/tap.sh"
plan 4

out=$("$DENY_PTRACE" EPERM "$RUNNER"); status=$?
is "EPERM: exit 4" 4 "$status"
is "EPERM: one SKIP line" "KTAP version 1
1..0 # SKIP ptrace not permitted: PTRACE_TRACEME: Operation not permitted" "$out"

out=$("$DENY_PTRACE" ENOSYS "$RUNNER"); status=$?
is "ENOSYS: exit 4" 4 "$status"
is "ENOSYS: one SKIP line naming qemu-user" "KTAP version 1
1..0 # SKIP ptrace not implemented (PTRACE_TRACEME: ENOSYS): running under qemu-user, which does not emulate ptrace?" "$out"
exit 0
