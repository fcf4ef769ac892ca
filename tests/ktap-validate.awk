# Validate a KTAP version 1 document (nested by four-space indentation):
# every block has a plan equal to its number of results, results are numbered
# 1..N in order, and a subtest block is closed by a result line with its name.
# Prints "valid pass=P fail=F skip=S timeout=T" counting leaf results (a
# result with no block of its own), or one "invalid: line N: why" per problem.
function fail(why) { printf "invalid: line %d: %s\n", NR, why; bad = 1 }
function close_level(d) {
	if (plan[d] < 0) fail("block at depth " d " has no plan")
	else if (count[d] != plan[d]) fail("block at depth " d " planned " plan[d] " results, has " count[d])
	open[d] = 0
}
BEGIN { bad = 0; pass = fail_n = skip = timeout = 0 }
{
	match($0, /^ */)
	if (RLENGTH % 4) { fail("indentation not a multiple of four"); next }
	d = RLENGTH / 4
	line = substr($0, RLENGTH + 1)
	if (NR == 1 && line != "KTAP version 1") fail("first line is not \"KTAP version 1\"")
	if (line == "KTAP version 1") {
		if (d > 0 && !open[d - 1]) fail("subtest with no parent block")
		open[d] = 1; plan[d] = -1; count[d] = 0; name[d] = ""
	} else if (line ~ /^1\.\.[0-9]+/) {
		if (!open[d]) fail("plan outside a block")
		split(line, p, /[. ]+/); plan[d] = p[2] + 0
		if (plan[d] == 0 && line ~ /# SKIP/) skip++
	} else if (line ~ /^# Subtest: /) {
		name[d] = substr(line, 12)
	} else if (line ~ /^(not )?ok [0-9]+ /) {
		if (!open[d]) { fail("result outside a block"); next }
		n = line; sub(/^(not )?ok /, "", n); n = n + 0
		if (n != count[d] + 1) fail("result " n " follows result " count[d])
		count[d] = n
		title = line; sub(/^(not )?ok [0-9]+ /, "", title); sub(/ # .*/, "", title)
		if (open[d + 1]) {
			if (name[d + 1] != "" && name[d + 1] != title)
				fail("block \"" name[d + 1] "\" closed by result \"" title "\"")
			close_level(d + 1)
		} else if (line ~ /# TIMEOUT/) timeout++
		else if (line ~ /# SKIP/) skip++
		else if (line ~ /^not ok/) fail_n++
		else pass++
	} else if (line ~ /^#/ || line == "") {
		# diagnostics
	} else fail("not a KTAP line: " line)
}
END {
	for (k in open) if (open[k]) close_level(k)
	if (!bad) printf "valid pass=%d fail=%d skip=%d timeout=%d\n", pass, fail_n, skip, timeout
	exit bad
}
