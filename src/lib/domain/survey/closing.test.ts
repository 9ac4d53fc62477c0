import { describe, expect, it } from 'vitest';
import { closingInstant } from './closing';

describe('a survey closes at the end of its closing day in Riga', () => {
	it('in winter time (UTC+2) and in summer time (UTC+3)', () => {
		expect(closingInstant('2026-12-20')?.toISOString()).toBe('2026-12-20T21:59:59.999Z');
		expect(closingInstant('2026-07-15')?.toISOString()).toBe('2026-07-15T20:59:59.999Z');
	});

	it('on the days the clocks change', () => {
		expect(closingInstant('2026-03-29')?.toISOString()).toBe('2026-03-29T20:59:59.999Z');
		expect(closingInstant('2026-10-25')?.toISOString()).toBe('2026-10-25T21:59:59.999Z');
	});

	it('refuses a date that is not one', () => {
		expect(closingInstant('2026-02-30')).toBeNull();
		expect(closingInstant('soon')).toBeNull();
	});
});
