#!/bin/bash
# ci/lib/kbuild.sh's config logic, without building: which fragment options an
# arch's kernel gets, which a config lacks, the cross compiler and the output
# directory outside the tree.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for lib in common arch kbuild; do source "$CI_DIR/lib/$lib.sh"; done

kbuild_fragment_options x86_64 >"$out/x86"
kbuild_fragment_options aarch64 >"$out/arm64"
if grep -qx CONFIG_SECCOMP_FILTER=y "$out/x86" && grep -qx CONFIG_IA32_EMULATION=y "$out/x86" &&
	! grep -q SCLP "$out/x86"; then pass "x86_64: the every-arch part and its own"; else flunk "x86_64 options: $(tr '\n' ' ' <"$out/x86")"; fi
if grep -qx CONFIG_SERIAL_AMBA_PL011=y "$out/arm64" && grep -qx CONFIG_COMPAT=y "$out/arm64" &&
	! grep -q IA32 "$out/arm64"; then pass "aarch64: PL011 and compat, not x86's"; else flunk "aarch64 options: $(tr '\n' ' ' <"$out/arm64")"; fi
grep -v CONFIG_SECCOMP_FILTER "$out/x86" >"$out/config"
printf 'CONFIG_SECCOMP_FILTER=y\n' >"$out/missing.want"
kbuild_missing "$out/config" x86_64 >"$out/missing"
expect_same "a config without seccomp filters: the one option it lacks" "$out/missing.want" "$out/missing"
kbuild_missing "$out/x86" x86_64 >"$out/none"
expect_same "a config with all of them: none" /dev/null "$out/none"
if [ "$(kbuild_cross aarch64)" = aarch64-linux-gnu- ]; then pass "aarch64 cross compiler"; else flunk "aarch64 CROSS_COMPILE: $(kbuild_cross aarch64)"; fi
case $(kbuild_out /some/tree aarch64) in
"$CACHE_DIR"/kbuild/aarch64-*) pass "output directory in the cache, not the tree" ;;
*) flunk "output directory: $(kbuild_out /some/tree aarch64)" ;;
esac
KBUILD_DEBUG=1
kbuild_fragment_options x86_64 >"$out/x86-debug"
kbuild_fragment_options mips64el >"$out/mips-debug"
if grep -qx CONFIG_SECCOMP_FILTER=y "$out/x86-debug" && grep -qx CONFIG_KASAN=y "$out/x86-debug" &&
	grep -qx '# CONFIG_SLUB_TINY is not set' "$out/x86-debug" && grep -qx CONFIG_PROVE_LOCKING=y "$out/x86-debug"
then pass "--debug x86_64: the suite's options, KASAN without SLUB_TINY, lockdep"; else flunk "--debug x86_64 options: $(tr '\n' ' ' <"$out/x86-debug")"; fi
if grep -qx CONFIG_PROVE_LOCKING=y "$out/mips-debug" && ! grep -q 'KASAN\|KFENCE' "$out/mips-debug"
then pass "--debug mips64el: lockdep, no KASAN or KFENCE (the arch has neither)"; else flunk "--debug mips64el options: $(tr '\n' ' ' <"$out/mips-debug")"; fi
case $(kbuild_out /some/tree aarch64) in
*-debug) pass "a debug kernel is built apart" ;;
*) flunk "debug output directory: $(kbuild_out /some/tree aarch64)" ;;
esac
done_testing
