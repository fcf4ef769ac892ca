#!/bin/sh
# ci/kconfig.fragment keeps in step with what the suite uses: each feature
# below that the sources use needs its kernel option in the fragment (its
# every-arch part, or the part of each VM arch that has the compat ABI).
. "$srcdir/tests/tap.sh"
frag=$srcdir/ci/kconfig.fragment
# option, what in the sources uses it (a fixed string), where
needs() {
	if grep -rqF --exclude=kconfig.fragment -- "$2" "$srcdir/src" "$srcdir/arch" "$srcdir/ci"; then
		ok "$2 ($3) needs CONFIG_$1" grep -qx "CONFIG_$1=y" "$frag"
	fi
}
needs CROSS_MEMORY_ATTACH PR_SYS_process_vm_writev "the surface groups' call"
needs SECCOMP_FILTER SECCOMP_RET_TRACE "seccomp groups"
needs NET PR_SYS_shutdown "ENOTSOCK from shutdown()"
needs FUTEX pthread_create "the threads group's worker"
needs POSIX_TIMERS PR_SYS_nanosleep "the restart group"
needs HIGH_RES_TIMERS PR_SYS_nanosleep "nanosleep's restart block"
needs SHMEM memfd_create "the memfd fixture"
needs TMPFS memfd_create "memfd_create, def_bool TMPFS"
needs BLK_DEV_INITRD initramfs "vm-check's initramfs"
needs DEVTMPFS devtmpfs "guest-init's /dev"
# Each VM arch whose kernel runs a compat personality has compat in its part.
for arch in x86_64 aarch64; do
	ok "$arch: CONFIG_COMPAT in its part" sh -c \
		"awk '/^# --- / { p = \$3 } p == \"$arch\" && /^CONFIG_COMPAT=y\$/ { f = 1 } END { exit !f }' '$frag'"
	ok "$arch: CONFIG_COMPAT_32BIT_TIME (compat nanosleep)" sh -c \
		"awk '/^# --- / { p = \$3 } p == \"$arch\" && /^CONFIG_COMPAT_32BIT_TIME=y\$/ { f = 1 } END { exit !f }' '$frag'"
done
for opt in MIPS32_O32 MIPS32_N32 COMPAT_32BIT_TIME; do
	ok "mips64el: CONFIG_$opt in its part (o32 and n32 tracees)" sh -c \
		"awk '/^# --- / { p = \$3 } p == \"mips64el\" && /^CONFIG_$opt=y\$/ { f = 1 } END { exit !f }' '$frag'"
done
# powerpc's tinyconfig is a 32-bit big-endian kernel: the ppc64le VM needs a
# 64-bit little-endian pseries one, with the vector units glibc uses.
for opt in PPC64 CPU_LITTLE_ENDIAN PPC_PSERIES HVC_CONSOLE ALTIVEC VSX; do
	ok "ppc64le: CONFIG_$opt in its part" sh -c \
		"awk '/^# --- / { p = \$3 } p == \"ppc64le\" && /^CONFIG_$opt=y\$/ { f = 1 } END { exit !f }' '$frag'"
done
done_testing
exit 0
