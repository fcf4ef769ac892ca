#!/bin/bash
# The guest's /etc/vm-check.conf carries each runner argument on an arg line
# of its own, whole: a quoted --only with a space reaches the runners as one
# argument (ci/guest-init takes the rest of an arg line as it is).
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for lib in common arch initramfs; do source "$CI_DIR/lib/$lib.sh"; done
arch_load aarch64
REPLAY_CHECK=0 initramfs_conf "$out/conf" 1 --only 'a b*' --timeout 9
grep -v '^needs ' "$out/conf" >"$out/got"
printf '%s\n' 'repeat 1' 'run aarch64 /runners/aarch64/ptrace-regress' 'arg --only' 'arg a b*' 'arg --timeout' 'arg 9' \
	'run arm /runners/arm/ptrace-regress' 'arg --only' 'arg a b*' 'arg --timeout' 'arg 9' >"$out/want"
expect_same "one arg line per argument, spaces kept" "$out/want" "$out/got"
REPLAY_CHECK=1 initramfs_conf "$out/conf2" 1 --only 'x y'
# The check replays the run before it: only that run takes the arguments.
grep -v '^needs ' "$out/conf2" >"$out/got2"
printf '%s\n' 'repeat 1' 'run aarch64 /runners/aarch64/ptrace-regress' 'arg --only' 'arg x y' \
	'replay-check aarch64-replay /runners/aarch64/ptrace-regress' \
	'run arm /runners/arm/ptrace-regress' 'arg --only' 'arg x y' \
	'replay-check arm-replay /runners/arm/ptrace-regress' >"$out/want2"
expect_same "a replay-check follows its run, without arguments" "$out/want2" "$out/got2"
done_testing
