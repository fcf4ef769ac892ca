# Flattens a KTAP version 1 document into one tab-separated line per leaf result:
#   PATH <TAB> RESULT <TAB> DIRECTIVE <TAB> DIAGNOSTICS <TAB> KERNEL
# PATH is the names from the top level down, joined with "::" (names such as
# "x86_64/syscall" hold slashes), after -v prefix=... when given; RESULT is pass,
# fail or skip, or as the runner itself said (src/verdict.h) xfail (an ok with
# "# XFAIL": a known kernel bug on a kernel without its fix) or xpass (an ok
# after an "XPASS <bug>" diagnostic: it passed where a known bug should have
# failed it); DIAGNOSTICS are the
# "#" lines just before the result, joined with the two characters "\n"; KERNEL
# is the release a top-level "# kernel: RELEASE" line names (ci/console-to-ktap
# prints one), else -v kernel=RELEASE, else empty.
# A result's name is known only after its subtest block, so leaves are buffered
# per depth until their parent's result line arrives.

function depth_of(line,   n) {
	match(line, /^ */)
	return int(RLENGTH / 4)
}

function clear_depth(d) {
	pending[d] = ""
	diag[d] = ""
}

{
	gsub(/\r/, "")
	d = depth_of($0)
	line = substr($0, d * 4 + 1)
	sub(/^ +/, "", line)
	if (line ~ /^# Subtest:/ || line ~ /^KTAP version/ || line ~ /^[0-9]+\.\.[0-9]+/)
		next
	if (d == 0 && line ~ /^# kernel: [^ ]+$/) {
		kernel = substr(line, 11)
		next
	}
	if (line ~ /^#/) {
		text = line
		sub(/^# ?/, "", text)
		diag[d] = diag[d] (diag[d] == "" ? "" : "\\n") text
		next
	}
	if (line !~ /^(not )?ok( |$)/)
		next
	failed = line ~ /^not ok/
	sub(/^(not )?ok */, "", line)
	number = line
	sub(/ .*/, "", number)
	sub(/^[0-9]+ */, "", line)
	directive = ""
	if ((at = index(line, " # ")) > 0 || (line ~ /^# / && (at = 1) > 0)) {
		directive = substr(line, at + (at == 1 ? 2 : 3))
		line = substr(line, 1, at - 1)
	}
	sub(/^- /, "", line)	# TAP's optional "- " before the name
	name = line == "" ? "test-" number : line
	gsub(/\t/, " ", name)
	if (pending[d + 1] != "") {
		# A parent: its buffered leaves move up with its name in front.
		n = split(pending[d + 1], ids, " ")
		for (i = 1; i <= n; i++) {
			path[ids[i]] = name "::" path[ids[i]]
			pending[d] = pending[d] " " ids[i]
		}
	} else {
		id = ++nrec
		path[id] = name
		res[id] = directive ~ /^(TODO|todo)/ ? "skip" : failed ? "fail" : directive ~ /^(SKIP|skip)/ ? "skip" : \
			directive ~ /^(XFAIL|xfail)/ ? "xfail" : diag[d] ~ /(^|\\n)XPASS / ? "xpass" : "pass"
		dir[id] = directive
		dg[id] = diag[d]
		pending[d] = pending[d] " " id
	}
	diag[d] = ""
	clear_depth(d + 1)
}

END {
	n = split(pending[0], ids, " ")
	for (i = 1; i <= n; i++)
		printf "%s%s\t%s\t%s\t%s\t%s\n", prefix, path[ids[i]], res[ids[i]], dir[ids[i]], dg[ids[i]], kernel
}
