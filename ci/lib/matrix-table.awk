# Reads ktap-flatten.awk lines and prints a table: one row per VM arch (and
# kernel line, with the release it ran) > runner personality > traced target, one column per scenario group plus the
# total, each cell "pass/fail/skip". -v group_level=N: the path component that
# names the group (4 for ARCH::RUNNER::TARGET::GROUP::CHECK); a shorter path
# (kernel-log) is a row of its own with group "-".  Known kernel bugs (xfail)
# and passes a known bug should have failed (xpass), as the runner said them
# (src/verdict.h), are counted after the three, "+Nxfail" and "+Nxpass", and
# listed one by one below the table.
BEGIN { FS = "\t"; if (!group_level) group_level = 4 }
{
	n = split($1, part, "::")
	last = n > group_level ? group_level - 1 : n >= group_level ? n - 1 : n
	row = part[1] ($5 == "" ? "" : " [" $5 "]")
	for (i = 2; i <= last; i++) row = row " > " part[i]
	group = n >= group_level ? part[group_level] : "-"
	if (!(row in rowseen)) { rowseen[row]; rows[++nrows] = row }
	if (!(group in groupseen)) { groupseen[group]; groups[++ngroups] = group }
	count[row, group, $2]++
	count[row, "total", $2]++
	count[row, group, "any"]++
	if ($2 == "xfail" || $2 == "xpass") {
		note = $3
		if ($2 == "xpass") { # the runner's note, first of its lines
			note = $4; sub(/^.*(^|\\n)XPASS /, "XPASS ", note); sub(/\\n.*/, "", note)
		}
		known[++nknown] = $2 "  " $1 "  " note ($5 == "" ? "" : " [kernel " $5 "]")
	}
}
function cell(row, group) {
	if (group != "total" && !((row, group, "any") in count))
		return "."
	return (count[row, group, "pass"] + 0) "/" (count[row, group, "fail"] + 0) "/" (count[row, group, "skip"] + 0) \
		(count[row, group, "xfail"] ? "+" count[row, group, "xfail"] "xfail" : "") \
		(count[row, group, "xpass"] ? "+" count[row, group, "xpass"] "xpass" : "")
}
function width(text, w) { return length(text) > w ? length(text) : w }
END {
	groups[++ngroups] = "total"
	w0 = length("arch > runner > target")
	for (r = 1; r <= nrows; r++) w0 = width(rows[r], w0)
	for (g = 1; g <= ngroups; g++) {
		w[g] = width(groups[g], 5)
		for (r = 1; r <= nrows; r++) w[g] = width(cell(rows[r], groups[g]), w[g])
	}
	printf "%-" w0 "s", "arch > runner > target"
	for (g = 1; g <= ngroups; g++) printf "  %" w[g] "s", groups[g]
	printf "\n"
	for (r = 1; r <= nrows; r++) {
		printf "%-" w0 "s", rows[r]
		for (g = 1; g <= ngroups; g++) printf "  %" w[g] "s", cell(rows[r], groups[g])
		printf "\n"
	}
	print "(cells: pass/fail/skip, then known kernel bugs (xfail) and passes a known bug should have failed (xpass); \".\": group not run)"
	for (k = 1; k <= nknown; k++)
		print known[k]
}
