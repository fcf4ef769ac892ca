# The kernel a VM boots: Debian's kernel of the arch's kernel line (downloaded
# and cached), or one the developer names with --kernel.

# Dies unless FILE looks like a kernel image the arch's QEMU can boot.
kernel_check() {
	local file=$1 arch=$2
	[ -f "$file" ] || die "--kernel $file: no such file"
	local kind
	# -z: Debian's arm64 vmlinuz is a gzip'd Image.
	kind=$(file -bzL "$file")
	[[ $kind =~ $ARCH_KERNEL_FILE_RE ]] ||
		die "--kernel $file is not a kernel for $arch (file says: ${kind:0:100})"
}

# The kernel packages of the loaded arch's flavour in the suite APT_SUITE names,
# newest first: the one the metapackage depends on, then the others of the
# index (an index can name a version whose .deb the mirror no longer has).
# Kept beside the lists, keyed by them: apt-cache reading a suite's lists
# twice cost a warm vm-check 1.5-3 s of its 4 (ci/bench, 2026-12-05).
kernel_candidates() {
	local state key cache
	state=$(apt_state_dir "$ARCH_DEB")
	key=$(stat -c '%n %s %Y' "$state"/lists/*_Packages* 2>/dev/null | md5sum | cut -c1-12)
	cache=$state/kernel-candidates.$ARCH_KERNEL_META.$key
	if [ ! -s "$cache" ]; then
		rm -f "$state/kernel-candidates.$ARCH_KERNEL_META".*
		kernel_candidates_of_lists >"$cache.tmp.$$"
		mv "$cache.tmp.$$" "$cache"
	fi
	cat "$cache"
}

kernel_candidates_of_lists() {
	local flavour=${ARCH_KERNEL_META#linux-image-} meta
	meta=$(apt_depends_matching "$ARCH_DEB" "$ARCH_KERNEL_META" '^linux-image-[0-9]')
	{
		[ -z "$meta" ] || printf '%s\n' "$meta"
		# <version>[-<abi>]-<flavour>: not the -rt-, -cloud- or -dbg packages.
		apt_private "$ARCH_DEB" apt-cache pkgnames linux-image- 2>/dev/null |
			grep -E "^linux-image-[0-9][^-]*(-[0-9]+)?-$flavour\$" | sort -rV | head -n 3
	} | awk '!seen[$0]++'
}

# Unpacks the image of kernel PACKAGE (downloaded into DIR) as DIR/vmlinuz.
# Up to 6.18 the image is the package's boot/<kernel_boot>; from 6.19 on
# linux-image-<ver>-<flavour> is empty and depends on linux-binary-<ver>-<flavour>,
# whose usr/lib/modules/<ver>/vmlinuz it is (on ppc64el the vmlinux ELF, on
# riscv64 a PE Image, on arm64 an uncompressed Image).
kernel_unpack() {
	local package=$1 dir=$2 deb files member
	deb=$(ls "$dir"/*.deb)
	# The listing whole, not piped into grep -q: pipefail would take tar's SIGPIPE for a failure.
	files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t)
	if grep -q "^\./boot/${ARCH_KERNEL_BOOT//\*/.*}\$" <<<"$files"; then
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir" --wildcards "./boot/$ARCH_KERNEL_BOOT" || return 1
		# shellcheck disable=SC2086 # a glob naming one file
		mv "$dir"/boot/$ARCH_KERNEL_BOOT "$dir/vmlinuz.tmp"
	else
		local binary
		binary=$(apt_depends_matching "$ARCH_DEB" "$package" '^linux-binary-[0-9]')
		[ -n "$binary" ] || { log "$package has no boot/$ARCH_KERNEL_BOOT and no linux-binary dependency"; return 1; }
		rm -f "$deb"
		apt_download "$ARCH_DEB" "$dir" "$binary" || return 1
		deb=$(ls "$dir"/*.deb)
		files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t)
		member=$(grep -m1 -E '^\./usr/lib/modules/[^/]+/vmlinuz$' <<<"$files") ||
			{ log "$binary has no usr/lib/modules/*/vmlinuz"; return 1; }
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir" "$member" || return 1
		mv "$dir/$member" "$dir/vmlinuz.tmp"
	fi
	mv "$dir/vmlinuz.tmp" "$dir/vmlinuz"
	rm -rf "$dir/boot" "$dir/usr" "$dir"/*.deb
}

# Prints the path of Debian's kernel for the loaded arch and line, downloading it
# once: from the first suite of ARCH_SUITES with a kernel that downloads, its
# newest such (logged).
kernel_debian() {
	local suite package dir system
	system=$(apt_system_suite)
	for suite in $ARCH_SUITES; do
		APT_SUITE=$suite
		[ "$suite" != "$system" ] || APT_SUITE=""
		if ! apt_update "$ARCH_DEB"; then
			log "warning: no $ARCH_DEB package lists for $suite"
			continue
		fi
		for package in $(kernel_candidates); do
			dir=$CACHE_DIR/kernel/$package
			if [ ! -f "$dir/vmlinuz" ]; then
				log "downloading $package ($suite)"
				rm -rf "$dir"
				if ! apt_download "$ARCH_DEB" "$dir" "$package" || ! kernel_unpack "$package" "$dir"; then
					log "warning: $package from $suite does not download; trying the next"
					rm -rf "$dir"
					continue
				fi
			fi
			APT_SUITE=""
			log "kernel of the $ARCH_LINE line: $package ($suite)"
			printf '%s\n' "$dir/vmlinuz"
			return 0
		done
	done
	APT_SUITE=""
	die "kernel download failed: no $ARCH_KERNEL_META kernel of the $ARCH_LINE line downloads from: $ARCH_SUITES"
}
