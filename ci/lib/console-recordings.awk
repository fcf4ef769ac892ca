# Writes the recordings a guest printed with save-recordings (lines
# "ptrace-regress-vm: rec NAME LINE", see ci/guest-init.c) to DIR/NAME.rec,
# one file per NAME, and prints each file's path.  -v dir=DIR.
{
	gsub(/\r/, "")
	at = index($0, "ptrace-regress-vm: rec ")
	if (!at)
		next
	rest = substr($0, at + length("ptrace-regress-vm: rec "))
	sp = index(rest, " ")
	name = sp ? substr(rest, 1, sp - 1) : rest
	if (name !~ /^[A-Za-z0-9_.-]+$/)
		next
	file = dir "/" name ".rec"
	if (!(file in seen)) {
		seen[file]
		order[++n] = file
		printf "" > file
	}
	print (sp ? substr(rest, sp + 1) : "") > file
}
END {
	for (i = 1; i <= n; i++) {
		close(order[i])
		print order[i]
	}
}
