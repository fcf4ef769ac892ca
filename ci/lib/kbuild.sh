# vm-check --build TREE: a minimal kernel for the VM of an arch, built from a
# kernel tree.  tinyconfig, then ci/kconfig.fragment merged in (the options
# the suite and the VM need: its every-arch part and the arch's own), then
# olddefconfig; built with the arch's cross compiler (its entry's cc in
# arch/personalities.tab) into an output directory outside the tree (O=),
# which the next call builds incrementally.  A tree that does not configure
# or build is exit 2 with the build log's tail, never a test failure.
# Sourced after common.sh and arch.sh.

KCONFIG_FRAGMENT=$CI_DIR/kconfig.fragment

# kbuild_fragment_options ARCH: the fragment's options for ARCH's kernel,
# "CONFIG_X=v" each: the "every arch" part and the part headed with ARCH.
kbuild_fragment_options() {
	awk -v arch="$1" '/^# --- / { part = $3; next }
		/^CONFIG_[A-Z0-9_]+=/ && (part == "every" || part == arch) { print }' "$KCONFIG_FRAGMENT"
}

# kbuild_missing CONFIG ARCH: the fragment's options for ARCH that CONFIG
# lacks (a dependency olddefconfig could not meet), one per line.
kbuild_missing() {
	kbuild_fragment_options "$2" | grep -vxF -f "$1" || true
}

# kbuild_out TREE ARCH: where the tree's kernel for ARCH is built.
kbuild_out() {
	printf '%s/kbuild/%s-%s\n' "$CACHE_DIR" "$2" "$(realpath -m "$1" | sha256sum | cut -c1-12)"
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
	if [ ! -f "$out/.config" ] || ! cmp -s "$KCONFIG_FRAGMENT" "$out/.fragment"; then
		log "configuring $tree for $arch (ARCH=$karch${cross:+ CROSS_COMPILE=$cross}) in $out"
		run_logged "$out/config.log" "configuring the kernel" "${mk[@]}" tinyconfig
		run_logged "$out/config.log" "merging ci/kconfig.fragment" \
			"$tree/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "$KCONFIG_FRAGMENT"
		cp "$KCONFIG_FRAGMENT" "$out/.fragment"
	fi
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
