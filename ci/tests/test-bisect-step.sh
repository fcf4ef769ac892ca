#!/bin/bash
# ci/bisect-step maps vm-check's exit status onto git bisect's: 0 good, 2
# (could not build or boot) 125, anything else (1, 4) bad; it builds the
# current tree for the arch and passes the runner's arguments through.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cat >"$out/vm-check" <<'SH'
#!/bin/sh
echo "$*" >"$OUT/args"
exit "$STATUS"
SH
chmod +x "$out/vm-check"
for pair in 0:0 1:1 2:125 4:1 3:1; do
	status=${pair%%:*} want=${pair#*:}
	(cd "$out" && OUT=$out STATUS=$status VM_CHECK=$out/vm-check "$CI_DIR/bisect-step" --arch aarch64 -- --only 'x.*' 2>/dev/null)
	got=$?
	if [ "$got" = "$want" ]; then pass "vm-check exit $status: bisect $want"; else fail "vm-check exit $status: bisect $got, want $want"; fi
done
printf '%s\n' "--arch aarch64 --build . --timeout 300 -- --only x.*" >"$out/want"
expect_same "the tree, the arch and the runner's arguments reach vm-check" "$out/want" "$out/args"
tests_done
