#!/bin/sh
# A path whose CPU or kernel feature is missing (ppc's scv without
# PPC_FEATURE2_SCV, i386's vDSO without AT_SYSINFO) says so from the tracee's
# --probe PATH, exit 77 and the reason on stdout; the runner SKIPs that target
# with the reason, kept out of the KTAP stream.  A stand-in tracee plays the
# missing path and hands every other call to the real one.  Only that
# target runs: a traced run of the stand-in would exec twice under
# PTRACE_TRACEME (the script, then the real tracee), and the tracer takes the
# first exec stop for the tracee's own.
. "$srcdir/tests/tap.sh"
scratch
plan 4

stand_in_tracee 'echo "the CPU lacks FEATURE_X (AT_HWCAP2 bit 0x1)"; exit 77'

TMPDIR=$tap_tmp "$RUNNER" --tracee-dir "$tap_tmp/tracees" --only "$target.stops.*" \
	> "$tap_tmp/out.ktap" 2>&1
status=$?
ok "the run is not a failure (status $status)" test "$status" = 0 -o "$status" = 4
ok "the target SKIPs naming the missing feature" grep -q \
	"^ok [0-9]* $program/$path # SKIP the $path path cannot run here: the CPU lacks FEATURE_X (AT_HWCAP2 bit 0x1)$" \
	"$tap_tmp/out.ktap"
ok "the reason does not leak into the KTAP stream" sh -c "! grep -q '^the CPU lacks' '$tap_tmp/out.ktap'"
is "no tracee is left running" "" "$(leftovers)"
exit 0
