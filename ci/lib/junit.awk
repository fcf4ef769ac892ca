# Reads ktap-flatten.awk lines and writes one JUnit XML document: a testsuite per
# path down to the group (-v group_level=N as in matrix-table.awk), a testcase
# per leaf result under it. Written by hand: no packaged tool converts KTAP to JUnit.
# JUnit has no expected failure: an xfail is a skipped case whose message is
# the runner's "XFAIL <bug> <title>", an xpass a passed case whose output
# holds the runner's XPASS note.  A suite's kernel release is its property
# "kernel".
BEGIN { FS = "\t"; if (!group_level) group_level = 4 }
function xml(text) {
	gsub(/&/, "\\&amp;", text); gsub(/</, "\\&lt;", text); gsub(/>/, "\\&gt;", text)
	gsub(/"/, "\\&quot;", text)
	return text
}
{
	n = split($1, part, "::")
	cut = n > group_level ? group_level : n - 1
	suite = part[1]
	for (i = 2; i <= cut; i++) suite = suite "." part[i]
	test = ""
	for (i = cut + 1; i <= n; i++) test = test (test == "" ? "" : ".") part[i]
	if (!(suite in seen)) { seen[suite]; suites[++nsuites] = suite; kernel[suite] = $5 }
	k = ++ncase[suite]
	cname[suite, k] = test; cres[suite, k] = $2; cdir[suite, k] = $3; cdiag[suite, k] = $4
	r = $2 == "xfail" ? "skip" : $2 == "xpass" ? "pass" : $2
	nres[suite, r]++; total[r]++
}
END {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	printf "<testsuites name=\"ptrace-regress\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">\n", \
		NR, total["fail"], total["skip"]
	for (s = 1; s <= nsuites; s++) {
		suite = suites[s]
		printf "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">\n", \
			xml(suite), ncase[suite], nres[suite, "fail"], nres[suite, "skip"]
		if (kernel[suite] != "")
			printf "    <properties><property name=\"kernel\" value=\"%s\"/></properties>\n", xml(kernel[suite])
		for (k = 1; k <= ncase[suite]; k++) {
			printf "    <testcase classname=\"%s\" name=\"%s\"", xml(suite), xml(cname[suite, k])
			diag = cdiag[suite, k]
			gsub(/\\n/, "\n", diag)
			if (cres[suite, k] == "pass") {
				print "/>"
				continue
			}
			print ">"
			if (cres[suite, k] == "xpass")
				printf "      <system-out>%s</system-out>\n", xml(diag)
			else if (cres[suite, k] == "fail")
				printf "      <failure message=\"%s\">%s</failure>\n", xml(cdir[suite, k] == "" ? "failed" : cdir[suite, k]), xml(diag)
			else
				printf "      <skipped message=\"%s\"/>\n", xml(cdir[suite, k])
			print "    </testcase>"
		}
		print "  </testsuite>"
	}
	print "</testsuites>"
}
