# Static cross builds of the runner and its tracees, one out-of-tree build dir per
# personality under the cache. configure runs again only when its arguments change;
# make does the rest incrementally.

# Keyed by the source tree, so two worktrees sharing a cache do not share builds.
# One build root per checkout, keyed by its path (not its content: make
# follows the content incrementally).
build_root() {
	printf '%s/build/%s' "$CACHE_DIR" "$(printf '%s' "$SRC_DIR" | md5sum | cut -c1-8)"
}

# sources_newer_than REF [FIND_TESTS...]: a file of the source tree (not .git,
# the build dirs or autom4te.cache) that passes the tests and is newer than REF.
sources_newer_than() {
	local ref=$1
	shift
	[ -n "$(find "$SRC_DIR" \( -path "$SRC_DIR/.git" -o -path "$SRC_DIR/build*" -o -path "$SRC_DIR/autom4te.cache" \) \
		-prune -o "$@" -newer "$ref" -print -quit)" ]
}

# autoreconf when configure is missing or older than an autotools input; the
# lock keeps two vm-checks started by ci/matrix from running it at once.
build_bootstrap() {
	mkdir -p "$CACHE_DIR"
	(
		flock 9
		if [ -f "$SRC_DIR/configure" ] && ! sources_newer_than "$SRC_DIR/configure" \
			\( -name configure.ac -o -name '*.am' -o -path "$SRC_DIR/m4/*.m4" \); then
			exit 0
		fi
		log "autoreconf in $SRC_DIR"
		run_logged "$CACHE_DIR/autoreconf.log" autoreconf autoreconf -fi "$SRC_DIR"
	) 9>"$CACHE_DIR/autoreconf.lock"
	[ ! -f "$SRC_DIR/config.status" ] ||
		die "$SRC_DIR is configured in-tree; out-of-tree builds need 'make distclean' there first"
}

# Builds personality PERS (loaded with personality_load) and sets BUILD_DIR to
# its build dir, whose src/ holds ptrace-regress and ptrace-regress-tracee-*.
# Locked: ci/matrix may build the same personality for the native run and a VM at once.
build_personality() {
	local pers=$1
	BUILD_DIR=$(build_root)/$pers
	require_cmd "${PERS_CC%% *}" "cross compiler for $pers"
	mkdir -p "$(build_root)"
	# A lock on an fd of this shell, not a subshell: `( ... ) || exit` would turn
	# off set -e inside it. The lock goes with the fd, at the latest at exit.
	local lock
	exec {lock}>"$BUILD_DIR.lock"
	flock "$lock"
	build_personality_locked "$pers"
	exec {lock}>&-
	[ -x "$BUILD_DIR/src/ptrace-regress" ] || die "build for $pers made no src/ptrace-regress"
}

build_personality_locked() {
	local pers=$1
	local root=""
	[ -z "$PERS_DEB" ] || root=$(sysroot_ensure "$PERS_DEB")
	sysroot_configure_env "$root" "$PERS_DEB"
	# --disable-compat: ci/ builds each personality itself, each with its own sysroot.
	local args=(--host="$PERS_HOST" "CC=$PERS_CC" --disable-compat "${SYSROOT_ENV[@]}")
	[ -n "$root" ] || args+=(LDFLAGS=-static)
	build_bootstrap
	local stamp=$BUILD_DIR/.configure-args
	if [ ! -f "$BUILD_DIR/Makefile" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${args[*]}" ]; then
		log "configuring $pers"
		rm -rf "$BUILD_DIR"
		mkdir -p "$BUILD_DIR"
		(cd "$BUILD_DIR" && run_logged "$BUILD_DIR/configure.log" "configure for $pers" "$SRC_DIR/configure" "${args[@]}") || exit $?
		printf '%s' "${args[*]}" >"$stamp"
	fi
	# make is not run when no file of the source tree changed since it last
	# succeeded: three personalities' no-op makes were a second of a warm VM run.
	local built=$BUILD_DIR/.built
	if [ -f "$built" ] && ! sources_newer_than "$built"; then
		log "$pers is built (no source newer than its last build)"
		return 0
	fi
	log "building $pers"
	touch "$built.new"
	run_logged "$BUILD_DIR/make.log" "build for $pers" make -C "$BUILD_DIR" -j"$(nproc)"
	mv "$built.new" "$built"
}

# Builds ci/guest-init.c with CC (words) and prints the binary's path. Locked,
# and written whole before it appears: ci/matrix boots one arch on two kernel
# lines at once, and an init read half-written panics the guest.
build_guest_init() {
	local arch=$1 cc=$2
	local out lock
	out=$(build_root)/guest-init-$arch
	mkdir -p "$(dirname "$out")"
	exec {lock}>"$out.lock"
	flock "$lock"
	if [ ! "$out" -nt "$CI_DIR/guest-init.c" ]; then
		# shellcheck disable=SC2086
		run_logged "$out.log" "build of guest-init" $cc -static -Os -Wall -o "$out.tmp" "$CI_DIR/guest-init.c"
		mv "$out.tmp" "$out"
	fi
	exec {lock}>&-
	printf '%s\n' "$out"
}
