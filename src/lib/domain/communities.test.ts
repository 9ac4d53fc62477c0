import { describe, expect, it } from 'vitest';
import { formatEuro, lineStatus, parseEuroCents, telHref } from './communities';

const nbsp = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('plan prices', () => {
	it('reads in Latvian with the euro sign after and a decimal comma; whole euros without cents', () => {
		expect(nbsp(formatEuro(2500, 'lv'))).toBe('25 €');
		expect(nbsp(formatEuro(1250, 'lv'))).toBe('12,50 €');
		expect(nbsp(formatEuro(1200000, 'lv'))).toBe('12 000 €');
		expect(formatEuro(null, 'lv')).toBeNull();
		expect(nbsp(formatEuro(1250, 'en'))).toBe('€12.50');
	});

	it('parses what people type, and refuses what is not a price', () => {
		expect(parseEuroCents('25')).toBe(2500);
		expect(parseEuroCents('12,50 €')).toBe(1250);
		expect(parseEuroCents('12.5')).toBe(1250);
		expect(parseEuroCents('1 200')).toBe(120000);
		expect(parseEuroCents('')).toBeNull();
		expect(parseEuroCents('abc')).toBeUndefined();
		expect(parseEuroCents('-5')).toBeUndefined();
		expect(parseEuroCents('1,234')).toBeUndefined();
	});
});

describe('a consultation line answers now (Riga time)', () => {
	const weekdays = 'Mo-Fr 09:00-17:00';
	it('in winter (UTC+2): 07:30 UTC on a Thursday is 9:30 in Riga, open', () => {
		expect(lineStatus(weekdays, new Date('2026-01-15T07:30:00Z')).openNow).toBe(true);
		expect(lineStatus(weekdays, new Date('2026-01-15T06:30:00Z')).openNow).toBe(false);
	});
	it('in summer (UTC+3): 06:30 UTC is already 9:30 in Riga; 05:30 UTC is 8:30, opening at 9:00', () => {
		expect(lineStatus(weekdays, new Date('2026-07-16T06:30:00Z')).openNow).toBe(true);
		const early = lineStatus(weekdays, new Date('2026-07-16T05:30:00Z'));
		expect(early.openNow).toBe(false);
		expect(early.status).toMatchObject({ state: 'closed', opensAt: '9:00', opensToday: true });
	});
	it('the Monday after the spring change (29 March 2026) opens at 9:00 summer time, 06:00 UTC', () => {
		expect(lineStatus(weekdays, new Date('2026-03-30T05:59:00Z')).openNow).toBe(false);
		expect(lineStatus(weekdays, new Date('2026-03-30T06:01:00Z')).openNow).toBe(true);
	});
	it('after the autumn change (25 October 2026) 16:30 UTC is 18:30 in Riga: the long line is open, the short one closed', () => {
		const at = new Date('2026-10-26T16:30:00Z');
		expect(lineStatus('Mo-Fr 09:00-20:00', at).openNow).toBe(true);
		expect(lineStatus(weekdays, at).status).toMatchObject({ state: 'closed', opensTomorrow: true });
	});
	it('a line without hours is neither open nor closed', () => {
		expect(lineStatus('', new Date()).openNow).toBeNull();
	});
	it('dials only digits and the plus', () => {
		expect(telHref('+371 25 565 098')).toBe('tel:+37125565098');
	});
});
