#!/bin/sh
# Defective recordings: exit 2 and one error line naming the file and line,
# never a crash or a verdict.
. "$srcdir/tests/tap.sh"
prog=$RUNNER
good=$srcdir/tests/fixtures/ia64-correct.rec
scratch
tmp=$tap_tmp

# case_ NAME 'expected error text' < file (a redirect, not a pipe: the TAP
# counter lives in this shell)
case_() {
	cat >"$tmp/$1.rec"
	$prog --replay "$tmp/$1.rec" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ $status != 2 ] || [ "$(wc -l <"$tmp/err")" != 1 ] || ! grep -q "$tmp/$1.rec:[0-9]*: $2" "$tmp/err" ||
	   [ -s "$tmp/out" ]; then
		flunk "$1: exit $status"; sed 's/^/# /' "$tmp/err"
	else
		pass "$1: $(cat "$tmp/err")"
	fi
}

printf 'ptrace-regress-recording 4\n' > "$tmp/in"; case_ version 'recording format version .4. is not supported' < "$tmp/in"
printf 'hello\n' > "$tmp/in"; case_ not-a-recording 'not a ptrace-regress recording' < "$tmp/in"
: > "$tmp/in"; case_ empty 'not a ptrace-regress recording' < "$tmp/in"
head -n 100 "$good" > "$tmp/in"; case_ truncated 'truncated: no \[end\] line' < "$tmp/in"
head -c 3000 "$good" > "$tmp/in"; case_ cut-mid-line 'truncated: the last line has no newline' < "$tmp/in"
sed '0,/^args /s/^args \(.*\) 0x[0-9a-f]*$/args \1/' "$good" > "$tmp/in"; case_ field-count "field 'args': expected 6 values, found 5" < "$tmp/in"
sed '0,/^info 0/s/^info 0/info z/' "$good" > "$tmp/in"; case_ non-hex "field 'info': non-hex character" < "$tmp/in"
sed '0,/^personality ia64/s//personality vax/' "$good" > "$tmp/in"; case_ unknown-personality "field 'personality': unknown personality 'vax'" < "$tmp/in"
sed '0,/^path break/s//path syscall/' "$good" > "$tmp/in"; case_ foreign-path "personality ia64 has no syscall path 'syscall'" < "$tmp/in"
sed '0,/^pid /s//colour /' "$good" > "$tmp/in"; case_ unknown-field "unknown field 'colour' in \[run\]" < "$tmp/in"
sed '0,/^\[stop 1\]/s//[stop 7]/' "$good" > "$tmp/in"; case_ stop-order 'expected \[stop 1\], found \[stop 7\]' < "$tmp/in"
sed 's/^\[end .*\]/[end 3]/' "$good" > "$tmp/in"; case_ end-count '\[end 3\] but the recording has' < "$tmp/in"
{ head -n 3 "$good"; head -c 5000 /dev/zero | tr '\0' 'a'; echo; } > "$tmp/in"; case_ huge-line 'line longer than 4096 bytes' < "$tmp/in"
{ head -n 3 "$good"; printf 'pid 1\0\n'; } > "$tmp/in"; case_ nul-byte 'NUL byte' < "$tmp/in"
$prog --replay "$tmp/does-not-exist.rec" 2>"$tmp/err"
is "missing file: exit 2 naming the error" "2 1" "$? $(grep -c 'No such file' "$tmp/err")"
done_testing
exit 0
