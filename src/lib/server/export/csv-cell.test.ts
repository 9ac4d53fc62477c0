import { describe, expect, it } from 'vitest';
import { csvSafeCell, csvUnprotectCell } from './csv-cell';

const HOSTILE = ['=2+5', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.example","klikšķini")'];

describe('CSV cells', () => {
	it('never start with a formula character', () => {
		for (const v of HOSTILE) expect(csvSafeCell(v)).toBe(`'${v}`);
		expect(csvSafeCell('+371 2912 3456')).toBe("'+371 2912 3456");
	});
	it('leave ordinary text, numbers and empty cells as they are', () => {
		expect(csvSafeCell('Liepu medus')).toBe('Liepu medus');
		expect(csvSafeCell('Kalna iela 3 = mājas')).toBe('Kalna iela 3 = mājas');
		expect(csvSafeCell(57.1537)).toBe('57.1537');
		expect(csvSafeCell(-12.5)).toBe('-12.5');
		expect(csvSafeCell(null)).toBe('');
	});
	it('come back unchanged through the importer', () => {
		for (const v of [...HOSTILE, '+371 2912 3456', 'Liepu medus', "'citāts'"]) expect(csvUnprotectCell(csvSafeCell(v))).toBe(v);
	});
});
