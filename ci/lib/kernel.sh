# The kernel a VM boots: Debian's current one for the arch (downloaded and cached),
# or one the developer names with --kernel.

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

# Prints the path of Debian's current kernel for the loaded arch, downloading it once.
kernel_debian() {
	apt_update "$ARCH_DEB" || die "kernel download failed: cannot fetch the $ARCH_DEB package lists"
	local package
	package=$(apt_depends_matching "$ARCH_DEB" "$ARCH_KERNEL_META" '^linux-image-[0-9]')
	[ -n "$package" ] || die "kernel download failed: cannot resolve $ARCH_KERNEL_META for $ARCH_DEB"
	local dir=$CACHE_DIR/kernel/$package boot=$ARCH_KERNEL_BOOT
	if [ ! -f "$dir/$boot" ]; then
		log "downloading $package"
		rm -rf "$dir"
		apt_download "$ARCH_DEB" "$dir" "$package" || die "kernel download failed: apt-get download $package"
		# Only the image: the package is mostly modules, which the initramfs does not use.
		dpkg-deb --fsys-tarfile "$dir"/*.deb | tar -x -C "$dir" --wildcards "./boot/$boot-*" ||
			die "kernel download failed: no boot/$boot-* in $package"
		mv "$dir"/boot/"$boot"-* "$dir/$boot.tmp" && mv "$dir/$boot.tmp" "$dir/$boot"
		rm -rf "$dir/boot" "$dir"/*.deb
	fi
	printf '%s\n' "$dir/$boot"
}
