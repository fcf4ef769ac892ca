# What differs between architectures, read from arch/personalities.tab (the one
# table the build reads too). `arch_load ARCH` sets the ARCH_* variables of a VM;
# `personality_load NAME` sets the PERS_* variables of one build (one runner +
# its tracees). Adding an arch is adding its entries to that table.

PR_TABLE=$SRC_DIR/arch/personalities.tab

# table QUERY [awk -v assignments...]: see arch/table.awk.
table() {
	local query=$1
	shift
	awk -v query="$query" "$@" -f "$SRC_DIR/arch/table.awk" "$PR_TABLE"
}
# The table read once, into PR_TAB[ENTRY<TAB>KEY] (PR_TAB[ENTRY] marks the
# entry): an awk per lookup made each vm-check's start 0.4 s.
declare -gA PR_TAB=()
PR_TAB_NAMES=""
while IFS=$'\t' read -r e k v; do
	[ -n "${PR_TAB[$e]+x}" ] || { PR_TAB[$e]=1; PR_TAB_NAMES="$PR_TAB_NAMES $e"; }
	[ -z "$k" ] || PR_TAB[$e$'\t'$k]=$v
done < <(table all)
unset e k v

# table_get ENTRY KEY: the value ('-' is nothing), as `table get` prints it;
# fails for an entry the table does not have.
table_get() {
	[ -n "${PR_TAB[$1]+x}" ] || return 1
	local v=${PR_TAB[$1$'\t'$2]-}
	[ "$v" = - ] || printf '%s\n' "$v"
}

# The VMs: entries that run in a VM of their own arch.
ARCHES=$(for e in $PR_TAB_NAMES; do [ "$(table_get "$e" vm)" != "$e" ] || printf '%s ' "$e"; done)
ARCHES=${ARCHES% }

# The kernel lines every VM arch runs on: `current`, the newest Debian kernel
# of the arch that downloads, and `lts`, Debian 12's (6.1; riscv64: Debian
# 13's, Debian 12 has none). Each entry names the suites of each line
# (kernel_current, kernel_lts), in order of preference.
KERNEL_LINES="current lts"

# The kernel lines VM arch $1 has (its kernel_lines, else every line), and
# why it lacks the others (kernel_lines_why), for ci/matrix and vm-check.
arch_lines() {
	local lines
	lines=$(table_get "$1" kernel_lines 2>/dev/null) || true
	printf '%s\n' "${lines:-$KERNEL_LINES}"
}
arch_lines_why() { table_get "$1" kernel_lines_why 2>/dev/null; }

# arch_load ARCH [LINE]: ARCH_QEMU/ARCH_QEMU_ARGS: the emulator and its machine
# options; ARCH_CONSOLE; ARCH_DEB: the Debian arch of the kernel; ARCH_LINE
# (default current) and ARCH_SUITES: the suites its kernel comes from, in order;
# ARCH_KERNEL_BOOT: the file in an old-style kernel package's /boot that QEMU
# boots; ARCH_KERNEL_FILE_RE: what `file -bzL` says of such a kernel;
# ARCH_BOOT_ELF: pvh where QEMU boots the ELF inside the image instead (pvh.sh);
# ARCH_PERSONALITIES: the builds the VM runs, in table order (the first is the
# kernel's own).
arch_load() {
	[ -n "$1" ] && [ "$(table_get "$1" vm 2>/dev/null)" = "$1" ] || return 1
	ARCH_LINE=${2:-current}
	case " $(arch_lines "$1") " in *" $ARCH_LINE "*) ;; *) return 1 ;; esac
	local qemu
	qemu=$(table_get "$1" qemu)
	ARCH_QEMU=${qemu%% *}
	ARCH_QEMU_ARGS=${qemu#"$ARCH_QEMU"}
	ARCH_QEMU_ARGS=${ARCH_QEMU_ARGS# }
	ARCH_CONSOLE=$(table_get "$1" console)
	ARCH_DEB=$(table_get "$1" kernel_deb)
	ARCH_SUITES=$(table_get "$1" "kernel_$ARCH_LINE")
	ARCH_KERNEL_BOOT=$(table_get "$1" kernel_boot)
	ARCH_KERNEL_FILE_RE=$(table_get "$1" kernel_re)
	ARCH_BOOT_ELF=$(table_get "$1" boot_elf)
	local e
	ARCH_PERSONALITIES=""
	for e in $PR_TAB_NAMES; do
		[ "${PR_TAB[$e$'\t'vm]-}" != "$1" ] || ARCH_PERSONALITIES="$ARCH_PERSONALITIES $e"
	done
	ARCH_PERSONALITIES=${ARCH_PERSONALITIES# }
	# Debian's kernel metapackage for the arch (kernel_meta where it is named
	# after the flavour); its Depends names the current ABI's package.
	ARCH_KERNEL_META=$(table_get "$1" kernel_meta)
	ARCH_KERNEL_META=${ARCH_KERNEL_META:-linux-image-$ARCH_DEB}
}

# PERS_HOST: configure --host triplet; PERS_CC: compiler command;
# PERS_DEB: Debian arch of its Check/libunwind sysroot, empty when Debian has none.
# A 64-bit runner traces the 32-bit personality's tracee too: the initramfs puts
# every build's tracees next to every runner (see initramfs.sh).
personality_load() {
	PERS_HOST=$(table_get "$1" triplet 2>/dev/null) || return 1
	PERS_CC=$(table_get "$1" cc)
	PERS_DEB=$(table_get "$1" sysroot)
	[ -n "$PERS_CC" ]
}

# The personality a machine whose CPU is $1 (uname -m) builds natively.
personality_for_cpu() {
	table cpu -v cpu="$1"
}
