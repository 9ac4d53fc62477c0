import { describe, expect, it } from 'vitest';
import { parseKind, parsePrecision } from './fields';

describe('other cells', () => {
	it('kind in English, Latvian or as the UI shows it', () => {
		expect(parseKind('farm')).toBe('farm');
		expect(parseKind('Zemnieku saimniecība')).toBe('farm');
		expect(parseKind('mājražotājs')).toBe('home_producer');
		expect(parseKind('Amatnieks')).toBe('craftsman');
		expect(parseKind('kosmonauts')).toBeNull();
		expect(parsePrecision('novads')).toBe('municipality');
	});
});
