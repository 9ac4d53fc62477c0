import { describe, expect, it } from 'vitest';
import { calendarQuery, parseCalendarParams } from './calendar-query';

const now = new Date('2026-12-05T10:00:00Z');

describe('calendar filters in the URL', () => {
	it('reads the Latvian parameter words and ignores what names nothing', () => {
		const p = parseCalendarParams(new URLSearchParams('skats=menesis&menesis=2027-02&veids=webinar&veids=nope&novads=jelgavas-novads&tiessaiste=1&valoda=ru&projekts=Nav%20projekts!&page=0'), now);
		expect(p).toMatchObject({ view: 'month', month: '2027-02', kinds: ['webinar'], municipality: 'jelgavas-novads', online: true, language: 'ru', project: null, page: 1 });
	});

	it('takes a project by its slug, and an older link’s uuid too', () => {
		expect(parseCalendarParams(new URLSearchParams('projekts=lv-md-sadarbiba'), now).project).toBe('lv-md-sadarbiba');
		expect(parseCalendarParams(new URLSearchParams('projekts=0b7c5f2e-9a1d-4c3b-8e2f-1a2b3c4d5e6f'), now).project).toBe('0b7c5f2e-9a1d-4c3b-8e2f-1a2b3c4d5e6f');
	});

	it('defaults to the upcoming list of the current Riga month', () => {
		expect(parseCalendarParams(new URLSearchParams(''), now)).toMatchObject({ view: 'list', month: '2026-12', kinds: [], online: undefined, past: false });
	});

	it('writes the same filters back', () => {
		const p = parseCalendarParams(new URLSearchParams('veids=workshop&veids=seminar&organizacija=pierigas-partneriba&tiessaiste=0'), now);
		expect(calendarQuery(p)).toBe('?veids=workshop&veids=seminar&tiessaiste=0&organizacija=pierigas-partneriba');
		expect(parseCalendarParams(new URLSearchParams(calendarQuery(p).slice(1)), now)).toEqual(p);
	});
});
