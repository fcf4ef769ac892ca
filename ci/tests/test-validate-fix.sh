#!/bin/bash
# ci/validate-fix runs the suite on a tree before and after the finding's
# fix (a vm-check stand-in here: its KTAP says whether the tree holds the
# fix) and validates it only when nothing but the finding's own results
# changed, each from failing or XFAIL to passing; the tree is as it was after.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# A kernel tree that is one file, and a fix that adds a line to it.
mkdir -p "$out/tree" "$out/a" "$out/b"
printf 'obj-y += x.o\n' >"$out/tree/Makefile"
printf 'obj-y += x.o\n' >"$out/a/Makefile"
printf 'obj-y += x.o\nfixed\n' >"$out/b/Makefile"
(cd "$out" && diff -u a/Makefile b/Makefile >fix.patch) 

# The stand-in: the unpatched tree's KTAP, or the patched one's ($AFTER).
cat >"$out/vm-check" <<'SH'
#!/bin/sh
for a; do [ "$prev" = --build ] && tree=$a; prev=$a; done
if grep -q fixed "$tree/Makefile"; then cat "$AFTER"; else cat "$BEFORE"; fi
SH
chmod +x "$out/vm-check"
ktap() { # ktap FILE READBACK-LINE REPRO-LINE OTHER-LINE
	printf 'KTAP version 1\n1..2\n    KTAP version 1\n    # Subtest: ppc64le/sc\n    1..1\n        KTAP version 1\n        # Subtest: set-info\n        1..2\n%s\n%s\n    ok 1 set-info\nok 1 ppc64le/sc\n    KTAP version 1\n    # Subtest: reproducers\n    1..1\n        KTAP version 1\n        # Subtest: findings\n        1..1\n%s\n    ok 1 findings\nok 2 reproducers\n' \
		"$(printf '        %b' "$2")" "        $4" "        $3" >"$1"
}
ktap "$out/before.ktap" "ok 1 success-to-error.readback # XFAIL found-here:ppc-tif-syscall-ret powerpc: TIF" \
	"ok 1 ppc-tif-syscall-ret # XFAIL found-here:ppc-tif-syscall-ret powerpc: TIF" "ok 2 getpid.op"
ktap "$out/fixed.ktap" "# XPASS found-here:ppc-tif-syscall-ret ...\n        ok 1 success-to-error.readback" \
	"ok 1 ppc-tif-syscall-ret" "ok 2 getpid.op"
ktap "$out/broke.ktap" "ok 1 success-to-error.readback" "ok 1 ppc-tif-syscall-ret" "not ok 2 getpid.op"

# case NAME WANT_STATUS WANT_LINE AFTER_KTAP [PATCH]
case_() {
	local name=$1 want=$2 line=$3 after=$4 patch=${5:-$out/fix.patch} rc=0
	mkdir -p "$out/results"
	BEFORE=$out/before.ktap AFTER=$after VM_CHECK=$out/vm-check "$CI_DIR/validate-fix" \
		--finding ppc-tif-syscall-ret --tree "$out/tree" --patch "$patch" --out "$out/results" \
		>"$out/stdout" 2>"$out/stderr" || rc=$?
	if [ "$rc" = "$want" ] && grep -q -- "$line" "$out/stdout" "$out/stderr" &&
		! grep -q fixed "$out/tree/Makefile"; then
		pass "$name"
	else
		flunk "$name: exit $rc, want $want and '$line', the tree unpatched"
		sed 's/^/#   /' "$out/stdout" "$out/stderr"
	fi
}
case_ "only the finding's results went from XFAIL to pass: validated" 0 "VALIDATED" "$out/fixed.ktap"
expect_same "both KTAPs are kept" "$out/fixed.ktap" "$out/results/patched.ktap"
case_ "another check changed: not validated, naming it" 1 "changed: .*getpid.op: pass -> fail" "$out/broke.ktap"
case_ "a fix that does not apply: exit 2" 2 "does not apply" "$out/fixed.ktap" "$out/a/Makefile"
done_testing
