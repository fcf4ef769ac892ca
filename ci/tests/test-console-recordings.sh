#!/bin/bash
# vm-check --save-recordings: the recording lines a guest printed (console/
# saved-recordings.log: CRs, a kernel line in between, an empty line) come
# back as the file the runner wrote (saved-recordings.rec), byte for byte.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

awk -v dir="$out" -f "$CI_DIR/lib/console-recordings.awk" "$CI_DIR/tests/console/saved-recordings.log" >"$out/list"
expect_same "one recording, named after its run" <(echo "$out/riscv64-replay.rec") "$out/list"
expect_same "the recording as the runner wrote it" "$CI_DIR/tests/console/saved-recordings.rec" "$out/riscv64-replay.rec"
done_testing
