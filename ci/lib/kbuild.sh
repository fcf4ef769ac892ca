# vm-check --build TREE: a minimal kernel for the VM of an arch, built from a
# kernel tree.  tinyconfig, then ci/kconfig.fragment merged in (the options
# the suite and the VM need: its every-arch part and the arch's own), then
# olddefconfig; built with the arch's cross compiler (its entry's cc in
# arch/personalities.tab) into an output directory outside the tree (O=),
# which the next call builds incrementally.  A tree that does not configure
# or build is exit 2 with the build log's tail, never a test failure.
# Sourced after common.sh and arch.sh.

KCONFIG_FRAGMENT=$CI_DIR/kconfig.fragment
# With --debug (KBUILD_DEBUG=1), merged after it: the kernel's own checkers.
KCONFIG_DEBUG_FRAGMENT=$CI_DIR/kconfig-debug.fragment

# kbuild_fragments: the fragment files this build merges, in order.
kbuild_fragments() {
	printf '%s\n' "$KCONFIG_FRAGMENT"
	[ "${KBUILD_DEBUG:-0}" = 0 ] || printf '%s\n' "$KCONFIG_DEBUG_FRAGMENT"
}

# kbuild_fragment_options ARCH: the fragments' options for ARCH's kernel,
# "CONFIG_X=v" or "# CONFIG_X is not set" each: of every fragment, the
# "every arch" part and the part headed with ARCH.
kbuild_fragment_options() {
	local files
	mapfile -t files < <(kbuild_fragments)
	awk -v arch="$1" '/^# --- / { part = $3; sub(/:$/, "", part); next }
		(/^CONFIG_[A-Z0-9_]+=/ || /^# CONFIG_[A-Z0-9_]+ is not set$/) &&
		(part == "every" || part == arch) { print }' "${files[@]}"
}

# kbuild_missing CONFIG ARCH: the fragments' options for ARCH that CONFIG
# lacks (a dependency olddefconfig could not meet), one per line.
kbuild_missing() {
	kbuild_fragment_options "$2" | grep -vxF -f "$1" || true
}

# kbuild_out TREE ARCH: where the tree's kernel for ARCH is built (a debug
# kernel apart: switching would rebuild everything both ways).
kbuild_out() {
	printf '%s/kbuild/%s-%s%s\n' "$CACHE_DIR" "$2" "$(realpath -m "$1" | sha256sum | cut -c1-12)" \
		"$([ "${KBUILD_DEBUG:-0}" = 0 ] || echo -debug)"
}

# kbuild_cross ARCH: CROSS_COMPILE for the arch's kernel (its cc, less "gcc"),
# empty where the host builds it natively.
kbuild_cross() {
	local cc
	cc=$(table_get "$1" cc)
	cc=${cc%% *}
	if [ "$(uname -m)" = "$1" ] && ! command -v "$cc" >/dev/null 2>&1; then
		return 0
	fi
	printf '%s\n' "${cc%gcc}"
}

# kbuild TREE ARCH: configure (first time, or when the fragment changed) and
# build; prints the image's path.
kbuild() {
	local tree=$1 arch=$2 out karch image cross t jobs
	[ -f "$tree/Makefile" ] && [ -f "$tree/Kconfig" ] || die "--build $tree: not a kernel tree (no Makefile and Kconfig)"
	karch=$(table_get "$arch" kbuild_arch) || die "no kbuild_arch for $arch in arch/personalities.tab"
	image=$(table_get "$arch" kbuild_image)
	cross=$(kbuild_cross "$arch")
	[ -z "$cross" ] || require_cmd "${cross}gcc" "the kernel's cross compiler for $arch"
	for t in make bc flex bison; do require_cmd "$t" "$t (ci/install-deps --kernel-build installs it)"; done
	out=$(kbuild_out "$tree" "$arch")
	mkdir -p "$out"
	local mk=(make -C "$tree" O="$out" ARCH="$karch" CROSS_COMPILE="$cross")
	t=$(now)
	kbuild_fragment_options "$arch" >"$out/.fragment.new"
	if [ ! -f "$out/.config" ] || ! cmp -s "$out/.fragment.new" "$out/.fragment"; then
		log "configuring $tree for $arch (ARCH=$karch${cross:+ CROSS_COMPILE=$cross}) in $out"
		run_logged "$out/config.log" "configuring the kernel" "${mk[@]}" tinyconfig
		run_logged "$out/config.log" "merging $(kbuild_fragments | sed "s|.*/|ci/|" | paste -sd+)" \
			"$tree/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "$out/.fragment.new"
		mv "$out/.fragment.new" "$out/.fragment"
	fi
	rm -f "$out/.fragment.new"
	run_logged "$out/config.log" "make olddefconfig" "${mk[@]}" olddefconfig
	local missing
	missing=$(kbuild_missing "$out/.config" "$arch")
	[ -z "$missing" ] || die "the kernel config lacks what the suite needs (their dependencies?): $(echo $missing)"
	jobs=$(nproc 2>/dev/null || echo 2)
	log "building ${image##*/} ($jobs jobs; log: $out/build.log)"
	run_logged "$out/build.log" "building the kernel" "${mk[@]}" -j"$jobs" "${image##*/}"
	log "kernel built in $(elapsed "$t") s: $out/$image"
	printf '%s\n' "$out/$image"
}
