#!/bin/sh
# Defective recordings: exit 2 and one error line naming the file and line,
# never a crash or a verdict.
: "${srcdir:=$(dirname "$0")/..}"
prog=./src/ptrace-regress
good=$srcdir/tests/fixtures/ia64-correct.rec
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# case NAME 'expected error text' < file
case_() {
	cat >"$tmp/$1.rec"
	$prog --replay "$tmp/$1.rec" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ $status != 2 ] || [ "$(wc -l <"$tmp/err")" != 1 ] || ! grep -q "$tmp/$1.rec:[0-9]*: $2" "$tmp/err" ||
	   [ -s "$tmp/out" ]; then
		echo "FAIL: $1: exit $status, stderr:"; cat "$tmp/err"; fail=1
	else
		echo "ok: $1: $(cat "$tmp/err")"
	fi
}

printf 'ptrace-regress-recording 2\n' | case_ version 'recording format version .2. is not supported'
printf 'hello\n' | case_ not-a-recording 'not a ptrace-regress recording'
: | case_ empty 'not a ptrace-regress recording'
head -n 100 "$good" | case_ truncated 'truncated: no \[end\] line'
head -c 3000 "$good" | case_ cut-mid-line 'truncated: the last line has no newline'
sed '0,/^args /s/^args \(.*\) 0x[0-9a-f]*$/args \1/' "$good" | case_ field-count "field 'args': expected 6 values, found 5"
sed '0,/^info 0/s/^info 0/info z/' "$good" | case_ non-hex "field 'info': non-hex character"
sed '0,/^personality ia64/s//personality vax/' "$good" | case_ unknown-personality "field 'personality': unknown personality 'vax'"
sed '0,/^path break/s//path syscall/' "$good" | case_ foreign-path "personality ia64 has no syscall path 'syscall'"
sed '0,/^pid /s//colour /' "$good" | case_ unknown-field "unknown field 'colour' in \[run\]"
sed '0,/^\[stop 1\]/s//[stop 7]/' "$good" | case_ stop-order 'expected \[stop 1\], found \[stop 7\]'
sed 's/^\[end .*\]/[end 3]/' "$good" | case_ end-count '\[end 3\] but the recording has'
{ head -n 3 "$good"; head -c 5000 /dev/zero | tr '\0' 'a'; echo; } | case_ huge-line 'line longer than 4096 bytes'
{ head -n 3 "$good"; printf 'pid 1\0\n'; } | case_ nul-byte 'NUL byte'
$prog --replay "$tmp/does-not-exist.rec" 2>"$tmp/err"
[ $? = 2 ] && grep -q 'No such file' "$tmp/err" && echo "ok: missing file" || { echo "FAIL: missing file"; fail=1; }
exit $fail
