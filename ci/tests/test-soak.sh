#!/bin/bash
# ci/soak finds the runner of the build tree it is run from (README's
# `cd build && ../ci/soak`: ./src/ptrace-regress), else build/src/ptrace-regress
# next to ci/; --runner and $RUNNER still name one; no runner is exit 2 naming
# where it looked.  A stand-in runner prints a tiny KTAP and says where it ran.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# make check exports RUNNER (its own build's runner): the cases below set it
# themselves where they want one.
unset RUNNER
if ! have_cmds pgrep; then
	skip "ci/soak finds the runner" "needs pgrep"
	done_testing
	exit
fi

# stand_in PATH: a runner at PATH that logs its path to $out/ran.
stand_in() {
	mkdir -p "$(dirname "$1")"
	cat >"$1" <<SH
#!/bin/sh
echo "\$0" >>"$out/ran"
printf 'KTAP version 1\n1..2\nok 1 first\nok 2 second # SKIP not here\n'
SH
	chmod +x "$1"
}

# soak NAME DIR WANT_RUNNER COMMAND [ARGS...]: COMMAND ARGS... --runs 2 run from DIR
# must pass, both runs by WANT_RUNNER.
soak() {
	local name=$1 dir=$2 want=$3 script=$4
	shift 4
	rm -f "$out/ran"
	local rc=0
	(cd "$dir" && "$script" "$@" --runs 2) >"$out/stdout" 2>"$out/stderr" || rc=$?
	if [ "$rc" = 0 ] && grep -q '^runs 2, failed runs 0, flakes 0, leftover processes 0, ' "$out/stdout" &&
		[ "$(cat "$out/ran" 2>/dev/null)" = "$(printf '%s\n%s' "$want" "$want")" ]; then
		pass "$name"
	else
		flunk "$name: exit $rc"
		sed 's/^/#   /' "$out/stdout" "$out/stderr"
		[ ! -f "$out/ran" ] || sed 's/^/#   ran: /' "$out/ran"
	fi
}

# A build tree anywhere, ci/soak run from it by its path.
stand_in "$out/build/src/ptrace-regress"
soak "run from a build tree: its src/ptrace-regress" "$out/build" "$out/build/src/ptrace-regress" "$CI_DIR/soak"

# A checkout with README's build/ (a copy of ci/soak in a tree of its own), run
# from elsewhere, and from the checkout's top as ci/soak.
mkdir -p "$out/checkout/ci" "$out/elsewhere"
cp "$CI_DIR/soak" "$out/checkout/ci/soak"
stand_in "$out/checkout/build/src/ptrace-regress"
soak "run from elsewhere: build/src/ptrace-regress next to ci/" "$out/elsewhere" \
	"$out/checkout/build/src/ptrace-regress" "$out/checkout/ci/soak"
soak "run from the checkout's top: build/src/ptrace-regress" "$out/checkout" \
	"$out/checkout/build/src/ptrace-regress" ci/soak
soak "run from build/ as ../ci/soak" "$out/checkout/build" \
	"$out/checkout/build/src/ptrace-regress" ../ci/soak

# --runner and $RUNNER come first.
stand_in "$out/other/ptrace-regress"
soak "--runner PATH" "$out/build" "$out/other/ptrace-regress" "$CI_DIR/soak" --runner "$out/other/ptrace-regress"
soak "\$RUNNER" "$out/build" "$out/other/ptrace-regress" env RUNNER="$out/other/ptrace-regress" "$CI_DIR/soak"

# No runner anywhere: exit 2, naming the places looked at.
mkdir -p "$out/bare/ci"
cp "$CI_DIR/soak" "$out/bare/ci/soak"
rc=0
(cd "$out/elsewhere" && "$out/bare/ci/soak" --runs 2) >/dev/null 2>"$out/stderr" || rc=$?
if [ "$rc" = 2 ] && grep -qF "ci/soak: no runner: looked for $out/elsewhere/src/ptrace-regress, $out/bare/build/src/ptrace-regress, $out/bare/src/ptrace-regress" "$out/stderr"; then
	pass "no runner: exit 2 naming where it looked"
else
	flunk "no runner: exit $rc: $(cat "$out/stderr")"
fi
rc=0
(cd "$out/build" && "$CI_DIR/soak" --runs 2 --runner "$out/nope") >/dev/null 2>"$out/stderr" || rc=$?
if [ "$rc" = 2 ] && grep -qF "ci/soak: no runner at $out/nope" "$out/stderr"; then
	pass "--runner naming nothing: exit 2, no other runner taken"
else
	flunk "--runner naming nothing: exit $rc: $(cat "$out/stderr")"
fi
done_testing
