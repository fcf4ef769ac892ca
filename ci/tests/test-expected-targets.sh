#!/bin/bash
# ci/lib/expected-targets.awk: a VM's whole-target or runner SKIP fails unless
# arch/personalities.tab lets that personality skip on that line; check-level
# SKIPs and native runs pass through.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 's390-31 current\n' >"$out/allowed"
printf '%s\t%s\t%s\t%s\t%s\n' \
	'x86_64@current::i386::i386/int80' skip 'SKIP cannot execute' '' k \
	's390x@current::s390x::s390-31/svc' skip 'SKIP no 31-bit emulation' '' k \
	's390x@current::s390-31' skip 'SKIP all of its tests skipped' '' k \
	's390x@lts::s390x::s390-31/svc' skip 'SKIP no 31-bit emulation' '' k \
	'x86_64@lts::x86_64::x86_64/syscall::set-info::nr.set' skip 'SKIP lacks SET' '' k \
	'native::i386::i386/int80' skip 'SKIP cannot execute' '' k \
	'x86_64@current::x86_64::x86_64/syscall::stops::sequence' pass '' '' k >"$out/in.tsv"
awk -f "$CI_DIR/lib/expected-targets.awk" "$out/allowed" "$out/in.tsv" | cut -f1,2 >"$out/got"
printf '%s\t%s\n' 'x86_64@current::i386::i386/int80' fail 's390x@current::s390x::s390-31/svc' skip \
	's390x@current::s390-31' skip 's390x@lts::s390x::s390-31/svc' fail \
	'x86_64@lts::x86_64::x86_64/syscall::set-info::nr.set' skip 'native::i386::i386/int80' skip \
	'x86_64@current::x86_64::x86_64/syscall::stops::sequence' pass >"$out/want"
expect_same "verdicts after the expected-target check" "$out/want" "$out/got"
awk -f "$CI_DIR/lib/expected-targets.awk" "$out/allowed" "$out/in.tsv" | head -n 1 | cut -f4 >"$out/why"
printf 'unexpected SKIP: i386 must run on the current line (arch/personalities.tab has no may_skip for it)\n' >"$out/why.want"
expect_same "the failure says why" "$out/why.want" "$out/why"
done_testing
