#!/bin/bash
# Feeds the fabricated console logs in console/ to ci/console-to-ktap and
# compares its KTAP and exit status with CASE.expected. CASE.args holds the run
# names, after the options ("--timed-out SECONDS", "--no-kernel-log"). Regenerate an expectation with
# UPDATE=1 after checking the new output by eye.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for log in "$CI_DIR/tests"/console/*.log; do
	case=$(basename "$log" .log)
	read -ra args <"${log%.log}.args"
	opts=()
	while [ "${args[0]}" = --timed-out ] || [ "${args[0]}" = --no-kernel-log ]; do
		n=1
		[ "${args[0]}" != --timed-out ] || n=2
		opts+=("${args[@]:0:n}")
		args=("${args[@]:n}")
	done
	{
		"$CI_DIR/console-to-ktap" "${opts[@]}" "$log" "${args[@]}"
		echo "exit $?"
	} >"$out/$case" 2>&1
	[ -z "${UPDATE:-}" ] || cp "$out/$case" "${log%.log}.expected"
	expect_same "console-to-ktap $case" "${log%.log}.expected" "$out/$case"
done
done_testing
