#!/bin/sh
# arch/personalities.tab agrees with the tree: every folder under arch/ has an
# entry and every entry a folder; each entry has the keys configure, the build
# and ci/ read, and a VM's entry its kernel and QEMU keys; each folder's
# local.am is included by Makefile.am, and its VM has a job in the GitHub
# workflow; each personality's row is defined.
. "$srcdir/tests/tap.sh"
tab=$srcdir/arch/personalities.tab
table() { awk -v query="$1" -v entry="$2" -v key="$3" -f "$srcdir/arch/table.awk" "$tab"; }
# Does entry $1 set key $2 (to anything, '-' included)?
has_key() { awk -v e="[$1]" -v k="$2" '$0 == e { on = 1; next } /^\[/ { on = 0 } on && $1 == k && $2 == "=" { f = 1 } END { exit !f }' "$tab"; }

ok "the table parses" sh -c "awk -v query=names -f '$srcdir/arch/table.awk' '$tab' >/dev/null"
names=$(table names)
for d in "$srcdir"/arch/*/; do
	d=$(basename "$d")
	has=
	for e in $names; do [ "$(table get "$e" dir)" != "$d" ] || has=$e; done
	ok "arch/$d has an entry (${has:-none})" test -n "$has"
done
for e in $names; do
	dir=$(table get "$e" dir) missing=
	for k in dir host_cpu triplet cc sysroot packages vm; do
		has_key "$e" "$k" || missing="$missing $k"
	done
	vm=$(table get "$e" vm)
	if [ "$vm" = "$e" ]; then
		lines=$(table get "$e" kernel_lines)
		[ -n "$lines" ] || lines="current lts"
		for line in current lts; do
			case " $lines " in
			*" $line "*)
				ok "$e: the GitHub workflow has a job for $e@$line" \
					grep -qx " *- $e@$line" "$srcdir/.github/workflows/vm-check.yml"
				[ -n "$(table get "$e" "kernel_$line")" ] || missing="$missing kernel_$line" ;;
			*)
				ok "$e: no workflow job for its missing line $e@$line" \
					sh -c "! grep -qx ' *- $e@$line' '$srcdir/.github/workflows/vm-check.yml'"
				[ -n "$(table get "$e" kernel_lines_why)" ] || missing="$missing kernel_lines_why" ;;
			esac
		done
		for k in kernel_deb kernel_boot kernel_re qemu console; do
			[ -n "$(table get "$e" "$k")" ] || missing="$missing $k"
		done
	elif [ -n "$vm" ]; then
		[ "$(table get "$vm" vm)" = "$vm" ] || missing="$missing vm($vm is no VM)"
	fi
	is "$e: no key missing" "" "$missing"
	ok "$e: arch/$dir/local.am is included by Makefile.am" \
		grep -qx "include arch/$dir/local.am" "$srcdir/Makefile.am"
	id=$(printf '%s' "$e" | tr - _)
	ok "$e: arch/$dir/personality.c defines pr_personality_$id" \
		grep -q "^const struct pr_personality pr_personality_$id = {" "$srcdir/arch/$dir/personality.c"
done
done_testing
exit 0
