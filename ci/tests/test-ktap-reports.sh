#!/bin/bash
# The matrix's reports from a fixed KTAP document (ktap/*.ktap): the flattened
# results (after the known failures of CASE.known, where there is one), the
# table and the JUnit XML, each against its expected file.
# UPDATE=1 rewrites the expectations (check them by eye first).
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for ktap in "$CI_DIR/tests"/ktap/*.ktap; do
	base=${ktap%.ktap}
	name=$(basename "$base")
	awk -v prefix="$name::" -f "$CI_DIR/lib/ktap-flatten.awk" "$ktap" >"$out/$name.tsv"
	if [ -f "$base.known" ]; then
		awk -f "$CI_DIR/lib/known-failures.awk" "$base.known" "$out/$name.tsv" >"$out/$name.k" &&
			mv "$out/$name.k" "$out/$name.tsv"
	fi
	awk -f "$CI_DIR/lib/matrix-table.awk" "$out/$name.tsv" >"$out/$name.table"
	awk -f "$CI_DIR/lib/junit.awk" "$out/$name.tsv" >"$out/$name.xml"
	for kind in tsv table xml; do
		[ -z "${UPDATE:-}" ] || cp "$out/$name.$kind" "$base.$kind"
		expect_same "$kind of $name.ktap" "$base.$kind" "$out/$name.$kind"
	done
done
done_testing
