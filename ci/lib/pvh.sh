# The file QEMU boots for a kernel.  Where the arch's table entry says
# boot_elf = pvh (x86_64), that is the ELF vmlinux inside the bzImage, booted
# through its PVH entry (XEN_ELFNOTE_PHYS32_ENTRY, CONFIG_PVH): the same
# kernel, without the real-mode setup and the decompressor, which under TCG
# cost more than the kernel's own boot (6.1: 4.6 s against 1.7 s to the init,
# ci/bench).  A kernel without the note, or an image this cannot unpack, is
# booted as it is.

# The payload of a bzImage (boot protocol 2.08+): payload_offset (0x248) and
# payload_length (0x24c) count from the protected-mode code, which starts
# after the (setup_sects (0x1f1), 0 meaning 4, + 1) setup sectors.
bzimage_payload() {
	local image=$1 sects offset length
	sects=$(od -An -tu1 -j $((0x1f1)) -N1 "$image" | tr -d ' ')
	[ "$sects" != 0 ] || sects=4
	offset=$(od -An -tu4 -j $((0x248)) -N4 "$image" | tr -d ' ')
	length=$(od -An -tu4 -j $((0x24c)) -N4 "$image" | tr -d ' ')
	[ -n "$offset" ] && [ -n "$length" ] && [ "$length" -gt 0 ] || return 1
	dd if="$image" iflag=skip_bytes,count_bytes skip=$(((sects + 1) * 512 + offset)) count="$length" status=none
}

# Decompresses stdin by its magic (the kernel's own choices: gzip, xz, zstd,
# lzma, bzip2, lz4). The kernel appends the size after the stream, which some
# decompressors call an error: the caller judges the output, not the status.
decompress_by_magic() {
	local tmp=$1 magic
	cat >"$tmp"
	magic=$(od -An -tx1 -N6 "$tmp" | tr -d ' \n')
	case $magic in
	1f8b*) gzip -dc <"$tmp" ;;
	fd377a585a00) xz -dc <"$tmp" ;;
	28b52ffd*) zstd -dcq <"$tmp" ;;
	5d0000*) xz -dc --format=lzma <"$tmp" ;;
	425a68*) bzip2 -dc <"$tmp" ;;
	02214c18*) lz4 -dc <"$tmp" ;;
	*) return 1 ;;
	esac
}

# kernel_boot_file KERNEL: prints what QEMU should boot for KERNEL (logged when
# it is not KERNEL itself). The unpacked ELF is cached by the image's checksum.
kernel_boot_file() {
	local kernel=$1
	if [ "$ARCH_BOOT_ELF" != pvh ]; then
		printf '%s\n' "$kernel"
		return 0
	fi
	local sum dir elf
	sum=$(md5sum <"$kernel" | cut -c1-16)
	dir=$CACHE_DIR/pvh
	elf=$dir/vmlinux-$sum
	if [ ! -f "$elf" ]; then
		mkdir -p "$dir"
		{ bzimage_payload "$kernel" | decompress_by_magic "$elf.z"; } >"$elf.tmp" 2>/dev/null || true
		if ! readelf -n "$elf.tmp" 2>/dev/null | grep -Eq 'Xen .*(\(0x00000012\)|PHYS32_ENTRY)'; then
			rm -f "$elf.tmp" "$elf.z"
			log "$kernel: no PVH entry found (CONFIG_PVH, or a payload this cannot unpack): booting the image"
			printf '%s\n' "$kernel"
			return 0
		fi
		rm -f "$elf.z"
		mv "$elf.tmp" "$elf"
		# About 65 MB each: keep the four newest (a bisection makes many).
		ls -t "$dir"/vmlinux-* | tail -n +5 | xargs -r rm -f
	fi
	log "booting its ELF vmlinux through the PVH entry: $elf"
	printf '%s\n' "$elf"
}
