# Turns a VM console log (framed by ci/guest-init.c's marker lines) into one
# KTAP version 1 document: one subtest block per runner run, then `kernel-log`.
# Variables (-v): names = the expected run names, newline-separated, in run order;
# timed_out = the host timeout in seconds when it ended the VM, else empty;
# kernel_log = 0 for runs framed the same way on the host: no kernel-log result;
# header_note = a line to print as "# NOTE" after the plan.
# Exit status: 0 pass, 1 fail, 4 all runs skipped.

BEGIN {
	TAG = "ptrace-regress-vm: "
	TROUBLE = "BUG:|Oops|WARNING:|Kernel panic|general protection fault|Call Trace:"
	EXCERPT_AFTER = 25	# lines kept after each trouble line
	EXCERPT_MAX = 60	# lines kept in all
	TAIL_MAX = 15		# console lines shown when the VM did not finish
	nnames = split(names, name, "\n")
	cur = 0; nblocks = 0; started = 0; done = 0
	ntrouble = 0; nexcerpt = 0; excerpt_left = 0; ntail = 0
}

# A console line from the kernel (or QEMU), not from a runner.
function kernel_line(line) {
	tail[ntail++ % TAIL_MAX] = line
	if (!started)
		return
	if (line ~ TROUBLE) {
		ntrouble++
		excerpt_left = EXCERPT_AFTER + 1
	}
	if (excerpt_left > 0 && nexcerpt < EXCERPT_MAX) {
		excerpt[nexcerpt++] = line
		excerpt_left--
	}
}

function looks_like_ktap(line) {
	return line ~ /^[ \t]*(ok |ok$|not ok|#|KTAP version|[0-9]+\.\.[0-9])/ || line ~ /^[ \t]*$/
}

{
	gsub(/\r/, "")
	# Terminal control sequences from firmware (SeaBIOS clears the screen).
	gsub(/\033\[[0-9;?]*[A-Za-z]/, "")
	gsub(/\033[A-Za-z]/, "")
	line = $0
	at = index(line, TAG)
	if (at) {
		rest = substr(line, at + length(TAG))
		if (at > 1)
			kernel_line(substr(line, 1, at - 1))
		if (rest == "start") {
			started = 1
		} else if (rest ~ /^kernel [^ ]+$/) {
			kernel = substr(rest, 8)
		} else if (rest ~ /^begin /) {
			cur = ++nblocks
			began[cur] = substr(rest, 7)
			nbody[cur] = 0
			seen_version = 0
		} else if (rest ~ /^end .* status -?[0-9]+$/ && cur) {
			sub(/.* status /, "", rest)
			status[cur] = rest + 0
			cur = 0
		} else if (rest ~ /^(at-init|took) /) {
			# Timings, for vm-check's log (ci/bench's phases).
		} else if (rest ~ /^rec /) {
			# A saved recording's line: console-recordings.awk keeps those.
		} else if (rest ~ /^kmsg /) {
			kernel_line(substr(rest, 6))
		} else if (rest ~ /^done status /) {
			done = 1
		} else if (rest ~ /^(error|warning): / && cur) {
			note[cur] = note[cur] "# " began[cur] ": init " rest "\n"
		} else {
			kernel_line(line)
		}
		next
	}
	if (cur) {
		# Whatever precedes the version line is not the runner's.
		if (!seen_version) {
			v = index(line, "KTAP version")
			if (!v) {
				kernel_line(line)
				next
			}
			if (v > 1)
				kernel_line(substr(line, 1, v - 1))
			line = substr(line, v)
			seen_version = 1
		}
		# Kernel messages that landed inside a runner's output: timestamped, or trouble.
		if (line ~ /^\[ *[0-9]+\.[0-9]+\]/ || (line ~ TROUBLE && !looks_like_ktap(line))) {
			kernel_line(line)
			next
		}
		body[cur, ++nbody[cur]] = line
		next
	}
	kernel_line(line)
}

function print_tail(   i, first) {
	if (timed_out != "")
		print "# the VM did not finish within the host timeout of " timed_out " s"
	else
		print "# the VM stopped before its runners finished (guest panic or crash?)"
	print "# last console lines:"
	if (ntail == 0)
		print "#   (none besides the runners' output)"
	first = ntail > TAIL_MAX ? ntail - TAIL_MAX : 0
	for (i = first; i < ntail; i++)
		print "#   " tail[i % TAIL_MAX]
}

END {
	print "KTAP version 1"
	print "1.." (nnames + (kernel_log != "0"))
	if (kernel != "")
		print "# kernel: " kernel
	if (header_note != "")
		print "# " header_note
	failed = 0; skipped = 0; tail_shown = 0
	for (k = 1; k <= nnames; k++) {
		nm = name[k]
		if (k <= nblocks && nbody[k] > 0) {
			print "    " body[k, 1]
			print "    # Subtest: " nm
			for (j = 2; j <= nbody[k]; j++)
				print (body[k, j] == "" ? "" : "    " body[k, j])
		}
		printf "%s", note[k]
		if (k <= nblocks && began[k] != nm && index(nm, began[k] ".") != 1)
			print "# expected run " nm " but the guest ran " began[k]
		if ((k in status) && status[k] == 0) {
			print "ok " k " " nm
		} else if ((k in status) && status[k] == 4) {
			print "ok " k " " nm " # SKIP all of its tests skipped"
			skipped++
		} else if (k in status) {
			if (nbody[k] == 0)
				print "# " nm ": no KTAP output"
			print "# " nm ": runner exit status " status[k] \
				(status[k] == 2 ? " (usage or environment error)" : status[k] > 128 ? " (killed by signal " status[k] - 128 ")" : "")
			print "not ok " k " " nm
			failed++
		} else {
			if (!tail_shown++)
				print_tail()
			print "not ok " k " " nm " # TIMEOUT " (k <= nblocks ? "runner did not finish" : "runner did not start")
			failed++
		}
	}
	k = nnames + 1
	if (kernel_log == "0") {
		# no kernel log: the host's runs
	} else if (ntrouble) {
		print "# kernel trouble during the run (" ntrouble " line" (ntrouble > 1 ? "s" : "") " matched):"
		for (i = 0; i < nexcerpt; i++)
			print "#   " excerpt[i]
		print "not ok " k " kernel-log"
		failed++
	} else if (!started) {
		print "not ok " k " kernel-log # TIMEOUT the guest never reached its init"
		failed++
	} else if (!done && !tail_shown) {
		print_tail()
		print "not ok " k " kernel-log # TIMEOUT the guest did not power off"
		failed++
	} else {
		print "ok " k " kernel-log"
	}
	exit failed ? 1 : (nnames > 0 && skipped == nnames) ? 4 : 0
}
