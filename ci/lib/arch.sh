# What differs between architectures, as data. `arch_load ARCH` sets the ARCH_* variables;
# `personality_load NAME` sets the PERS_* variables of one build (one runner + its tracees).
# Adding an arch is adding a case to each function.

ARCHES="s390x x86_64 aarch64"

arch_load() {
	case $1 in
	s390x)
		ARCH_DEB=s390x
		ARCH_QEMU=qemu-system-s390x
		ARCH_QEMU_ARGS="-M s390-ccw-virtio"
		ARCH_CONSOLE=ttysclp0
		# `file -bz` of a kernel for this arch must match this (ERE).
		ARCH_KERNEL_FILE_RE='Linux S390|ELF 64-bit MSB .*IBM S/390'
		ARCH_PERSONALITIES="s390x s390-31"
		;;
	x86_64)
		ARCH_DEB=amd64
		ARCH_QEMU=qemu-system-x86_64
		ARCH_QEMU_ARGS=""
		ARCH_CONSOLE=ttyS0
		ARCH_KERNEL_FILE_RE='Linux kernel x86 boot executable bzImage'
		ARCH_PERSONALITIES="x86_64 i386"
		;;
	aarch64)
		ARCH_DEB=arm64
		ARCH_QEMU=qemu-system-aarch64
		# -cpu max is 3x slower under TCG (pointer-auth emulation).
		ARCH_QEMU_ARGS="-M virt -cpu cortex-a57"
		ARCH_CONSOLE=ttyAMA0
		ARCH_KERNEL_FILE_RE='Linux kernel ARM64 boot executable Image|ELF 64-bit LSB .*ARM aarch64'
		# arm: AArch32 EL0 tracees, traced by both runners (the compat path).
		ARCH_PERSONALITIES="aarch64 arm"
		;;
	*)
		return 1
		;;
	esac
	# Debian's kernel metapackage for the arch; its Depends names the current ABI's package.
	ARCH_KERNEL_META=linux-image-$ARCH_DEB
}

# PERS_HOST: configure --host triplet; PERS_CC: compiler command;
# PERS_DEB: Debian arch of its Check/libunwind sysroot, empty when Debian has none.
# A 64-bit runner traces the 32-bit personality's tracee too: the initramfs puts
# every build's tracees next to every runner (see initramfs.sh).
personality_load() {
	case $1 in
	s390x)
		PERS_HOST=s390x-linux-gnu PERS_CC=s390x-linux-gnu-gcc PERS_DEB=s390x
		;;
	s390-31)
		# Debian has no 31-bit s390 libraries: this build goes without Check and libunwind.
		PERS_HOST=s390-linux-gnu PERS_CC="s390x-linux-gnu-gcc -m31" PERS_DEB=""
		;;
	x86_64)
		PERS_HOST=x86_64-linux-gnu PERS_CC=x86_64-linux-gnu-gcc PERS_DEB=amd64
		;;
	i386)
		PERS_HOST=i686-linux-gnu PERS_CC=i686-linux-gnu-gcc PERS_DEB=i386
		;;
	aarch64)
		PERS_HOST=aarch64-linux-gnu PERS_CC=aarch64-linux-gnu-gcc PERS_DEB=arm64
		;;
	arm)
		PERS_HOST=arm-linux-gnueabihf PERS_CC=arm-linux-gnueabihf-gcc PERS_DEB=armhf
		;;
	*)
		return 1
		;;
	esac
}
