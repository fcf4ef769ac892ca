#!/bin/sh
# The tree configures and compiles for other hosts (--host=<triplet>, static),
# with each arch's live half, stubs and tracee: one result per personality in
# arch/personalities.tab other than the build machine's own, SKIPped where its
# cross compiler is not installed (ci/install-deps installs them).  A cross
# build takes no header from the build machine's multiarch include directory
# (its own libraries there are for another ABI): the compiler's dependency
# files name every header it read.
. "$srcdir/tests/tap.sh"
scratch
# From a copy of the distribution: a source tree configured in place cannot
# take another (out-of-tree) configure.
${MAKE:-make} -s distdir distdir="$tap_tmp/src" >/dev/null || { flunk "make distdir"; done_testing; exit 0; }
src=$tap_tmp/src
table() { awk -v query="$1" -v entry="$2" -v key="$3" -f "$src/arch/table.awk" "$src/arch/personalities.tab"; }
native=$(awk -v query=cpu -v cpu="$(uname -m)" -f "$src/arch/table.awk" "$src/arch/personalities.tab")
build_multiarch=$(${CC:-gcc} -print-multiarch 2>/dev/null)

for pers in $(table names); do
	[ "$pers" != "$native" ] || continue
	triplet=$(table get "$pers" triplet) cc=$(table get "$pers" cc)
	if [ -z "$cc" ]; then
		pass "$pers # SKIP Debian has no C compiler for $triplet"
		continue
	fi
	if ! command -v "${cc%% *}" >/dev/null 2>&1; then
		pass "$pers # SKIP no ${cc%% *} (Debian packages: $(table get "$pers" packages))"
		continue
	fi
	mkdir "$tap_tmp/$pers"
	if (cd "$tap_tmp/$pers" && "$src/configure" -q --host="$triplet" CC="$cc" LDFLAGS=-static --disable-compat &&
	    make -j2 >make.log 2>&1) >"$tap_tmp/$pers.log" 2>&1; then
		ok "$pers ($triplet): runner and tracee build" test -x "$tap_tmp/$pers/src/ptrace-regress-tracee-$pers"
		if [ -n "$build_multiarch" ]; then
			leaked=$(find "$tap_tmp/$pers" -path '*/.deps/*.Po' -exec cat {} + |
				grep -o "/usr/include/$build_multiarch/[^ :]*" | sort -u | head -3)
			is "$pers: no header from the build machine's /usr/include/$build_multiarch" "" "$leaked"
		fi
	else
		flunk "$pers ($triplet): configure or make failed"
		tail -n 20 "$tap_tmp/$pers.log" "$tap_tmp/$pers/make.log" 2>/dev/null | sed 's/^/# /'
	fi
done
done_testing
exit 0
