# Reads arch/personalities.tab for the build and the ci/ scripts (the one
# parser of that table).  Set `query`:
#   names              every entry's name, in table order
#   all                every entry's every key: "entry<TAB>key<TAB>value" lines,
#                      in table order (ci/lib/arch.sh reads the table once so)
#   get, entry, key    the value of key in entry ('-' prints as nothing)
#   where, key, value  the names of the entries whose key equals value
#   cpu, os            the first entry whose host_cpu pattern matches cpu and
#                      whose host_os pattern (where it has one) matches os
#                      (unless os is empty: the first matching cpu)
#   compat, entry      the compat personalities of a kernel arch: the other
#                      entries its VM runs (a native build of entry builds them too)
#   rows               the C list of rows (src/personality-rows.h): each entry's
#                      C identifier and its exec_needs, as C strings
#   may_skip           "<entry> <line>" for each kernel line an entry's targets
#                      may SKIP on (its may_skip key)
/^[ \t]*(#|$)/ { next }
/^\[.*\]$/ { name = substr($0, 2, length($0) - 2); order[++n] = name; next }
{
	eq = index($0, "=")
	if (!name || !eq) { printf "%s:%d: not '[name]' or 'key = value'\n", FILENAME, FNR > "/dev/stderr"; bad = 1; exit 2 }
	k = substr($0, 1, eq - 1); v = substr($0, eq + 1)
	gsub(/^[ \t]+|[ \t]+$/, "", k); gsub(/^[ \t]+|[ \t]+$/, "", v)
	val[name, k] = v
	keys[name] = keys[name] SUBSEP k
}
END {
	if (bad) exit 2
	for (i = 1; i <= n; i++) {
		e = order[i]
		if (query == "names") print e
		else if (query == "all") { m = split(substr(keys[e], 2), ks, SUBSEP); if (!m) print e "\t\t"; for (j = 1; j <= m; j++) print e "\t" ks[j] "\t" val[e, ks[j]] }
		else if (query == "where" && val[e, key] == value) print e
		else if (query == "compat" && e != entry && val[e, "vm"] == entry && val[entry, "vm"] == entry) print e
		else if (query == "cpu" && !found && cpu ~ glob_re(val[e, "host_cpu"]) &&
			 (val[e, "host_os"] == "" || os == "" || os ~ glob_re(val[e, "host_os"]))) { print e; found = 1 }
		else if (query == "rows") { id = e; gsub(/-/, "_", id); needs = val[e, "exec_needs"]; gsub(/["\\]/, "\\\\&", needs); print "PR_PERSONALITY_ROW(" id ", \"" needs "\")" }
		else if (query == "get" && e == entry) { v = val[e, key]; if (v != "-") print v; found = 1 }
		else if (query == "may_skip" && val[e, "may_skip"] != "") { m = split(val[e, "may_skip"], lines, /[ \t]+/); for (j = 1; j <= m; j++) print e, lines[j] }
	}
	if ((query == "get" || query == "cpu") && !found) exit 1
}

# A shell pattern of literals, ? and * as an anchored ERE.
function glob_re(g,    r, i, c) {
	r = "^"
	for (i = 1; i <= length(g); i++) {
		c = substr(g, i, 1)
		r = r (c == "?" ? "." : c == "*" ? ".*" : c ~ /[A-Za-z0-9_-]/ ? c : "\\" c)
	}
	return r "$"
}
