#!/bin/bash
# The ci/ scripts' usage errors are exit 2 (an option without its value
# included, not set -u's exit 1), and a TERM ends ci/matrix with 143 (128 +
# SIGTERM), not INT's 130.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for cmd in "matrix --out" "matrix --arches" "matrix --jobs" "matrix --stress" "matrix --save-recordings" "soak --runs" "soak --runner" "soak --runs x" \
	"vm-check --arch x86_64 --stress" "vm-check --arch x86_64 --stress 0" "vm-check --arch x86_64 --debug" \
	"native-check --stress x"; do
	# shellcheck disable=SC2086 # the words are the command
	"$CI_DIR"/$cmd >/dev/null 2>&1
	status=$?
	if [ "$status" = 2 ]; then pass "ci/$cmd: exit 2"; else flunk "ci/$cmd: exit $status, want 2"; fi
done
"$CI_DIR/matrix" --arches x86_64@lts --out "$out/m" >/dev/null 2>&1 &
pid=$!
sleep 1
kill -TERM "$pid"
wait "$pid"
status=$?
if [ "$status" = 143 ]; then pass "ci/matrix stopped by TERM: exit 143"; else flunk "ci/matrix stopped by TERM: exit $status, want 143"; fi
done_testing
