# Helpers for the ci/ plumbing tests: each check prints "ok"/"not ok" with a name,
# and tests_done prints the "N passed, N failed" line and sets the exit status.
TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CI_DIR=$(cd "$TESTS_DIR/.." && pwd)
passed=0 failed=0 skipped=0

# source_ci_libs NAME...: ci/lib/NAME.sh, in order (common first).
source_ci_libs() {
	local lib
	for lib in "$@"; do
		# shellcheck source=/dev/null
		source "$CI_DIR/lib/$lib.sh"
	done
}

pass() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; }
skip() { skipped=$((skipped + 1)); echo "ok - $1 # SKIP $2"; }

# have_cmds CMD...: true when every command is installed.
have_cmds() {
	local cmd
	for cmd in "$@"; do
		command -v "$cmd" >/dev/null 2>&1 || return 1
	done
}

# expect_same NAME EXPECTED_FILE ACTUAL_FILE: shows the diff on a mismatch.
expect_same() {
	if diff -u "$2" "$3" >"$3.diff"; then
		pass "$1"
	else
		fail "$1"
		sed 's/^/#   /' "$3.diff"
	fi
}

tests_done() {
	echo "$passed passed, $failed failed, $skipped skipped"
	[ "$failed" = 0 ]
}
