# Which accelerator a VM boots with: KVM where it is real, TCG everywhere else.
# /dev/kvm opening proves nothing: on one machine of this kind an x86_64 guest
# under -accel kvm never got past "Booting from ROM" (nested virtualisation,
# all its time in the host kernel) while TCG booted the same kernel in 2 s.
# So `auto` takes KVM only for a guest of the host's own arch, with /dev/kvm
# open for reading and writing, and after a calibration boot with this kernel
# on this machine (cached) finished faster under KVM than under TCG.

# accel_args KIND: QEMU's options for it.
accel_args() {
	case $1 in
	kvm) printf '%s\n' "-accel kvm -cpu host" ;;
	*) printf '%s\n' "-accel tcg" ;;
	esac
}

# Is /dev/kvm there and usable by us? Sets KVM_WHY when not.
kvm_usable() {
	KVM_WHY=""
	if [ ! -c /dev/kvm ]; then
		KVM_WHY="no /dev/kvm"
	elif ! { : <>/dev/kvm; } 2>/dev/null; then
		KVM_WHY="/dev/kvm does not open for reading and writing"
	fi
	[ -z "$KVM_WHY" ]
}

# A bare boot (the init runs nothing) of KERNEL under KIND within LIMIT
# seconds: sets BARE_SECONDS to its wall time, or fails when it did not power
# off in time.
accel_bare_boot() {
	local kind=$1 kernel=$2 initrd=$3 limit=$4 dir=$5 t
	t=$(now)
	QEMU_ACCEL_ARGS=$(accel_args "$kind")
	qemu_boot "$kernel" "$initrd" "$dir/calibrate-$kind.log" "$limit"
	BARE_SECONDS=$(elapsed "$t")
	[ "$QEMU_TIMED_OUT" = 0 ] && grep -q 'ptrace-regress-vm: done status' "$dir/calibrate-$kind.log"
}

# accel_choose MODE ARCH KERNEL WORKDIR INIT: sets ACCEL (kvm or tcg) and
# ACCEL_WHY, and QEMU_ACCEL_ARGS for qemu_boot.
accel_choose() {
	local mode=$1 arch=$2 kernel=$3 dir=$4 init=$5
	ACCEL=tcg
	case $mode in
	tcg) ACCEL_WHY="--accel tcg" ;;
	kvm)
		kvm_usable || die "--accel kvm: $KVM_WHY"
		ACCEL=kvm ACCEL_WHY="--accel kvm"
		;;
	auto) accel_auto "$arch" "$kernel" "$dir" "$init" ;;
	*) die "--accel wants kvm, tcg or auto, not '$mode'" ;;
	esac
	QEMU_ACCEL_ARGS=$(accel_args "$ACCEL")
}

accel_auto() {
	local arch=$1 kernel=$2 dir=$3 init=$4
	local host
	host=$(personality_for_cpu "$(uname -m)" 2>/dev/null || true)
	if [ "$host" != "$arch" ]; then
		ACCEL_WHY="auto: TCG, the guest ($arch) is not the host's arch (${host:-$(uname -m)})"
		return
	fi
	if ! kvm_usable; then
		ACCEL_WHY="auto: TCG, $KVM_WHY"
		return
	fi
	# Cached per machine, host kernel and guest kernel.
	local key cache
	key=$({ cat /etc/machine-id 2>/dev/null || hostname; uname -r; stat -c '%s %Y' "$kernel"; echo "$kernel"; } |
		md5sum | cut -c1-16)
	cache=$CACHE_DIR/accel/$key
	if [ -f "$cache" ]; then
		read -r ACCEL ACCEL_WHY <"$cache"
		ACCEL_WHY="auto: ${ACCEL_WHY} (calibrated before: $cache)"
		return
	fi
	local initrd=$dir/calibrate.cpio tcg kvm="" limit
	initramfs_bare "$initrd" "$init"
	log "calibrating KVM against TCG with a bare boot of $kernel"
	if ! accel_bare_boot tcg "$kernel" "$initrd" 120 "$dir"; then
		ACCEL_WHY="auto: TCG, the TCG calibration boot did not finish"
		return
	fi
	tcg=$BARE_SECONDS
	# KVM must beat TCG's time: a boot that takes longer is no gain, whatever the cause.
	limit=$(awk -v t="$tcg" 'BEGIN { printf "%d", t + 1.5 }')
	accel_bare_boot kvm "$kernel" "$initrd" "$limit" "$dir" && kvm=$BARE_SECONDS
	if [ -n "$kvm" ] && awk -v k="$kvm" -v t="$tcg" 'BEGIN { exit !(k < t) }'; then
		ACCEL=kvm ACCEL_WHY="KVM, a bare boot took $kvm s under KVM, $tcg s under TCG"
	else
		ACCEL=tcg ACCEL_WHY="TCG, a bare boot took $tcg s under TCG and ${kvm:-more than $limit} s under KVM"
	fi
	mkdir -p "$(dirname "$cache")"
	printf '%s %s\n' "$ACCEL" "$ACCEL_WHY" >"$cache"
	ACCEL_WHY="auto: $ACCEL_WHY"
}
