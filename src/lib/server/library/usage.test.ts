import { describe, expect, it } from 'vitest';
import { countsAsUse, usageMonth } from './usage';

const CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const visit = (x: Partial<Parameters<typeof countsAsUse>[0]> = {}) => ({ userAgent: CHROME, staffOf: [], method: 'GET', purpose: null, ...x });

describe('which visits count as library use', () => {
	it('a person on a phone counts; crawlers, link checkers and scripts without a browser name do not', () => {
		expect(countsAsUse(visit(), 'org-a')).toBe(true);
		expect(countsAsUse(visit({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }), 'org-a')).toBe(false);
		expect(countsAsUse(visit({ userAgent: 'curl/8.5.0' }), 'org-a')).toBe(false);
		expect(countsAsUse(visit({ userAgent: '  ' }), 'org-a')).toBe(false);
	});

	it("the organisation's own staff do not count on its items, but do on another organisation's", () => {
		expect(countsAsUse(visit({ staffOf: ['org-a'] }), 'org-a')).toBe(false);
		expect(countsAsUse(visit({ staffOf: ['org-a'] }), 'org-b')).toBe(true);
	});

	it('prefetches and HEAD requests are nobody reading', () => {
		expect(countsAsUse(visit({ purpose: 'prefetch' }), 'org-a')).toBe(false);
		expect(countsAsUse(visit({ method: 'HEAD' }), 'org-a')).toBe(false);
	});

	it('counts in the Riga month: New Year night at 00:30 Riga is January, though still December in UTC', () => {
		expect(usageMonth(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
		expect(usageMonth(new Date('2026-12-05T12:00:00Z'))).toBe('2026-12-01');
	});
});
