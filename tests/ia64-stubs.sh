#!/bin/sh
# The ia64 stubs assemble, and their machine code is what they claim: the break
# path traps with break 0x100000, the epc path branches through b7 (the gate
# entry from AT_SYSINFO) with its return address in b6.  ia64 code cannot run
# here, so this is what CI can prove about it.
: "${srcdir:=$(dirname "$0")/..}"
. "$srcdir/tests/tap.sh"
AS=${IA64_AS:-ia64-linux-gnu-as}
OBJDUMP=${IA64_OBJDUMP:-ia64-linux-gnu-objdump}
for tool in "$AS" "$OBJDUMP"; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		skip_all "$tool not found (Debian package binutils-ia64-linux-gnu)"
	fi
done
scratch
tmp=$tap_tmp

disassemble() { # stub name -> $tmp/name.dis
	"$AS" -I "$srcdir/arch/ia64" -o "$tmp/$1.o" "$srcdir/arch/ia64/stub-$1.S" || { flunk "stub-$1.S assembles"; done_testing; exit 0; }
	"$OBJDUMP" -d "$tmp/$1.o" >"$tmp/$1.dis" || { flunk "objdump -d stub-$1.o"; done_testing; exit 0; }
}

# expect NAME 'regex' 'what it proves'; reject NAME 'regex' 'why it must not be there'
expect() {
	if grep -Eq "$2" "$tmp/$1.dis"; then pass "$1: $3"; else
		flunk "$1: no instruction matching '$2' ($3)"; sed 's/^/# /' "$tmp/$1.dis"; fi
}
reject() {
	if grep -Eq "$2" "$tmp/$1.dis"; then
		flunk "$1: found '$2' ($3)"; sed 's/^/# /' "$tmp/$1.dis"; else pass "$1: no $3"; fi
}

disassemble break
disassemble epc
# Frames: 7 inputs + loc0 as locals, then six outputs (sof 14, sol 8) for
# break; 8 inputs + loc0 and six outputs (sof 15, sol 9) for epc.
expect break 'alloc r39=ar\.pfs,14,8,0' 'frame with locals before out0-out5'
expect break 'break\.[mi] 0x100000' 'traps with break 0x100000'
expect break 'mov r15=r32' 'syscall number from in0 to r15'
expect break 'mov r40=r33' 'first argument to out0 (r40)'
expect break 'mov r45=r38' 'sixth argument to out5 (r45)'
reject break 'br\.call' 'branch call on the break path'
expect epc 'alloc r40=ar\.pfs,15,9,0' 'frame with locals before out0-out5'
expect epc 'mov b7=r39' 'gate entry (in7) to b7'
expect epc 'br\.call\.sptk\.many b6=b7' 'calls the gate entry, return address in b6'
expect epc 'mov r15=r32' 'syscall number from in0 to r15'
expect epc 'mov r41=r33' 'first argument to out0 (r41)'
expect epc 'mov r46=r38' 'sixth argument to out5 (r46)'
reject epc 'break' 'break instruction on the epc path'
done_testing
exit 0
