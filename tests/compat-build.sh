#!/bin/sh
# The native build covers the host's compat personalities (i386 on x86_64,
# s390-31 on s390x, arm on aarch64: arch/personalities.tab's compat query).
# Where a compiler for one links a static program here, the tree make check
# runs in has built its tracee and runner (src/ptrace-regress-tracee-P and
# src/ptrace-regress-P), and the host's runner traces that tracee instead of
# SKIPping for want of it.  Where none does (a tree configured with CC_P
# naming a compiler that does not exist), configure's summary says so and the
# runner SKIPs P's targets naming the compiler and the configure variable.
. "$srcdir/tests/tap.sh"
scratch
tab=$srcdir/arch/personalities.tab
table() { awk -v query="$1" -v entry="$2" -v key="$3" -f "$srcdir/arch/table.awk" "$tab"; }
native=$(awk -v query=cpu -v cpu="$(uname -m)" -f "$srcdir/arch/table.awk" "$tab")
compat=$(table compat "$native")
[ -n "$compat" ] || skip_all "$native has no compat personality in arch/personalities.tab"
built=$(dirname "$RUNNER")

# Does a compiler (words) link a static program here?  The same test configure makes.
links() {
	echo 'int main(void) { return 0; }' > "$tap_tmp/c.c"
	$1 -static -o "$tap_tmp/c" "$tap_tmp/c.c" >/dev/null 2>&1
}

var_of() { echo "CC_$(echo "$1" | tr 'a-z-' 'A-Z_')"; }

for p in $compat; do
	cc=
	for try in "$(table get "$p" cc)" "$(table get "$p" multilib_cc)"; do
		if [ -n "$try" ] && [ -z "$cc" ] && links "$try"; then cc=$try; fi
	done
	if [ -z "$cc" ]; then
		pass "$p: tracee and runner built # SKIP no compiler for $p here ($(table get "$p" cc); Debian: $(table get "$p" packages))"
		continue
	fi
	ok "$p: the build tree has the $p tracee (compiler $cc)" test -x "$built/ptrace-regress-tracee-$p"
	ok "$p: the build tree has the $p runner" test -x "$built/ptrace-regress-$p"
	TMPDIR=$tap_tmp "$RUNNER" --only "$p/*.stops.*" > "$tap_tmp/$p.ktap" 2>&1
	ok "$p: the host's runner finds the $p tracee" sh -c "! grep -q 'no tracee program\|no $p tracee' '$tap_tmp/$p.ktap'"
done

# A tree whose compat compilers cannot be had: from a copy of the
# distribution, configured with every CC_P naming a compiler that is not there.
${MAKE:-make} -s distdir distdir="$tap_tmp/src" >/dev/null || { flunk "make distdir"; done_testing; exit 0; }
vars=
for p in $compat; do vars="$vars $(var_of "$p")=/nonexistent/cc-$p"; done
mkdir "$tap_tmp/b"
# shellcheck disable=SC2086 # one word per variable
if (cd "$tap_tmp/b" && "$tap_tmp/src/configure" $vars > configure.out 2>&1 && ${MAKE:-make} -j2 > make.log 2>&1); then
	pass "a tree without compat compilers configures and builds"
	for p in $compat; do
		v=$(var_of "$p")
		ok "$p: configure's summary says it built none, naming $v" \
			grep -q "^ *compat $p *: not built: no $v=/nonexistent/cc-$p links" "$tap_tmp/b/configure.out"
		TMPDIR=$tap_tmp "$tap_tmp/b/src/ptrace-regress" --only "$p/*.stops.*" > "$tap_tmp/none.ktap" 2>&1
		ok "$p: its targets SKIP naming the compiler and $v" \
			grep -q "^ok [0-9]* $p/[a-z0-9]* # SKIP no $p tracee: configure found no compiler for it ($v=/nonexistent/cc-$p: .*$v=CC)" \
			"$tap_tmp/none.ktap"
		sed 's/^/# /' "$tap_tmp/none.ktap" | grep SKIP | head -3
	done
else
	flunk "a tree without compat compilers configures and builds"
	tail -n 20 "$tap_tmp/b/configure.out" "$tap_tmp/b/make.log" 2>/dev/null | sed 's/^/# /'
fi
is "no tracee is left running" "" "$(leftovers)"
done_testing
exit 0
