# Applies ci/known-failures.tsv to ktap-flatten.awk lines (results.tsv):
#   awk -f known-failures.awk ci/known-failures.tsv results.tsv
# Patterns: '*' matches any run of characters; the kernel column holds one or
# more, separated by spaces.  A failed result whose id and kernel match an
# entry, and which the runner diagnosed as that bug ("looks like: BUG"),
# becomes "xfail" with the directive "known failure: BUG (NOTE)"; one the
# runner diagnosed otherwise stays a failure, saying so (a listed check can
# fail for another reason too).  A passed one becomes "xpass" with "XPASS: BUG
# is listed for KERNEL", unless the entry's fifth column says "intermittent"
# (a bug whose symptom depends on what the kernel happens to read: it stays a
# pass).  Every other line is passed on as it is.
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
	id_re[n] = pattern_ere($1); bug[n] = $3; note[n] = $4; intermittent[n] = $5 == "intermittent"
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
		if ($2 == "fail" && index($4, "looks like: " bug[k] " ") == 0) {
			$3 = "listed as " bug[k] " for " $5 " in ci/known-failures.tsv, but not diagnosed as it"
		} else if ($2 == "fail") {
			$2 = "xfail"
			$3 = "known failure: " bug[k] (note[k] == "" ? "" : " (" note[k] ")")
		} else if ($2 == "pass" && !intermittent[k]) {
			$2 = "xpass"
			$3 = "XPASS: " bug[k] " is listed for " $5 " in ci/known-failures.tsv"
		}
		break
	}
	print
}

END { if (bad) exit 2 }
