// Prints the test counts per layer from the JSON reports, and one closing "N passed, N failed" line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const layers = [
	['unit', 'unit.json'],
	['data (PGlite)', 'data-pglite.json'],
	['data (PostgreSQL)', 'data-postgres.json'],
	['browser', 'e2e.json']
];
let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n==> Test counts per layer');
for (const [name, file] of layers) {
	const path = join(dir, file);
	if (!existsSync(path)) continue;
	const report = JSON.parse(readFileSync(path, 'utf8'));
	let p, f, s;
	if ('numPassedTests' in report) {
		p = report.numPassedTests;
		f = report.numFailedTests;
		s = report.numPendingTests + (report.numTodoTests ?? 0);
	} else {
		p = report.stats.expected + report.stats.flaky;
		f = report.stats.unexpected;
		s = report.stats.skipped;
	}
	passed += p;
	failed += f;
	skipped += s;
	console.log(`  ${name.padEnd(20)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
