# One row of ci/bench's breakdown of a matrix run, from its log (vm-check's
# timings) and its wall time: -v run=NAME -v total=SECONDS.  Columns: the
# run, its wall time, the host before the boot (kernel lookup, builds,
# initramfs, accelerator), the guest kernel's boot to init, the runners, the
# replay-checks, the rest of the VM (firmware, QEMU, power-off), the host after
# (the console to KTAP).  A run without a VM (native) has its wall time alone.
/VM run: [0-9.]+ s/ {
	for (i = 1; i <= NF; i++)
		if ($i == "run:")
			vm = $(i + 1) + 0
}
/in the guest: / {
	sub(/.*in the guest: /, "")
	n = split($0, part, /, /)
	for (i = 1; i <= n; i++) {
		split(part[i], w, " ")
		if (part[i] ~ /^at init /)
			init = w[3] + 0
		else if (w[1] ~ /-replay(\.[0-9]+)?$/)
			replay += w[2]
		else
			suite += w[2]
	}
}
/KTAP from the console: [0-9.]+ s/ {
	for (i = 1; i <= NF; i++)
		if ($i == "console:")
			ktap = $(i + 1) + 0
}
END {
	if (vm == "") {
		printf "| %s | %.1f | | | | | | |\n", run, total
		exit
	}
	printf "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", run, total,
		total - vm - ktap, init, suite, replay, vm - init - suite - replay, ktap
}
