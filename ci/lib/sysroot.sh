# Per-arch sysroot of the target's Check and libunwind, unpacked from Debian's .debs
# (see apt.sh for why not a multiarch install).

SYSROOT_ROOTS="check libunwind-dev"
# Only these names from the Depends closure: libc and the rest come from the cross toolchain.
SYSROOT_KEEP='^(check|lib(subunit|unwind|lzma)[a-z0-9.-]*)$'

# Prints the sysroot dir for Debian arch DEB_ARCH, building it on first use.
sysroot_ensure() {
	local deb_arch=$1
	local root=$CACHE_DIR/sysroot/$deb_arch
	if [ -f "$root/.complete" ]; then
		printf '%s\n' "$root"
		return 0
	fi
	apt_update "$deb_arch" || die "cannot fetch the $deb_arch package lists"
	local packages
	# shellcheck disable=SC2086 # word lists on purpose
	packages=$(apt_closure "$deb_arch" "$SYSROOT_KEEP" $SYSROOT_ROOTS)
	[ -n "$packages" ] || die "cannot resolve the $deb_arch packages of $SYSROOT_ROOTS"
	log "building the $deb_arch sysroot from: $(echo $packages)"
	rm -rf "$root" "$root.debs"
	# shellcheck disable=SC2086
	apt_download "$deb_arch" "$root.debs" $packages || die "downloading $deb_arch packages failed"
	mkdir -p "$root"
	local deb
	for deb in "$root.debs"/*.deb; do
		dpkg-deb -x "$deb" "$root"
	done
	rm -rf "$root.debs"
	touch "$root/.complete"
	printf '%s\n' "$root"
}

# Sets SYSROOT_ENV to the configure variables that point a build at sysroot ROOT
# (empty ROOT: no libraries for this personality, and no host ones either).
sysroot_configure_env() {
	local root=$1 deb_arch=$2
	if [ -z "$root" ]; then
		# An empty search path, so pkg-config never hands out the build machine's libraries.
		SYSROOT_ENV=(PKG_CONFIG=pkg-config PKG_CONFIG_LIBDIR=/nonexistent)
		return 0
	fi
	local multiarch
	multiarch=$(dpkg-architecture -a"$deb_arch" -qDEB_HOST_MULTIARCH 2>/dev/null)
	# PKG_CONFIG: not a <triplet>-pkg-config with a search path of its own;
	# --static: the private libraries too (libunwind needs liblzma), as we link statically.
	SYSROOT_ENV=(
		"PKG_CONFIG=pkg-config --static"
		"CPPFLAGS=-I$root/usr/include -I$root/usr/include/$multiarch"
		"LDFLAGS=-static -L$root/usr/lib/$multiarch"
		"PKG_CONFIG_LIBDIR=$root/usr/lib/$multiarch/pkgconfig:$root/usr/share/pkgconfig"
		"PKG_CONFIG_SYSROOT_DIR=$root"
	)
}
