import { describe, expect, it } from 'vitest';
import { formatReport } from './format-text';
import { emptyReport, exitCode } from './report';

const report = (over: Partial<ReturnType<typeof emptyReport>>) => ({ ...emptyReport('f.csv', { dryRun: false, mode: 'skip', asStatus: 'pending' }), ...over });

describe('CLI report', () => {
	it('prints a table of problems with row, column and value, and the counts', () => {
		const text = formatReport(
			report({
				format: 'csv',
				encoding: 'windows-1257',
				separator: ';',
				rows: 3,
				created: 2,
				skipped: 1,
				written: true,
				issues: [{ row: 3, column: 'email', value: 'nav-epasta', code: 'email_invalid', severity: 'error' }],
				issuesTotal: 1
			}),
			'lv'
		);
		expect(text).toContain('f.csv (csv, windows-1257, ";")');
		expect(text).toMatch(/3\s+Kļūda\s+email\s+nav-epasta\s+Nederīga e-pasta adrese/);
		expect(text).toContain('Rindas: 3 · jauni: 2 · atjaunināti: 0 · izlaisti: 1');
	});
	it('exit codes: 0 clean, 2 rows skipped, 1 nothing written', () => {
		expect(exitCode(report({ written: true }))).toBe(0);
		expect(exitCode(report({ written: true, skipped: 1 }))).toBe(2);
		expect(exitCode(report({ mode: 'strict', errorRows: 1, skipped: 1 }))).toBe(1);
		expect(exitCode(report({ fileError: { code: 'empty_file', detail: '' } }))).toBe(1);
		expect(exitCode(report({ dryRun: true }))).toBe(0);
	});
});
