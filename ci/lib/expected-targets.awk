# Reads "<personality> <line>" pairs (arch/table.awk's may_skip query), then
# results.tsv rows: a VM run's whole target or runner that SKIPs (an id of
# RUN::runner or RUN::runner::target, RUN being ARCH@LINE) becomes a failure
# unless its personality may skip on that line.  A target the VM's kernel is
# meant to run that SKIPs would hide a regression from a bisection.  Check-
# level SKIPs (a missing request, no unwind tables) rest on their own
# evidence and pass through, as do native runs, whose machine is whatever
# the user has.
BEGIN { FS = OFS = "\t" }
FNR == NR { split($0, f, " "); allowed[f[1], f[2]] = 1; next }
$2 == "skip" && $3 !~ /matches --only/ {
	n = split($1, part, "::")
	run = part[1]
	if (run ~ /@/ && (n == 2 || n == 3)) {
		line = substr(run, index(run, "@") + 1)
		pers = n == 2 ? part[2] : part[3]
		sub(/\/.*/, "", pers)
		if (!((pers, line) in allowed)) {
			$2 = "fail"
			$4 = "unexpected SKIP: " pers " must run on the " line " line (arch/personalities.tab has no may_skip for it)" ($4 != "" ? "; " $4 : "")
		}
	}
}
{ print }
