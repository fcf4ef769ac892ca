# The initramfs: ci/guest-init as /init, the init's run list, and per personality
# /runners/NAME/ with that build's runner and its findings' reproducers
# (ptrace-regress-repro-*), and the tracees of every build of the arch: the
# runner looks for them next to itself, so the 64-bit runner finds the 32-bit
# tracee (the compat path) and the 32-bit runner its own.

# initramfs_build OUT INIT CONF BUILD_DIR... (one BUILD_DIR per personality, in
# the order of ARCH_PERSONALITIES). OUT is a link to a cached archive, keyed by
# what goes in (initramfs_key): a warm matrix packs nothing again.
initramfs_build() {
	local out=$1 key cached
	key=$(initramfs_key "${@:2}")
	cached=$CACHE_DIR/initramfs/$key.cpio
	mkdir -p "$CACHE_DIR/initramfs"
	if [ ! -s "$cached" ]; then
		initramfs_pack "$cached.tmp.$$" "${@:2}"
		mv "$cached.tmp.$$" "$cached"
		# The newest 32 kept: a few matrices' worth of arches and arguments.
		ls -t "$CACHE_DIR"/initramfs/*.cpio | tail -n +33 | xargs -r rm -f
	fi
	touch "$cached"
	ln -f "$cached" "$out" 2>/dev/null || cp "$cached" "$out"
}

# initramfs_key INIT CONF BUILD_DIR...: what an initramfs is made of, as one
# digest: the init's and the conf's bytes, and each runner's, reproducer's and
# tracee's name, size and mtime in every build dir (a build rewrites what it
# changes), in the order they are packed.
initramfs_key() {
	local init=$1 conf=$2
	shift 2
	{
		printf '%s\n' "$ARCH_PERSONALITIES"
		md5sum <"$init"
		md5sum <"$conf"
		local bdir
		for bdir in "$@"; do
			stat -c '%n %s %Y' "$bdir"/src/ptrace-regress "$bdir"/src/ptrace-regress-tracee-* \
				"$bdir"/src/ptrace-regress-repro-* 2>/dev/null || true
		done
	} | md5sum | cut -c1-16
}

initramfs_pack() {
	local out=$1 init=$2 conf=$3
	shift 3
	local stage=$out.d
	rm -rf "$stage"
	mkdir -p "$stage"/{dev,proc,sys,tmp,etc,runners,tracees}
	cp "$init" "$stage/init"
	cp "$conf" "$stage/etc/vm-check.conf"
	local bdir exe
	for bdir in "$@"; do
		for exe in "$bdir"/src/ptrace-regress-tracee-*; do
			[ ! -x "$exe" ] || cp "$exe" "$stage/tracees/"
		done
	done
	local pers
	for pers in $ARCH_PERSONALITIES; do
		mkdir -p "$stage/runners/$pers"
		cp "$1/src/ptrace-regress" "$stage/runners/$pers/"
		for exe in "$1"/src/ptrace-regress-repro-*; do
			[ ! -x "$exe" ] || cp "$exe" "$stage/runners/$pers/"
		done
		shift
		# Hard links: the same bytes once in the cpio, whatever the number of runners.
		ln "$stage"/tracees/* "$stage/runners/$pers/" 2>/dev/null || true
	done
	rm -rf "$stage/tracees"
	# cpio rather than the kernel's gen_init_cpio: that one is not packaged.
	# Uncompressed: decompressing under TCG costs more than loading the bytes.
	(cd "$stage" && find . | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0) >"$out"
	rm -rf "$stage"
}

# initramfs_bare OUT INIT: the init alone, running nothing (a calibration boot).
initramfs_bare() {
	local out=$1 init=$2 stage=$1.d
	rm -rf "$stage"
	mkdir -p "$stage"/{dev,proc,sys,tmp,etc}
	cp "$init" "$stage/init"
	printf 'repeat 1\n' >"$stage/etc/vm-check.conf"
	(cd "$stage" && find . | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0) >"$out"
	rm -rf "$stage"
}

# Writes the init's run list: each personality's runner, REPEAT rounds, with
# RUNNER_ARGS; with REPLAY_CHECK=1 each run is also recorded, and a
# replay-check after it replays the recording (it takes no arguments). With
# STRESS_SECONDS set, each round ends with a run named "stress": the first
# personality's runner (it traces every personality the kernel runs) under
# --stress for that time, STRESS_JOBS at once, with RUNNER_ARGS too.
initramfs_conf() {
	local out=$1 repeat=$2
	shift 2
	{
		printf 'repeat %s\n' "$repeat"
		local pers needs
		for pers in $ARCH_PERSONALITIES; do
			needs=$(table_get "$pers" exec_needs)
			[ -z "$needs" ] || printf 'needs %s %s\n' "$pers" "$needs"
		done
		# Each runner argument on an arg line of its own, taken whole.
		local arg
		for pers in $ARCH_PERSONALITIES; do
			printf 'run %s /runners/%s/ptrace-regress\n' "$pers" "$pers"
			for arg in "$@"; do printf 'arg %s\n' "$arg"; done
			[ "${REPLAY_CHECK:-0}" = 0 ] ||
				printf 'replay-check %s-replay /runners/%s/ptrace-regress\n' "$pers" "$pers"
		done
		if [ -n "${STRESS_SECONDS:-}" ]; then
			printf 'run stress /runners/%s/ptrace-regress\n' "${ARCH_PERSONALITIES%% *}"
			printf 'arg %s\n' --stress "$STRESS_SECONDS" --jobs "${STRESS_JOBS:-3}" "$@"
		fi
	} >"$out"
}

# The names the runs get in the KTAP, in the order the init runs them.
run_names() {
	local repeat=$1 round pers name
	for ((round = 1; round <= repeat; round++)); do
		for pers in $ARCH_PERSONALITIES; do
			for name in "$pers" ${REPLAY_CHECK:+$pers-replay}; do
				[ "${REPLAY_CHECK:-0}" != 0 ] || [ "$name" = "$pers" ] || continue
				if [ "$repeat" = 1 ]; then
					printf '%s\n' "$name"
				else
					printf '%s.%s\n' "$name" "$round"
				fi
			done
		done
		[ -z "${STRESS_SECONDS:-}" ] || if [ "$repeat" = 1 ]; then echo stress; else echo "stress.$round"; fi
	done
}
