#!/bin/sh
# Recordings made live in the VMs (tests/fixtures/real-*.rec: arm traced by
# the aarch64 and the arm runner, i386/vdso by the x86_64 and the i386
# runner, Debian's 6.1.0-56 kernels) replayed on this host: each passes, with
# no failed check, and covers the targets it was made for.
. "$srcdir/tests/tap.sh"
prog=$RUNNER
scratch

for rec in arm-by-aarch64:arm/arm,arm/thumb arm-by-arm:arm/arm,arm/thumb \
	   i386-vdso-by-x86_64:i386/vdso i386-vdso-by-i386:i386/vdso; do
	name=${rec%%:*} file=$srcdir/tests/fixtures/real-${rec%%:*}-6.1.0-56.rec
	$prog --replay "$file" >"$tap_tmp/out.ktap"
	is "$name: replay passes" 0 $?
	grep -B4 '^ *not ok' "$tap_tmp/out.ktap" | head -20 | sed 's/^/# /'
	for target in $(echo "${rec#*:}" | tr , ' '); do
		ok "$name: covers $target" grep -q "^ *ok [0-9]* $target\$" "$tap_tmp/out.ktap"
	done
done
done_testing
exit 0
