#!/bin/bash
# vm-check --save-recordings: the recording lines a guest printed (console/
# saved-recordings.log: CRs, a kernel line in between, an empty line) come
# back as the file the runner wrote (saved-recordings.rec), byte for byte,
# and vm-check keeps it named by its runner and kernel (save_recordings:
# 7472eb4 moved vm-check's copy out and left the call, which then failed).
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

awk -v dir="$out" -f "$CI_DIR/lib/console-recordings.awk" "$CI_DIR/tests/console/saved-recordings.log" >"$out/list"
expect_same "one recording, named after its run" <(echo "$out/riscv64-replay.rec") "$out/list"
expect_same "the recording as the runner wrote it" "$CI_DIR/tests/console/saved-recordings.rec" "$out/riscv64-replay.rec"
source "$CI_DIR/lib/common.sh"
source "$CI_DIR/lib/qemu.sh"
release=$(awk '$1 == "release" { print $2; exit }' "$CI_DIR/tests/console/saved-recordings.rec")
save_recordings "$CI_DIR/tests/console/saved-recordings.log" "$out/work" "$out/saved" 2>/dev/null
expect_same "save_recordings keeps it as <runner>-kernel-<release>.rec" "$CI_DIR/tests/console/saved-recordings.rec" \
	"$out/saved/riscv64-kernel-$release.rec"
done_testing
