#!/bin/bash
# ci/vm-check's environment and usage errors: each must end in exit status 2 with
# one clear last line on stderr, before any VM starts. No network is used: the
# kernel download failure runs against an apt configuration with no sources.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_error NAME EXPECTED_LAST_STDERR_LINE COMMAND...
expect_error() {
	local name=$1 want=$2
	shift 2
	local rc=0
	"$@" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null || rc=$?
	local got
	got=$(tail -n 1 "$tmp/stderr")
	if [ "$rc" = 2 ] && [ "$got" = "$want" ] && [ ! -s "$tmp/stdout" ]; then
		pass "$name"
	else
		flunk "$name"
		echo "#   exit $rc, last stderr line: $got"
		echo "#   wanted exit 2 and: $want"
	fi
}

# A PATH where every command but the named ones exists.
path_without() {
	local dir=$tmp/bin-without-$1 tool
	mkdir -p "$dir"
	# cp -s: one process for the ~2000 links, not one ln each.
	cp -s /usr/bin/* "$dir/" 2>/dev/null
	for tool in "$@"; do
		rm -f "$dir/$tool"
	done
	printf '%s' "$dir"
}

vm_check=$CI_DIR/vm-check
# The VMs arch/personalities.tab lists, in its order.
known=$(SRC_DIR=$(cd "$CI_DIR/.." && pwd) bash -c 'source "$SRC_DIR/ci/lib/arch.sh"; echo "$ARCHES"')
expect_error "unknown arch" \
	"vm-check: error: unknown arch 'sparc' (known: $known)" \
	"$vm_check" --arch sparc
expect_error "no arch" \
	"vm-check: error: --arch is required (one of: $known)" \
	"$vm_check"
expect_error "bad repeat" \
	"vm-check: error: --repeat wants a positive number, not '0'" \
	"$vm_check" --arch s390x --repeat 0
expect_error "artefacts of more than one round" \
	"vm-check: error: --artefacts makes one plain round: not with --repeat, --stress, --bare or recordings" \
	"$vm_check" --arch s390x --repeat 2 --artefacts "$tmp/artefacts"
expect_error "lava-job --from without artefacts" \
	"lava-job: error: --from $tmp: no artefacts.env there (ci/vm-check --artefacts writes it)" \
	"$CI_DIR/lava-job" --from "$tmp"
expect_error "kernel file missing" \
	"vm-check: error: --kernel $tmp/nope/vmlinuz: no such file" \
	"$vm_check" --arch s390x --kernel "$tmp/nope/vmlinuz"
echo "not a kernel" >"$tmp/not-a-kernel"
expect_error "kernel file not a kernel" \
	"vm-check: error: --kernel $tmp/not-a-kernel is not a kernel for s390x (file says: ASCII text)" \
	"$vm_check" --arch s390x --kernel "$tmp/not-a-kernel"
expect_error "kernel of another arch" \
	"vm-check: error: --kernel /usr/bin/true is not a kernel for aarch64 (file says: $(file -bzL /usr/bin/true | cut -c1-100))" \
	"$vm_check" --arch aarch64 --kernel /usr/bin/true
# The rest gets past the tool checks up to the one tool taken away.
if ! have_cmds qemu-system-s390x s390x-linux-gnu-gcc qemu-system-aarch64 aarch64-linux-gnu-gcc; then
	for name in "qemu-system missing" "cross compiler missing" "kernel download failing"; do
		skip "$name" "needs qemu-system-s390x, qemu-system-aarch64 and their cross compilers"
	done
	done_testing
	exit
fi
expect_error "qemu-system missing" \
	"vm-check: error: qemu-system for s390x missing: 'qemu-system-s390x' not found (ci/install-deps installs the packages)" \
	env PATH="$(path_without qemu-system-s390x)" "$vm_check" --arch s390x
expect_error "cross compiler missing" \
	"vm-check: error: cross compiler for aarch64 missing: 'aarch64-linux-gnu-gcc' not found (ci/install-deps installs the packages)" \
	env PATH="$(path_without aarch64-linux-gnu-gcc)" "$vm_check" --arch aarch64

# An apt configuration without sources: the lts line's kernel comes from the
# system's own release, whose package lists then cannot be had.
mkdir -p "$tmp/apt"
printf 'Dir::Etc::sourcelist "/dev/null";\nDir::Etc::sourceparts "%s/apt";\n' "$tmp" >"$tmp/apt.conf"
expect_error "kernel download failing" \
	"vm-check: error: kernel download failed: no linux-image-s390x kernel of the lts line downloads from: bookworm" \
	env APT_CONFIG="$tmp/apt.conf" XDG_CACHE_HOME="$tmp/cache" "$vm_check" --arch s390x --line lts
expect_error "unknown kernel line" \
	"vm-check: error: unknown kernel line 'stable' (known: current lts)" \
	"$vm_check" --arch s390x --line stable
done_testing
