import { describe, expect, it } from 'vitest';
import { formatHoursLine, formatOpenStatus } from './days';
import { hoursView } from '$lib/domain/hours-view';
import { openStatus } from '$lib/domain/opening-hours';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

const lielupe = 'Mo,We 09:00-12:00; Tu,Th 15:00-17:00';
const NOW = new Date('2026-11-27T10:00:00Z'); // Friday 12:00 in Riga
const lines = (value: string, locale: string, now = NOW) => {
	const view = hoursView(value, now)!;
	return view.lines!.map((l) => formatHoursLine(l, locale, view.today)).map((l) => `${l.label} ${l.text}`.replace(/\s/g, ' '));
};

describe('localized opening hours', () => {
	it('renders the Lielupe office hours the Latvian way', () => {
		overwriteGetLocale(() => 'lv');
		expect(lines(lielupe, 'lv')).toEqual(['P., T. 9:00–12:00', 'O., C. 15:00–17:00']);
	});
	it('collapses weekdays into a span and renders English', () => {
		overwriteGetLocale(() => 'en');
		expect(lines('Mo-Fr 10:00-18:00', 'en')).toEqual(['Mon–Fri 10:00–18:00']);
	});
	it('says when a closed place opens next', () => {
		overwriteGetLocale(() => 'lv');
		expect(formatOpenStatus(openStatus([lielupe], NOW), 'lv')).toBe('Slēgts, atver pirmdien 9:00');
	});
	it('names a fair by its next dates and says when it opens, months ahead', () => {
		overwriteGetLocale(() => 'lv');
		const fair = 'Sep Sa[-1],Sa[-1] +1 day 10:00-17:00';
		expect(lines(fair, 'lv')).toEqual(['2027. gada 25.–26. septembris (katru gadu) 10:00–17:00']);
		expect(formatOpenStatus(openStatus([fair], NOW), 'lv')).toBe('Slēgts, nākamreiz atvērts: 25. septembris, 10:00');
		overwriteGetLocale(() => 'en');
		expect(lines('May 01-Sep 30 Sa 09:00-14:00; PH off; 2026 Dec 14-2026 Dec 20 off', 'en')).toEqual(['May 1 – September 30, Sat 9:00–14:00', 'On public holidays closed', 'December 14 – 20 closed']);
	});
});
