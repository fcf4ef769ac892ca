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
STRESS_SECONDS=300 REPLAY_CHECK=0 initramfs_conf "$out/conf3" 1 --only 'k*'
grep -v '^needs ' "$out/conf3" >"$out/got3"
printf '%s\n' 'repeat 1' 'run aarch64 /runners/aarch64/ptrace-regress' 'arg --only' 'arg k*' \
	'run arm /runners/arm/ptrace-regress' 'arg --only' 'arg k*' \
	'run stress /runners/aarch64/ptrace-regress' 'arg --stress' 'arg 300' 'arg --jobs' 'arg 3' 'arg --only' 'arg k*' >"$out/want3"
expect_same "--stress: the first runner's stress after the suite, with the runner arguments" "$out/want3" "$out/got3"
STRESS_SECONDS=300 REPLAY_CHECK=1 run_names 2 >"$out/names"
printf '%s\n' aarch64.1 aarch64-replay.1 arm.1 arm-replay.1 stress.1 aarch64.2 aarch64-replay.2 arm.2 arm-replay.2 stress.2 >"$out/names.want"
expect_same "--stress: a run named stress ends each round" "$out/names.want" "$out/names"
done_testing
