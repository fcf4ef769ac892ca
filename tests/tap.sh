# Sourced by the shell tests (tests/*.sh, ci/tests/test-*.sh): a minimal TAP
# producer for automake's tap-driver, so every assertion is counted.
tap_n=0
tap_failed=0

plan() { echo "1..$1"; }

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

# ok DESCRIPTION COMMAND...: one TAP result from a command's status.
ok() {
	local desc=$1
	shift
	tap_n=$((tap_n + 1))
	if "$@"; then
		echo "ok $tap_n - $desc"
	else
		echo "not ok $tap_n - $desc"
		tap_failed=1
	fi
}

# pass / flunk DESCRIPTION: a result decided by the caller; done_testing
# prints the plan at the end for tests that do not know their count first.
pass() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $*"; }
flunk() { tap_n=$((tap_n + 1)); echo "not ok $tap_n - $*"; tap_failed=1; }
done_testing() { echo "1..$tap_n"; }
# skip DESCRIPTION REASON: one result this machine cannot decide.
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }

# have_cmds COMMAND...: true when every command is installed.
have_cmds() {
	local cmd
	for cmd in "$@"; do
		command -v "$cmd" >/dev/null 2>&1 || return 1
	done
}

# is DESCRIPTION EXPECTED SEEN: equality with both values in the diagnostic.
is() {
	tap_n=$((tap_n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $tap_n - $1"
	else
		echo "not ok $tap_n - $1"
		echo "# expected: $2"
		echo "# seen:     $3"
		tap_failed=1
	fi
}

# expect_same DESCRIPTION EXPECTED_FILE SEEN_FILE: equal files, else their
# diff as the diagnostic.
expect_same() {
	if diff -u "$2" "$3" >"$3.diff"; then
		pass "$1"
	else
		flunk "$1"
		sed 's/^/#   /' "$3.diff"
	fi
}

# A scratch directory removed on exit.
scratch() {
	tap_tmp=$(mktemp -d "${TMPDIR:-/tmp}/pr-test.XXXXXX")
	trap 'rm -rf "$tap_tmp"' EXIT
}

# Processes whose command line mentions the scratch directory (tracees get
# their work directory, under it, as an argument).
leftovers() {
	pgrep -f -- "$tap_tmp" | grep -vx "$$" || true
}

# $tap_tmp/tracees: every personality's tracee is the misbehaving stand-in
# (tests/tracee-hang.c), for --tracee-dir.
hang_tracees() {
	mkdir "$tap_tmp/tracees"
	for p in $("$RUNNER" --list | sed 's,/.*,,' | sort -u); do
		ln -s "$HANG_TRACEE" "$tap_tmp/tracees/ptrace-regress-tracee-$p"
	done
}

# stand_in_tracee PROBE_BODY: $tap_tmp/tracees holds the real tracees but for
# the first target's program (sets $target, $program, $path), a stand-in
# script that runs PROBE_BODY (shell) for `--probe $path` and hands every
# other call to the real tracee.
stand_in_tracee() {
	real=$(dirname "$RUNNER")
	target=$("$RUNNER" --list | head -n 1)
	target=${target%%.*}
	program=${target%%/*} path=${target#*/}
	mkdir -p "$tap_tmp/tracees"
	for t in "$real"/ptrace-regress-tracee-*; do
		ln -sf "$t" "$tap_tmp/tracees/"
	done
	rm -f "$tap_tmp/tracees/ptrace-regress-tracee-$program"
	cat > "$tap_tmp/tracees/ptrace-regress-tracee-$program" <<SH
#!/bin/sh
if [ "\$1 \$2" = "--probe $path" ]; then
	$1
fi
exec "$real/ptrace-regress-tracee-$program" "\$@"
SH
	chmod +x "$tap_tmp/tracees/ptrace-regress-tracee-$program"
}
