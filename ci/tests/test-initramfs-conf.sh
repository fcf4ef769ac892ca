#!/bin/bash
# The guest's /etc/vm-check.conf carries each runner argument on an arg line
# of its own, whole: a quoted --only with a space reaches the runners as one
# argument (ci/guest-init takes the rest of an arg line as it is).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
source_ci_libs common arch initramfs
arch_load aarch64
REPLAY_CHECK=0 initramfs_conf "$out/conf" 1 --only 'a b*' --timeout 9
grep -v '^needs ' "$out/conf" >"$out/got"
printf '%s\n' 'repeat 1' 'run aarch64 /runners/aarch64/ptrace-regress' 'arg --only' 'arg a b*' 'arg --timeout' 'arg 9' \
	'run arm /runners/arm/ptrace-regress' 'arg --only' 'arg a b*' 'arg --timeout' 'arg 9' >"$out/want"
expect_same "one arg line per argument, spaces kept" "$out/want" "$out/got"
REPLAY_CHECK=1 initramfs_conf "$out/conf2" 1 --only 'x y'
if grep -qx 'replay-check aarch64-replay /runners/aarch64/ptrace-regress' "$out/conf2" &&
	[ "$(grep -c '^arg x y$' "$out/conf2")" = 4 ]; then pass "replay-check runs get the same arg lines"; else fail "replay-check conf: $(tr '\n' '|' <"$out/conf2")"; fi
tests_done
