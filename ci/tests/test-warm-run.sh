#!/bin/bash
# What a warm matrix run reuses and measures (issue 30): the initramfs is
# packed once per content and reused, the table is read once and answers as
# its one parser does, and the guest's timings reach vm-check's log and
# ci/bench's breakdown row without touching the KTAP.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export XDG_CACHE_HOME=$out/cache
for lib in common arch initramfs qemu; do source "$CI_DIR/lib/$lib.sh"; done

# The table, read once into PR_TAB: every key of every entry as `table get`.
differ=""
while IFS=$'\t' read -r e k v; do
	[ -n "$k" ] || continue
	[ "$(table_get "$e" "$k")" = "$(table get -v entry="$e" -v key="$k")" ] || differ="$differ $e.$k"
done < <(table all)
is "table_get answers as arch/table.awk's get for every entry and key" "" "$differ"
table_get no-such-entry vm >/dev/null
is "table_get fails for an entry the table lacks" 1 "$?"
arch_load mips64el lts
is "arch_load: the VM's personalities in table order" "$(table where -v key=vm -v value=mips64el | tr '\n' ' ' | sed 's/ $//')" "$ARCH_PERSONALITIES"

# The initramfs: packed once, then the same archive while nothing changed.
arch_load aarch64
for pers in $ARCH_PERSONALITIES; do
	mkdir -p "$out/b/$pers/src"
	printf '#!/bin/sh\n' >"$out/b/$pers/src/ptrace-regress"
	printf 'tracee %s\n' "$pers" >"$out/b/$pers/src/ptrace-regress-tracee-$pers"
	chmod +x "$out/b/$pers/src/"*
done
printf 'init\n' >"$out/init"
printf 'repeat 1\n' >"$out/conf"
dirs=()
for pers in $ARCH_PERSONALITIES; do dirs+=("$out/b/$pers"); done
initramfs_build "$out/one.cpio" "$out/init" "$out/conf" "${dirs[@]}"
initramfs_build "$out/two.cpio" "$out/init" "$out/conf" "${dirs[@]}"
is "the same inputs: the cached archive again" "$(stat -c %i "$out/one.cpio")" "$(stat -c %i "$out/two.cpio")"
is "one archive in the cache" 1 "$(ls "$CACHE_DIR"/initramfs/*.cpio | wc -l)"
listed=$(cpio -it <"$out/one.cpio" 2>/dev/null | sort | tr '\n' ' ')
is "its contents: init, conf, each runner with every tracee" \
	". dev etc etc/vm-check.conf init proc runners runners/aarch64 runners/aarch64/ptrace-regress runners/aarch64/ptrace-regress-tracee-aarch64 runners/aarch64/ptrace-regress-tracee-arm runners/arm runners/arm/ptrace-regress runners/arm/ptrace-regress-tracee-aarch64 runners/arm/ptrace-regress-tracee-arm sys tmp " \
	"$listed"
printf 'repeat 2\n' >"$out/conf"
initramfs_build "$out/three.cpio" "$out/init" "$out/conf" "${dirs[@]}"
ok "another conf: another archive" test "$(stat -c %i "$out/one.cpio")" != "$(stat -c %i "$out/three.cpio")"
touch -d '1 hour ago' "$out/b/arm/src/ptrace-regress-tracee-arm"
initramfs_build "$out/four.cpio" "$out/init" "$out/conf" "${dirs[@]}"
ok "a rebuilt tracee (its mtime): another archive" test "$(stat -c %i "$out/three.cpio")" != "$(stat -c %i "$out/four.cpio")"

# The init's timings: in vm-check's log, not in the KTAP.
cat >"$out/console.log" <<'EOF'
[    0.000000] Linux version 7.3.4
ptrace-regress-vm: start
ptrace-regress-vm: at-init 2.482
ptrace-regress-vm: kernel 7.3.4+deb13-amd64
ptrace-regress-vm: begin x86_64
KTAP version 1
1..1
ok 1 x86_64/syscall
ptrace-regress-vm: end x86_64 status 0
ptrace-regress-vm: took x86_64 7.546
ptrace-regress-vm: begin x86_64-replay
KTAP version 1
1..2
ok 1 replay-exit-status
ok 2 replay-ktap
ptrace-regress-vm: end x86_64-replay status 0
ptrace-regress-vm: took x86_64-replay 0.429
ptrace-regress-vm: done status 0
EOF
is "guest_timings: the kernel's boot and each run" "at init 2.482 s, x86_64 7.546 s, x86_64-replay 0.429 s" \
	"$(guest_timings "$out/console.log")"
ktap=$("$CI_DIR/console-to-ktap" "$out/console.log" x86_64 x86_64-replay)
is "console-to-ktap: the timings leave the results alone" "ok 1 x86_64|ok 2 x86_64-replay|ok 3 kernel-log" \
	"$(printf '%s\n' "$ktap" | grep '^ok' | tr '\n' '|' | sed 's/|$//')"
# A VM that did not power off: its last console lines are shown, and the
# timings are not among them (they are the init's, not the kernel's).
grep -v 'done status' "$out/console.log" >"$out/unfinished.log"
ktap=$("$CI_DIR/console-to-ktap" "$out/unfinished.log" x86_64 x86_64-replay)
is "console-to-ktap: the timings are not kernel lines" "#   [    0.000000] Linux version 7.3.4" \
	"$(printf '%s\n' "$ktap" | sed -n '/^# last console lines:/,/^not ok/p' | grep '^#   ')"
cat >"$out/run.log" <<'EOF'
vm-check: kernel: /k/vmlinuz (0.1 s)
vm-check: builds and initramfs: 0.9 s
vm-check: VM run: 15.5 s (console: /tmp/x/console.log)
vm-check: in the guest: at init 2.482 s, x86_64 7.546 s, x86_64-replay 0.429 s, i386 4.010 s, i386-replay 0.208 s
vm-check: KTAP from the console: 0.1 s
EOF
is "phases.awk: host before, boot, runners, replay-checks, rest of the VM, host after" \
	"| x86_64@current | 17.6 | 2.0 | 2.5 | 11.6 | 0.6 | 0.8 | 0.1 |" \
	"$(awk -v run=x86_64@current -v total=17.6 -f "$CI_DIR/lib/phases.awk" "$out/run.log")"
is "phases.awk: a run without a VM has its wall time alone" "| native | 1.5 | | | | | | |" \
	"$(printf 'native-check: building x86_64\n' | awk -v run=native -v total=1.5 -f "$CI_DIR/lib/phases.awk")"
done_testing
