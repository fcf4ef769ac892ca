#!/bin/bash
# ci/lib/pvh.sh: the ELF inside a bzImage is booted only where it has the PVH
# entry note, and is exactly the image's payload decompressed; anything else
# boots the image as it is. The images are made here: a setup of two sectors
# and a compressed ELF whose note section has (or lacks) XEN_ELFNOTE_PHYS32_ENTRY.
set -uo pipefail
CI_DIR=$(cd "$(dirname "$0")/.." && pwd)
source "$CI_DIR/../tests/tap.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for lib in common pvh; do source "$CI_DIR/lib/$lib.sh"; done
CACHE_DIR=$out/cache
log() { :; }

# make_image NOTE_TYPE COMPRESSOR OUT: an ELF object with one Xen note, in a bzImage frame.
make_image() {
	local type=$1 z=$2 image=$3
	printf '.section .note.Xen, "a"\n.balign 4\n.long 4, 8, %s\n.asciz "Xen"\n.balign 4\n.quad 0x1000000\n' "$type" >"$out/note.s"
	gcc -c -o "$image.elf" "$out/note.s" || return 1
	"$z" -c <"$image.elf" >"$image.z"
	# Sector 0 with setup_sects = 1 at 0x1f1, payload_offset 0 and payload_length
	# at 0x248 and 0x24c; sector 1 is the (empty) setup; the payload follows.
	head -c 1024 /dev/zero >"$image"
	printf '\001' | dd of="$image" bs=1 seek=$((0x1f1)) conv=notrunc status=none
	local len
	len=$(stat -c %s "$image.z")
	printf "$(printf '\\%03o' $((len & 255)) $((len >> 8 & 255)) $((len >> 16 & 255)) $((len >> 24 & 255)))" |
		dd of="$image" bs=1 seek=$((0x24c)) conv=notrunc status=none
	cat "$image.z" >>"$image"
	printf 'SIZE' >>"$image" # the size the kernel build appends after the stream
}

if ! have_cmds gcc readelf xz gzip; then
	skip "pvh unpacking" "needs gcc, readelf, xz and gzip"
	done_testing
	exit
fi
ARCH_BOOT_ELF=pvh
for z in gzip xz; do
	make_image 18 "$z" "$out/pvh-$z" || { flunk "building a test image"; break; }
	got=$(kernel_boot_file "$out/pvh-$z")
	if [ "$got" != "$out/pvh-$z" ] && cmp -s "$got" "$out/pvh-$z.elf"; then
		pass "$z: the image's ELF, with its PVH note, is what boots"
	else
		flunk "$z: boots $got"
	fi
done
make_image 17 gzip "$out/no-pvh" && got=$(kernel_boot_file "$out/no-pvh")
if [ "$got" = "$out/no-pvh" ]; then pass "an ELF without the PVH note: the image boots"; else flunk "no note: boots $got"; fi
head -c 4096 /dev/urandom >"$out/junk"
got=$(kernel_boot_file "$out/junk")
if [ "$got" = "$out/junk" ]; then pass "not a bzImage: it boots as it is"; else flunk "junk: boots $got"; fi
ARCH_BOOT_ELF=""
got=$(kernel_boot_file "$out/pvh-gzip")
if [ "$got" = "$out/pvh-gzip" ]; then pass "an arch without boot_elf boots the image"; else flunk "boot_elf unset: boots $got"; fi
done_testing
