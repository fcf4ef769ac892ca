# Applies ci/known-failures.tsv to ktap-flatten.awk lines (results.tsv):
#   awk -f known-failures.awk ci/known-failures.tsv results.tsv
# Patterns: '*' matches any run of characters; the kernel column holds one or
# more, separated by spaces.  A failed result whose id and
# kernel match an entry becomes "xfail" with the
# directive "known failure: BUG (NOTE)"; a passed one, "xpass" with
# "XPASS: BUG is listed for KERNEL". Every other line is passed on as it is.
BEGIN { FS = OFS = "\t" }

# A pattern in which '*' matches anything and every other character itself,
# as an anchored ERE (ids hold '.', '/' and '+', which an ERE would not take
# literally).
function pattern_ere(pat,    part, n, i, r) {
	n = split(pat, part, "*")
	for (i = 1; i <= n; i++) {
		gsub(/[^A-Za-z0-9_ -]/, "[&]", part[i])
		gsub(/\[\^\]/, "\\^", part[i])
		r = r (i > 1 ? ".*" : "") part[i]
	}
	return "^" r "$"
}

FNR == NR {
	if ($0 ~ /^[ \t]*(#|$)/)
		next
	if (NF < 3) {
		printf "%s:%d: want CHECK<TAB>KERNEL<TAB>BUG[<TAB>NOTE]\n", FILENAME, FNR > "/dev/stderr"
		bad = 1
		exit 2
	}
	n++
	id_re[n] = pattern_ere($1); bug[n] = $3; note[n] = $4
	# The kernels: patterns separated by spaces, any of which matches.
	nk = split($2, kernels, " ")
	kernel_re[n] = ""
	for (i = 1; i <= nk; i++)
		kernel_re[n] = kernel_re[n] (i > 1 ? "|" : "") pattern_ere(kernels[i])
	next
}

{
	for (k = 1; k <= n; k++) {
		if ($1 !~ id_re[k] || $5 !~ kernel_re[k])
			continue
		if ($2 == "fail") {
			$2 = "xfail"
			$3 = "known failure: " bug[k] (note[k] == "" ? "" : " (" note[k] ")")
		} else if ($2 == "pass") {
			$2 = "xpass"
			$3 = "XPASS: " bug[k] " is listed for " $5 " in ci/known-failures.tsv"
		}
		break
	}
	print
}

END { if (bad) exit 2 }
