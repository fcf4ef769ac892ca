# Reads ktap-flatten.awk lines (ARCH/PERSONALITY/GROUP/... <TAB> RESULT ...) and
# prints a table: one row per ARCH/PERSONALITY, one column per scenario group
# plus the total, each cell "pass/fail/skip".
BEGIN { FS = "\t" }
{
	n = split($1, part, "/")
	row = part[1] "/" part[2]
	group = n >= 3 ? part[3] : "-"
	if (!(row in rowseen)) { rowseen[row]; rows[++nrows] = row }
	if (!(group in groupseen)) { groupseen[group]; groups[++ngroups] = group }
	count[row, group, $2]++
	count[row, "total", $2]++
	count[row, group, "any"]++
}
function cell(row, group) {
	if (group != "total" && !((row, group, "any") in count))
		return "."
	return (count[row, group, "pass"] + 0) "/" (count[row, group, "fail"] + 0) "/" (count[row, group, "skip"] + 0)
}
function width(text, w) { return length(text) > w ? length(text) : w }
END {
	groups[++ngroups] = "total"
	w0 = length("arch/personality")
	for (r = 1; r <= nrows; r++) w0 = width(rows[r], w0)
	for (g = 1; g <= ngroups; g++) {
		w[g] = width(groups[g], 5)
		for (r = 1; r <= nrows; r++) w[g] = width(cell(rows[r], groups[g]), w[g])
	}
	printf "%-" w0 "s", "arch/personality"
	for (g = 1; g <= ngroups; g++) printf "  %" w[g] "s", groups[g]
	printf "\n"
	for (r = 1; r <= nrows; r++) {
		printf "%-" w0 "s", rows[r]
		for (g = 1; g <= ngroups; g++) printf "  %" w[g] "s", cell(rows[r], groups[g])
		printf "\n"
	}
	print "(cells: pass/fail/skip; \".\": group not run)"
}
