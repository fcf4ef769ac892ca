#!/bin/bash
# A guest kernel panic in the middle of a VM run (the init's test-only
# panic-after directive writes 'c' to /proc/sysrq-trigger after the first
# runner): reported as a failed kernel-log with the panic in its excerpt and the
# runner that never ran as TIMEOUT, long before the host timeout, with no QEMU
# left behind.  Boots one s390x VM (about 5 s when the builds are cached).
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! have_cmds qemu-system-s390x s390x-linux-gnu-gcc; then
	for name in "panic: exit 1" "panic: kernel-log" "panic: TIMEOUT" "panic: in time" "panic: no qemu"; do
		skip "$name" "needs qemu-system-s390x and s390x-linux-gnu-gcc"
	done
	done_testing
	exit
fi
limit=200
start=$(date +%s)
"$CI_DIR/vm-check" --arch s390x --panic-after-first-run --timeout "$limit" -- --only '*.stops.*' \
	>"$tmp/out.ktap" 2>"$tmp/err"
rc=$?
elapsed=$(($(date +%s) - start))
check() { if "${@:2}"; then pass "$1"; else flunk "$1"; sed 's/^/#   /' "$tmp/out.ktap" | tail -20; fi; }
check "panic: exit 1 (was $rc)" test "$rc" = 1
check "panic: kernel-log fails with the panic" grep -q "^#   .*Kernel panic - not syncing: sysrq triggered crash" "$tmp/out.ktap"
check "panic: the runner after the panic is a TIMEOUT" grep -q "^not ok 2 s390-31 # TIMEOUT" "$tmp/out.ktap"
# The limit is the VM's (qemu_boot's): its run, not the builds before it,
# which a loaded machine may stretch.
vm_run=$(sed -n 's/^vm-check: VM run: \([0-9]*\)\..*/\1/p' "$tmp/err" | tail -1)
check "panic: the VM reported it in ${vm_run:-?}s (${elapsed}s in all), well before the ${limit}s limit" \
	test "${vm_run:-$limit}" -lt $((limit / 2))
check "panic: no qemu left" test -z "$(pgrep -f 'qemu-system-s390x.*vm-check' || true)"
done_testing
