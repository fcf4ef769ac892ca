#!/bin/sh
# src/ in layers, drawn from its #include "..." lines.
#
# A module is a file's path under src/ without .c or .h: foo.c and foo.h are
# one module; src/tracee/ files are modules of their own (tracee/calls).  An
# arrow runs from a module to each module one of its files includes (resolved
# as the compiler does: next to the file, else under src/; a header src/ does
# not hold, such as the generated personality-rows.h, is no module).
#
# A circle is a strongly connected component of more than one module.  An
# arrow back up is an arrow a depth-first walk (modules in name order, each
# one's arrows in name order) takes to a module still on its path: removing
# those leaves no circle, and each lies on one, so src/ has arrows back up
# exactly when it has a circle; their count says how far it is from layers.
# The test fails on any circle or more than 3 arrows back up.
. "$srcdir/tests/tap.sh"
scratch
plan 3
LC_ALL=C
export LC_ALL

# draw DIR OUT: DIR's arrows in OUT.arrows, its circles and arrows back up in
# OUT (lines "circle: M..." and "arrow back up: M -> M").
draw() (
	cd "$1" || exit 1
	for f in $(find . -name '*.[ch]' | sed 's,^\./,,' | sort); do
		dir=$(dirname "$f")
		sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
			if [ "$dir" != . ] && [ -f "$dir/$inc" ]; then
				to=$dir/$inc
			elif [ -f "$inc" ]; then
				to=$inc
			else
				continue
			fi
			echo "${f%.[ch]} ${to%.[ch]}"
		done
	done | sort -u >"$2.arrows"

	awk '
	$1 != $2 { out[$1] = out[$1] " " $2 }
	{ mod[$1]; mod[$2] }
	function visit(m,    n, i, arrows, t) {
		index_of[m] = low[m] = ++count
		stack[++sp] = m; on_stack[m] = on_path[m] = 1
		n = split(out[m], arrows, " ")
		for (i = 1; i <= n; i++) {
			t = arrows[i]
			if (on_path[t])
				print "arrow back up: " m " -> " t
			if (!(t in index_of)) {
				visit(t)
				if (low[t] < low[m]) low[m] = low[t]
			} else if (on_stack[t] && index_of[t] < low[m])
				low[m] = index_of[t]
		}
		on_path[m] = 0
		if (low[m] == index_of[m]) {
			circle = ""; size = 0
			do { t = stack[sp--]; on_stack[t] = 0; circle = size++ ? t " " circle : t } while (t != m)
			if (size > 1)
				print "circle: " circle
		}
	}
	END {
		n = 0
		for (m in mod) names[++n] = m
		# Name order (awk has no portable sort).
		for (i = 2; i <= n; i++)
			for (k = i; k > 1 && names[k - 1] > names[k]; k--) { t = names[k]; names[k] = names[k - 1]; names[k - 1] = t }
		for (i = 1; i <= n; i++)
			if (!(names[i] in index_of))
				visit(names[i])
	}' "$2.arrows" >"$2"
)

# The checker sees a circle: a.h includes b.h, and b.c a.h.
mkdir "$tap_tmp/circle"
echo '#include "b.h"' >"$tap_tmp/circle/a.h"
echo '#include "a.h"' >"$tap_tmp/circle/b.c"
: >"$tap_tmp/circle/b.h"
draw "$tap_tmp/circle" "$tap_tmp/circle.found"
is "a fabricated circle is found, with its arrow back up" "arrow back up: b -> a
circle: a b" "$(sort "$tap_tmp/circle.found")"

draw "$srcdir/src" "$tap_tmp/found"
circles=$(grep -c "^circle:" "$tap_tmp/found")
back=$(grep -c "^arrow back up:" "$tap_tmp/found")
echo "# src/: $(cut -d' ' -f1 "$tap_tmp/found.arrows" | sort -u | wc -l) modules with arrows, $(wc -l <"$tap_tmp/found.arrows") arrows"
sed 's/^/# /' "$tap_tmp/found"
is "no circle among src/'s modules" 0 "$circles"
ok "at most 3 arrows back up (there are $back)" [ "$back" -le 3 ]
exit 0
