#!/bin/sh
# A group's tracee is forked by its program's fork server
# (src/tracee/fork-server.c) unless the group sees the exec: the KTAP is the
# one of every tracee launched by fork and exec (--launch-by-exec), one by
# one and in workers, and where the server cannot fork (clone3() failing
# with ENOSYS, as under a seccomp profile older than it) the groups are
# launched by exec, the KTAP again the same.  The server is there while a
# run traces, and not with --launch-by-exec; nothing outlives the run
# (tests/leftovers.sh).
. "$srcdir/tests/tap.sh"
scratch
plan 7

for jobs in 1 3; do
	TMPDIR=$tap_tmp "$RUNNER" --jobs $jobs >"$tap_tmp/forked-$jobs.ktap"
	forked=$?
	TMPDIR=$tap_tmp "$RUNNER" --jobs $jobs --launch-by-exec >"$tap_tmp/exec-$jobs.ktap"
	is "--jobs $jobs: the run with fork servers exits as one launching by exec" "$forked" "$?"
	ok "--jobs $jobs: the run with fork servers prints the KTAP of one launching by exec" \
		cmp -s "$tap_tmp/exec-$jobs.ktap" "$tap_tmp/forked-$jobs.ktap"
	diff -u "$tap_tmp/exec-$jobs.ktap" "$tap_tmp/forked-$jobs.ktap" | head -20 | sed 's/^/# /'
done
TMPDIR=$tap_tmp "$DENY_PTRACE" CLONE3-ENOSYS "$RUNNER" --jobs 3 >"$tap_tmp/no-clone3.ktap"
ok "with clone3() failing (ENOSYS), the groups are launched by exec: the same KTAP" \
	cmp -s "$tap_tmp/exec-3.ktap" "$tap_tmp/no-clone3.ktap"
diff -u "$tap_tmp/exec-3.ktap" "$tap_tmp/no-clone3.ktap" | head -20 | sed 's/^/# /'

# servers_seen ARGS...: "yes" if a child of the runner runs a tracee program's
# fork server while the runner traces the restart groups (400 ms of sleeps
# each, so a poll every 20 ms cannot miss it), else "no".
servers_seen() {
	TMPDIR=$tap_tmp "$RUNNER" --jobs 1 --only '*.restart.*' "$@" >/dev/null &
	runner=$!
	seen=no
	while kill -0 $runner 2>/dev/null; do
		for cmdline in $(grep -l -a -- '--fork-server' /proc/[0-9]*/cmdline 2>/dev/null); do
			[ "$(awk '/^PPid:/ { print $2 }' "${cmdline%/cmdline}/status" 2>/dev/null)" = "$runner" ] && seen=yes
		done
		[ $seen = yes ] && break
		sleep 0.02
	done
	wait $runner
	echo $seen
}
is "a fork server runs while the runner traces" yes "$(servers_seen)"
is "none with --launch-by-exec" no "$(servers_seen --launch-by-exec)"
exit 0
