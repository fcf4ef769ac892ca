#!/bin/sh
# Where ptrace is refused (a seccomp sandbox: EPERM) or missing (qemu-user:
# ENOSYS), the runner says so in one SKIP line and exits 4.  A
# PTRACE_GET_SYSCALL_INFO that fails with anything but EIO (the answer of a
# kernel before 5.3) is a failure, not a SKIP: a broken kernel is not an old one.
. "$srcdir/tests/tap.sh"
plan 6

out=$("$DENY_PTRACE" EPERM "$RUNNER"); status=$?
is "EPERM: exit 4" 4 "$status"
is "EPERM: one SKIP line" "KTAP version 1
1..0 # SKIP ptrace not permitted: PTRACE_TRACEME: Operation not permitted" "$out"

out=$("$DENY_PTRACE" ENOSYS "$RUNNER"); status=$?
is "ENOSYS: exit 4" 4 "$status"
is "ENOSYS: one SKIP line naming qemu-user" "KTAP version 1
1..0 # SKIP ptrace not implemented (PTRACE_TRACEME: ENOSYS): running under qemu-user, which does not emulate ptrace?" "$out"
out=$("$DENY_PTRACE" GET-EPERM "$RUNNER"); status=$?
is "GET fails with EPERM: exit 1" 1 "$status"
is "GET fails with EPERM: one failed result naming the errno" "KTAP version 1
1..1
# PTRACE_GET_SYSCALL_INFO at a signal-delivery-stop failed with Operation not permitted
not ok 1 ptrace-probe" "$out"
exit 0
