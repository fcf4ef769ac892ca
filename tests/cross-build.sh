#!/bin/sh
# The tree configures and compiles for other hosts (--host=<triplet>, static),
# with each arch's live half, stubs and tracee: one result per cross compiler
# installed (Debian: gcc-s390x-linux-gnu, gcc-aarch64-linux-gnu,
# gcc-i686-linux-gnu, gcc-arm-linux-gnueabihf).
. "$srcdir/tests/tap.sh"
scratch
# From a copy of the distribution: a source tree configured in place cannot
# take another (out-of-tree) configure.
${MAKE:-make} -s distdir distdir="$tap_tmp/src" >/dev/null || { flunk "make distdir"; done_testing; exit 0; }
src=$tap_tmp/src

for triplet in s390x-linux-gnu aarch64-linux-gnu i686-linux-gnu arm-linux-gnueabihf; do
	if ! command -v "$triplet-gcc" >/dev/null 2>&1; then
		pass "$triplet # SKIP no $triplet-gcc (Debian package gcc-$triplet)"
		continue
	fi
	mkdir "$tap_tmp/$triplet"
	if (cd "$tap_tmp/$triplet" && "$src/configure" -q --host="$triplet" LDFLAGS=-static &&
	    make -j2 >make.log 2>&1) >"$tap_tmp/$triplet.log" 2>&1; then
		tracee=$(ls "$tap_tmp/$triplet"/src/ptrace-regress-tracee-* 2>/dev/null | head -n 1)
		ok "$triplet: runner and tracee build ($(basename "${tracee:-none}"))" test -n "$tracee"
	else
		flunk "$triplet: configure or make failed"
		tail -n 20 "$tap_tmp/$triplet.log" "$tap_tmp/$triplet/make.log" 2>/dev/null | sed 's/^/# /'
	fi
done
done_testing
exit 0
