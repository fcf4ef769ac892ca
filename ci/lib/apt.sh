# Debian packages for a foreign arch without touching the system's dpkg/apt state:
# a private apt state per Debian arch under the cache (its own package lists, no
# installed-status), so neither root nor `dpkg --add-architecture` is needed.
# Multiarch installs can also be refused on version skew; downloading and
# unpacking .debs always works.

# APT_SUITE: a Debian release other than the system's to take packages from
# (a kernel line's suite, see kernel.sh), empty for the system's own sources.
# Each such suite keeps its state apart: apt/<arch>-<suite>.
APT_SUITE=""
apt_state_dir() { printf '%s/apt/%s%s' "$CACHE_DIR" "$1" "${APT_SUITE:+-$APT_SUITE}"; }

# The system's own release (bookworm on Debian 12).
apt_system_suite() { (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}"); }

# The system's Debian mirror: the first non-security URI of its apt sources
# (deb822 "URIs:" or one-line "deb"), read at run time, never written down.
apt_system_mirror() {
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
		awk '$1 == "URIs:" { for (i = 2; i <= NF; i++) print $i }
		     $1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[|=|\]$/) { print $i; break } }' |
		grep -v -e security -e '^cdrom:' | head -n 1
}

# With APT_SUITE set, a sources list of one line for that suite, limited to the
# arch: "deb [arch=<deb-arch>] <the system's mirror> <suite> main". Prints its path.
apt_sources() {
	local deb_arch=$1 state=$2 mirror
	mirror=$(apt_system_mirror)
	[ -n "$mirror" ] || { log "no Debian mirror in /etc/apt/sources*"; return 1; }
	printf 'deb [arch=%s] %s %s main\n' "$deb_arch" "$mirror" "$APT_SUITE" >"$state/sources.list.new"
	mv "$state/sources.list.new" "$state/sources.list"
	printf '%s\n' "$state/sources.list"
}

apt_private() {
	local deb_arch=$1 tool=$2
	shift 2
	local state
	state=$(apt_state_dir "$deb_arch")
	# Check-Valid-Until off: a Release file past its Valid-Until (a frozen
	# mirror, or snapshot.debian.org when bisecting) still names the same
	# signed packages; these are only unpacked for the VMs, never installed.
	# Without it one machine got sid's 7.2.13 and another trixie-backports' 7.2.11.
	local opts=(
		-o "APT::Architecture=$deb_arch" -o "APT::Architectures=$deb_arch"
		-o "Acquire::Check-Valid-Until=false"
		-o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache"
		-o "Dir::State::status=/dev/null" -o "Debug::NoLocking=1"
	)
	# As root apt drops to the _apt user, which cannot write the private dirs.
	[ "$(id -u)" = 0 ] && opts+=(-o "APT::Sandbox::User=root")
	if [ -n "$APT_SUITE" ]; then
		mkdir -p "$state"
		local list
		list=$(apt_sources "$deb_arch" "$state") || return 1
		opts+=(-o "Dir::Etc::SourceList=$list" -o "Dir::Etc::SourceParts=/nonexistent")
	fi
	"$tool" -q "${opts[@]}" "$@"
}

# Fetches the package lists when missing or older than a day (or when forced).
# Locked per state dir: ci/matrix's native build and the x86_64 VM, say, may
# both want the amd64 lists, and apt's own lock is off (Debug::NoLocking).
apt_update() {
	local deb_arch=$1 force=${2:-}
	local state lock
	state=$(apt_state_dir "$deb_arch")
	mkdir -p "$state/lists/partial" "$state/cache/archives/partial"
	exec {lock}>"$state.lock"
	flock "$lock"
	if [ -z "$force" ] && [ -n "$(find "$state/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null)" ]; then
		exec {lock}>&-
		return 0
	fi
	log "updating the $deb_arch package lists"
	# It fails when any one index fails (a mirror mid-sync, say); what matters is
	# that some lists are there.
	apt_private "$deb_arch" apt-get update >"$state/update.log" 2>&1 ||
		log "warning: apt-get update for $deb_arch had errors (see $state/update.log)"
	exec {lock}>&-
	[ -n "$(find "$state/lists" -maxdepth 1 -name '*_Packages*')" ] ||
		{ tail -n 5 "$state/update.log" >&2; return 1; }
}

# The first Depends of PACKAGE whose name matches the ERE PATTERN.
apt_depends_matching() {
	local deb_arch=$1 package=$2 pattern=$3
	apt_private "$deb_arch" apt-cache depends "$package" 2>/dev/null |
		awk -v re="$pattern" '$1 == "Depends:" && $2 ~ re { print $2; exit }'
}

# PACKAGE and its Depends closure restricted to names matching the ERE KEEP
# (libc and friends come from the cross toolchain, not from the target's debs).
apt_closure() {
	local deb_arch=$1 keep=$2
	shift 2
	apt_private "$deb_arch" apt-cache depends --recurse --no-recommends --no-suggests \
		--no-conflicts --no-breaks --no-replaces --no-enhances "$@" 2>/dev/null |
		awk -v re="$keep" '
			/^[^ ]/ { name = $1 }
			/^  *(PreDepends|Depends):/ { name = $2 }
			{ sub(/:.*/, "", name); if (name ~ re && !(name in seen)) { seen[name]; print name } }'
}

# Downloads PACKAGES into DIR; retries once with fresh lists (a package replaced
# on the mirror since the last update is a 404).
apt_download() {
	local deb_arch=$1 dir=$2
	shift 2
	mkdir -p "$dir"
	(cd "$dir" && apt_private "$deb_arch" apt-get download "$@") >"$dir/download.log" 2>&1 && return 0
	apt_update "$deb_arch" force || return 1
	(cd "$dir" && apt_private "$deb_arch" apt-get download "$@") >"$dir/download.log" 2>&1 ||
		{ tail -n 5 "$dir/download.log" >&2; return 1; }
}
