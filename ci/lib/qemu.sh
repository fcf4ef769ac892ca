# Boots the loaded arch's QEMU under a host timeout. The whole process group
# (timeout and qemu) is killed by qemu_kill, which callers run from an EXIT trap,
# so no qemu outlives a run.

QEMU_PGID=""
QEMU_ACCEL_ARGS="-accel tcg" # accel.sh chooses

# TERM first, so that timeout reaps qemu itself; KILL whatever is left after 2 s.
qemu_kill() {
	[ -n "$QEMU_PGID" ] || return 0
	kill -TERM -- "-$QEMU_PGID" 2>/dev/null || true
	local i
	for i in 1 2 3 4 5 6 7 8 9 10; do
		kill -0 -- "-$QEMU_PGID" 2>/dev/null || break
		sleep 0.2
	done
	kill -KILL -- "-$QEMU_PGID" 2>/dev/null || true
	wait "$QEMU_PGID" 2>/dev/null || true
	QEMU_PGID=""
}

# The kernel command line of every boot (ci/lava-job's job has it too).
qemu_append() {
	printf 'console=%s quiet panic=-1 rdinit=/init\n' "$ARCH_CONSOLE"
}

# qemu_env ARCH KERNEL: what booting the loaded arch's VM takes, as shell
# assignments (%q-quoted) for ci/lava-job: its QEMU and options, console and
# kernel command line, the runs of one round (run_names, initramfs.sh), the
# kernel the boot file came from and a name for it (its directory's).
qemu_env() {
	local names
	names=$(run_names 1 | tr '\n' ' ')
	printf 'ARCH=%q\n' "$1"
	printf 'LINE=%q\n' "$ARCH_LINE"
	printf 'KERNEL_SOURCE=%q\n' "$2"
	printf 'KERNEL_NAME=%q\n' "$(basename "$(dirname "$2")")"
	printf 'QEMU=%q\n' "$ARCH_QEMU"
	printf 'QEMU_ARGS=%q\n' "$ARCH_QEMU_ARGS"
	printf 'CONSOLE=%q\n' "$ARCH_CONSOLE"
	printf 'APPEND=%q\n' "$(qemu_append)"
	printf 'RUNS=%q\n' "${names% }"
}

# qemu_boot KERNEL INITRD CONSOLE_LOG TIMEOUT: sets QEMU_TIMED_OUT to 1 when the
# host timeout ended the VM. Console and QEMU's own messages go to CONSOLE_LOG.
qemu_boot() {
	local kernel=$1 initrd=$2 console=$3 limit=$4
	# One CPU: two 1-CPU VMs at once beat one 2-CPU VM under TCG. (Measured
	# 2026-12-01: -smp 2, the runner tracing two groups at once, took an
	# aarch64 suite boot from 3.7 to 3.5 s alone, the malta machine did not
	# boot, and a 2-CPU guest's tracer and tracee wake each other by IPI.)
	# No NIC: x86's iPXE option ROM would spend boot time probing it.
	# shellcheck disable=SC2086 # ARCH_QEMU_ARGS and QEMU_ACCEL_ARGS are word lists
	local cmd=("$ARCH_QEMU" $ARCH_QEMU_ARGS $QEMU_ACCEL_ARGS -m 512 -smp 1 -nic none -nographic -no-reboot
		-kernel "$kernel" -initrd "$initrd"
		-append "$(qemu_append)")
	printf '%s\n' "${cmd[*]}" >"$console.cmd"
	# setsid: a process group of its own to kill as a whole (a background job of a
	# non-interactive shell is no group leader, so setsid does not fork and $! is the group).
	setsid timeout -k 5 "$limit" "${cmd[@]}" </dev/null >"$console" 2>&1 &
	QEMU_PGID=$!
	local rc=0
	wait "$QEMU_PGID" || rc=$?
	QEMU_PGID=""
	QEMU_TIMED_OUT=0
	[ "$rc" != 124 ] && [ "$rc" != 137 ] || QEMU_TIMED_OUT=1
}

# guest_timings CONSOLE_LOG: what the init timed, on one line: "at init S s"
# (the kernel's boot) and "NAME S s" per run, or "not timed".
guest_timings() {
	awk '{ sub(/\r$/, "") }
		/ptrace-regress-vm: at-init / { t = t sep "at init " $NF " s"; sep = ", " }
		/ptrace-regress-vm: took / { t = t sep $(NF - 1) " " $NF " s"; sep = ", " }
		END { print (t == "" ? "not timed" : t) }' "$1"
}

# save_recordings CONSOLE_LOG WORK SAVE_DIR: the recordings the guest printed
# (vm-check --save-recordings), each as SAVE_DIR/<runner>-kernel-<release>.rec,
# unpacked in WORK/rec first; one without its release line is not kept.
save_recordings() {
	local console=$1 work=$2 save_dir=$3 file name release
	mkdir -p "$work/rec" "$save_dir" || return 1
	while read -r file; do
		name=$(basename "$file" .rec)
		release=$(awk '$1 == "release" { print $2; exit }' "$file")
		if [ -z "$release" ]; then
			log "warning: the recording of $name is incomplete (no release line): not kept"
			continue
		fi
		mv "$file" "$save_dir/${name%-replay}-kernel-$release.rec"
		log "recording: $save_dir/${name%-replay}-kernel-$release.rec"
	done < <(awk -v dir="$work/rec" -f "$CI_DIR/lib/console-recordings.awk" "$console")
}
