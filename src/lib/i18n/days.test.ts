import { describe, expect, it } from 'vitest';
import { formatHoursLines, formatOpenStatus } from './days';
import { openStatus } from '$lib/domain/opening-hours';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

const lielupe = [
	{ day: 1, opens: '09:00', closes: '12:00' },
	{ day: 3, opens: '09:00', closes: '12:00' },
	{ day: 2, opens: '15:00', closes: '17:00' },
	{ day: 4, opens: '15:00', closes: '17:00' }
];

describe('localized opening hours', () => {
	it('renders the Lielupe office hours the Latvian way', () => {
		overwriteGetLocale(() => 'lv');
		const text = formatHoursLines(lielupe).map((l) => `${l.days} ${l.times}`).join('; ');
		expect(text).toBe('P., T. 9:00–12:00; O., C. 15:00–17:00');
	});
	it('collapses weekdays into a span and renders English', () => {
		overwriteGetLocale(() => 'en');
		const week = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '10:00', closes: '18:00' }));
		expect(formatHoursLines(week)).toEqual([{ days: 'Mon–Fri', times: '10:00–18:00' }]);
	});
	it('says when a closed place opens next', () => {
		overwriteGetLocale(() => 'lv');
		// Friday 2026-11-27 12:00 Riga
		expect(formatOpenStatus(openStatus(lielupe, new Date('2026-11-27T10:00:00Z')))).toBe('Slēgts, atver pirmdien 9:00');
	});
});
