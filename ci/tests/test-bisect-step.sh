#!/bin/bash
# ci/bisect-step maps vm-check's exit status onto git bisect's: 0 good; 125
# (skip) only when the commit's kernel does not configure, build (vm-check's
# exit 2 with one of ci/lib/kbuild.sh's kernel errors) or boot (exit 1, the
# guest never reached its init); a wrong invocation (129) or a broken
# environment, vm-check's other exit 2 included (128), stops the bisection;
# anything else (1, 3, 4) is bad.  It builds the current tree for the arch
# and passes the runner's arguments through.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
step=$CI_DIR/bisect-step

# A vm-check stand-in: records its arguments, prints the KTAP file $KTAP on
# stdout and "vm-check: error: $MESSAGE" on stderr, exits $STATUS.
mkdir -p "$out/stand-in"
cat >"$out/stand-in/vm-check" <<'SH'
#!/bin/sh
echo "$*" >"$OUT/args"
[ -z "${KTAP:-}" ] || cat "$KTAP"
[ -z "${MESSAGE:-}" ] || echo "vm-check: error: $MESSAGE" >&2
exit "$STATUS"
SH
chmod +x "$out/stand-in/vm-check"

# run DIR VAR=VALUE... -- BISECT_STEP_ARGS...: bisect-step in DIR, with the
# stand-in unless VM_CHECK is given; sets rc ($out/stdout and $out/stderr: its output).
run() {
	local dir=$1 vars=()
	shift
	while [ "$1" != -- ]; do vars+=("$1"); shift; done
	shift
	rm -f "$out/args"
	(cd "$dir" && env OUT="$out" STATUS=0 VM_CHECK="$out/stand-in/vm-check" "${vars[@]}" \
		"$step" "$@" >"$out/stdout" 2>"$out/stderr")
	rc=$?
}

# expect NAME WANT_STATUS [STDERR_TEXT]: the last run's exit status, and a text its stderr holds.
expect() {
	if [ "$rc" = "$2" ] && { [ -z "${3:-}" ] || grep -qF -- "$3" "$out/stderr"; }; then
		pass "$1"
	else
		flunk "$1: exit $rc, want $2${3:+ and stderr with '$3'}"
		sed 's/^/#   /' "$out/stderr"
	fi
}

# expect_no_vm_check NAME: the last run stopped before vm-check.
expect_no_vm_check() {
	if [ ! -e "$out/args" ]; then pass "$1"; else flunk "$1: vm-check ran with: $(cat "$out/args")"; fi
}

# Wrong invocations: 129 before anything runs, whatever the directory.
mkdir -p "$out/empty"
run "$out/empty" -- --bogus
expect "--bogus: exit 129 with the reason" 129 "bisect-step: error: unknown option '--bogus'"
expect_no_vm_check "--bogus: vm-check not run"
run "$out/empty" -- --arch
expect "--arch without its value: exit 129" 129 "bisect-step: error: --arch needs a value"
run "$out/empty" -- --arch sparc
expect "unknown arch: exit 129" 129 "bisect-step: error: unknown arch 'sparc' (known: "
run "$out/empty" -- --bare
expect "a vm-check option bisecting has no use for (--bare): exit 129" 129 "unknown option '--bare'"
run "$out/empty" -- --repeat 0
expect "--repeat 0: exit 129" 129 "--repeat wants a positive number, not '0'"
run "$out/empty" -- --arch aarch64
expect "not a kernel tree: exit 129 with the reason" 129 "$out/empty is not a kernel tree (no Makefile, Kconfig and arch/)"
expect_no_vm_check "not a kernel tree: vm-check not run"
run "$out/empty" -- --help
expect "--help: exit 0 with the exit statuses" 0
grep -q '^  125  skip this commit' "$out/stdout" && grep -q '^  129  wrong invocation' "$out/stdout" &&
	pass "--help documents the exit statuses" || flunk "--help: $(head -c 300 "$out/stdout")"

if ! have_cmds git; then
	skip "bisect-step in a kernel tree" "needs git"
	done_testing
	exit
fi

# A kernel tree as kbuild drives it: make, merge_config.sh (stubs below).
tree=$out/linux
mkdir -p "$tree/arch" "$tree/scripts/kconfig"
: >"$tree/Kconfig"
echo 'all:' >"$tree/Makefile"
cat >"$tree/scripts/kconfig/merge_config.sh" <<'SH'
#!/bin/sh
[ "$FAIL_AT" != merge ] || { echo "merge_config.sh: failed"; exit 1; }
SH
chmod +x "$tree/scripts/kconfig/merge_config.sh"
run "$tree" -- --arch aarch64
expect "a kernel tree that is no git checkout: exit 129" 129 "is not a git checkout"
git -C "$tree" init -q && git -C "$tree" add . &&
	git -C "$tree" -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false commit -qm tree || flunk "git commit of the fake tree"
rev=$(git -C "$tree" rev-parse --short HEAD)

run "$tree" VM_CHECK="$out/no-such/vm-check" -- --arch aarch64
expect "vm-check missing: exit 128" 128 "bisect-step: error: vm-check not found or not executable: $out/no-such/vm-check"

# vm-check's statuses, with a message where its exit 2 needs one.
fixtures=$CI_DIR/tests/console
printf 'KTAP version 1\n1..2\n# the VM stopped before its runners finished (guest panic or crash?)\n# last console lines:\n#   qemu-system-aarch64: could not load kernel %s\nnot ok 1 aarch64 # TIMEOUT runner did not start\nnot ok 2 kernel-log # TIMEOUT the guest never reached its init\n' \
	"'Image'" >"$out/qemu-failed.ktap"
while IFS='|' read -r status message ktap want name; do
	run "$tree" STATUS="$status" MESSAGE="$message" KTAP="${ktap:+$fixtures/$ktap}" -- --arch aarch64 -- --only 'x.*'
	expect "vm-check exit $status ($name): bisect $want" "$want" "bisect-step: $rev: vm-check exit $status: "
done <<'EOF'
0|||0|passed
1|||1|a check failed
4|||1|all skipped
3|||1|an unknown status
2|building the kernel failed (full log: /c/kbuild/build.log)||125|the kernel does not build
2|configuring the kernel failed (full log: /c/kbuild/config.log)||125|the kernel does not configure
2|the kernel config lacks what the suite needs (their dependencies?): CONFIG_X=y||125|the config lacks an option
2|unknown argument '--bogus' (try --help)||128|vm-check's usage error
2|--arch is required (one of: x86_64)||128|vm-check's usage error
2|qemu-system for aarch64 missing: 'qemu-system-aarch64' not found (ci/install-deps installs the packages)||128|a missing tool
2|build for aarch64 made no src/ptrace-regress||128|the suite does not build
2|||128|no error line
1||boot-hang.expected|125|the kernel panics at boot
1||x86-boot-timeout.expected|125|the guest hangs before its init
1||missing-sentinel.expected|1|a guest panic during the runs
143|||128|killed by TERM
127|||128|not runnable
EOF
run "$tree" STATUS=1 KTAP="$out/qemu-failed.ktap" -- --arch aarch64
expect "QEMU failed to start (not the kernel): exit 128" 128 "QEMU did not start (qemu-system-aarch64: could not load kernel 'Image')"
run "$tree" STATUS=2 MESSAGE="unknown argument '--bogus' (try --help)" -- --arch aarch64
expect "vm-check's usage error: the reason on stderr" 128 "vm-check could not run (unknown argument '--bogus' (try --help)): stopping the bisection"
run "$tree" STATUS=2 MESSAGE="building the kernel failed (full log: /c/build.log)" -- --arch aarch64
expect "a kernel that does not build: said so" 125 "untestable (skip): building the kernel failed"
run "$tree" STATUS=2 MESSAGE="building the kernel failed (full log: /c/build.log)" -- --arch aarch64
expect "vm-check's stderr still shown" 125 "vm-check: error: building the kernel failed (full log: /c/build.log)"

run "$tree" KTAP="$fixtures/boot-hang.expected" -- --arch aarch64 --accel tcg --keep -- --only 'x.*'
printf '%s\n' "--arch aarch64 --build . --timeout 300 --accel tcg --keep -- --only x.*" >"$out/want"
expect_same "the tree, the arch, vm-check's options and the runner's arguments reach vm-check" "$out/want" "$out/args"
expect_same "the KTAP kept as bisect-<commit>.ktap" "$fixtures/boot-hang.expected" "$tree/bisect-$rev.ktap"

# ci/lib/kbuild.sh's own messages, not copies: a vm-check stand-in that runs
# the real kbuild on the tree with stub tools, failing where FAIL_AT says.
mkdir -p "$out/kbuild/bin"
cat >"$out/kbuild/vm-check" <<SH
#!/bin/bash
set -euo pipefail
source "$CI_DIR/lib/common.sh"
source "$CI_DIR/lib/arch.sh"
source "$CI_DIR/lib/kbuild.sh"
[ "\${TOOL:-}" = "" ] || require_cmd "\$TOOL" "\$TOOL (ci/install-deps --kernel-build installs it)"
kernel=\$(kbuild . "\$2")
SH
cat >"$out/kbuild/bin/make" <<SH
#!/bin/bash
for arg; do case \$arg in O=*) o=\${arg#O=} ;; esac; done
target=\${!#}
[ "\$target" != "\$FAIL_AT" ] || { echo "make: *** [\$target] Error 2"; exit 2; }
case \$target in
tinyconfig) : >"\$o/.config" ;;
olddefconfig) if [ "\${CONFIG:-}" = empty ]; then : >"\$o/.config"; else cp "$CI_DIR/kconfig.fragment" "\$o/.config"; fi ;;
esac
SH
for tool in bc flex bison aarch64-linux-gnu-gcc; do printf '#!/bin/sh\n' >"$out/kbuild/bin/$tool"; done
chmod +x "$out/kbuild/vm-check" "$out/kbuild/bin"/*
while IFS='|' read -r vars want text; do
	# shellcheck disable=SC2086 # VAR=VALUE words
	run "$tree" VM_CHECK="$out/kbuild/vm-check" PATH="$out/kbuild/bin:$PATH" XDG_CACHE_HOME="$out/cache" $vars -- --arch aarch64
	expect "kbuild, $vars: bisect $want" "$want" "$text"
done <<'EOF'
FAIL_AT=tinyconfig|125|untestable (skip): configuring the kernel failed (full log: 
FAIL_AT=merge|125|untestable (skip): merging ci/kconfig.fragment failed (full log: 
FAIL_AT=olddefconfig|125|untestable (skip): make olddefconfig failed (full log: 
FAIL_AT=none CONFIG=empty|125|untestable (skip): the kernel config lacks what the suite needs
FAIL_AT=Image|125|untestable (skip): building the kernel failed (full log: 
FAIL_AT=none TOOL=bisect-step-no-such-tool|128|vm-check could not run (bisect-step-no-such-tool (ci/install-deps --kernel-build installs it) missing
EOF
done_testing
