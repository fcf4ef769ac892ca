#!/bin/sh
# The Debian package (debian/, doc/packaging.md): dpkg-buildpackage -b builds
# it from a copy of this tree, lintian finds no error in it, it holds the
# runner, every personality's tracee (with its symbol table, which the unwind
# checks read), the compat runners' links, the man page, and the version of
# configure's AC_INIT; and the packaged runner judges this kernel as the
# build's does.  Everything happens in a scratch directory (HOME too); the
# package is not installed (its autopkgtest does that: doc/packaging.md).
# SKIP naming the tool where dpkg-buildpackage, debhelper or lintian is
# missing (ci/install-deps --package installs them).
. "$srcdir/tests/tap.sh"
have_cmds dpkg-buildpackage || skip_all "dpkg-buildpackage (Debian package dpkg-dev) is not installed"
have_cmds dh || skip_all "dh (Debian package debhelper) is not installed: ci/install-deps --package"
have_cmds lintian || skip_all "lintian is not installed: ci/install-deps --package"
scratch

version=$("$RUNNER" --version | sed 's/^ptrace-regress //')
src=$tap_tmp/ptrace-regress-$version
mkdir "$src"
# The tree's files: git's list where it is a work tree (tracked and new, not
# ignored), else all but build directories.
if git -C "$srcdir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$srcdir" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -C "$src" -xf -
else
	(cd "$srcdir" && tar --exclude='./build*' --exclude=./debian/build --exclude=./autom4te.cache -cf - .) | tar -C "$src" -xf -
fi

# A clean environment: make check's (srcdir, MAKEFLAGS, RUNNER, ...) would
# reach configure and make; HOME in the scratch directory.  nocheck: the
# package's build tests are its own (debian/rules), and this keeps it short.
build_env() {
	env -i PATH="$PATH" HOME="$tap_tmp" TMPDIR="$tap_tmp" LANG=C.UTF-8 \
		DEB_BUILD_OPTIONS="nocheck parallel=2" "$@"
}
(cd "$src" && build_env dpkg-buildpackage -b -us -uc) >"$tap_tmp/build.log" 2>&1
ok "dpkg-buildpackage -b -us -uc succeeds" test $? -eq 0
[ $tap_n -eq 1 ] && [ $tap_failed -eq 0 ] || {
	tail -n 30 "$tap_tmp/build.log" | sed 's/^/# /'
	done_testing
	exit 0
}
deb=$(ls "$tap_tmp"/ptrace-regress_*.deb)
changes=$(ls "$tap_tmp"/*.changes)

build_env lintian --fail-on error "$changes" >"$tap_tmp/lintian.txt" 2>&1
status=$?
is "lintian reports no error" "" "$(grep '^E:' "$tap_tmp/lintian.txt")"
is "lintian exits 0" 0 "$status"
sed -n 's/^\([WIP]: \)/# lintian: \1/p' "$tap_tmp/lintian.txt"

is "the package's version is AC_INIT's" "$version" "$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
dpkg-deb -x "$deb" "$tap_tmp/root"
root=$tap_tmp/root
ok "it installs /usr/bin/ptrace-regress" test -x "$root/usr/bin/ptrace-regress"
ok "it installs the man page" test -s "$root/usr/share/man/man1/ptrace-regress.1.gz"
libexec=$root/usr/libexec/ptrace-regress
for p in $("$RUNNER" --list | sed -n 's,^\([^/.]*\)/.*,\1,p' | sort -u); do
	ok "it installs the $p tracee" test -x "$libexec/ptrace-regress-tracee-$p"
	ok "the $p tracee keeps its symbol table (pr_stub_*)" \
		sh -c "readelf -Ws '$libexec/ptrace-regress-tracee-$p' | grep -q ' pr_stub_'"
done
for link in "$root"/usr/bin/ptrace-regress-*; do
	[ -L "$link" ] || continue
	name=${link##*/ptrace-regress-}
	is "ptrace-regress-$name links to its own directory" "../libexec/ptrace-regress/$name/ptrace-regress" "$(readlink "$link")"
	ok "ptrace-regress-$name's directory holds its runner" test -x "$libexec/$name/ptrace-regress"
done

# The packaged runner and tracees judge this kernel as the build's do (the
# same totals; the findings' reproducers left out: the unpacked runner would
# look for them where the package installs them).
"$RUNNER" --only '*/*' >"$tap_tmp/build.ktap" 2>&1
built=$?
"$root/usr/bin/ptrace-regress" --tracee-dir "$libexec" --only '*/*' >"$tap_tmp/deb.ktap" 2>&1
is "the packaged runner exits as the build's ($built)" "$built" "$?"
is "the packaged runner's totals are the build's" "$(grep '^# Totals' "$tap_tmp/build.ktap")" "$(grep '^# Totals' "$tap_tmp/deb.ktap")"
done_testing
exit 0
