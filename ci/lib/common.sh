# Shared helpers for the ci/ scripts: messages, the cache location, tool checks.
# Sourced, never run. Callers use `set -euo pipefail`.

CI_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC_DIR=$(cd "$CI_DIR/.." && pwd)
CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/ptrace-regress
PROG=$(basename "$0")

# Environment and usage errors end with exit status 2, like the runner's.
die() {
	printf '%s: error: %s\n' "$PROG" "$*" >&2
	exit 2
}

# Progress goes to stderr: stdout carries KTAP only.
log() {
	printf '%s: %s\n' "$PROG" "$*" >&2
}

require_cmd() {
	local cmd=$1 what=$2
	command -v "$cmd" >/dev/null 2>&1 || die "$what missing: '$cmd' not found (ci/install-deps installs the packages)"
}

# Runs "$@" with its output in LOGFILE; on failure shows the log's tail and dies.
run_logged() {
	local logfile=$1 what=$2
	shift 2
	if ! "$@" >"$logfile" 2>&1; then
		tail -n 30 "$logfile" >&2
		die "$what failed (full log: $logfile)"
	fi
}

# Seconds since the epoch, for the timing figures printed with --verbose-time.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
