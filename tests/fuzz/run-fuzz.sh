#!/bin/sh
# run-fuzz.sh [SECONDS] [JOBS]: build the recording fuzzer with clang under
# ASan+UBSan (any UBSan report aborts) and run it on a copy of the seed
# corpus for SECONDS (default 60).  Crashes land in $FUZZ_OUT (default
# /tmp/ptrace-regress-fuzz); the exit status is libFuzzer's.
set -e
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-60}
jobs=${2:-1}
out=${FUZZ_OUT:-/tmp/ptrace-regress-fuzz}
CC=${CC_FUZZ:-clang}
command -v "$CC" >/dev/null || { echo "SKIP: $CC not found (Debian packages clang, libclang-rt-dev)"; exit 77; }
mkdir -p "$out/corpus" "$out/crashes" "$out/include"
cp "$here"/corpus/* "$out/corpus/"
awk -v query=rows -f "$top/arch/table.awk" "$top/arch/personalities.tab" > "$out/include/personality-rows.h"
# The judging half's sources, as Makefile.am lists them (one list), and
# every arch's expectation rows.
judge_sources=$(sed -n '/^src_libpr_judge_a_SOURCES/,/^[^[:space:]]/p' "$top/Makefile.am" |
	grep -o 'src/[^ \\]*\.c' | sed "s|^|$top/|")
# shellcheck disable=SC2086
"$CC" -g -O1 -std=gnu11 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-I"$top/src" -I"$out/include" -o "$out/fuzz-recording" "$here/fuzz-recording.c" \
	$judge_sources "$top"/arch/*/personality.c
cd "$out"
exec ./fuzz-recording -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
	-jobs="$jobs" -workers="$jobs" -artifact_prefix="$out/crashes/" -print_final_stats=1 \
	-dict="$here/recording.dict" "$out/corpus"
