import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFeed, eventUid, registrationIcs } from './ics';

const event = {
	id: '0b7c6a52-6a9f-4f0e-9d7e-2f1d5c2a9e11',
	slug: 'siera-darbnica',
	title: { lv: 'Kazas siera darbnīca „Ozolkalnā”', en: 'Goat cheese workshop' },
	summary: { lv: 'Siers no sākuma līdz degustācijai.' },
	startsAt: new Date('2026-12-10T09:00:00Z'),
	endsAt: new Date('2026-12-10T13:00:00Z'),
	status: 'published' as const,
	online: false,
	venue: '"Ozolkalna" kazu sēta, Ozolnieki'
};

function parse(text: string) {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('iCalendar with ical-generator, read back with ical.js', () => {
	it('a feed carries each event with its time, place, page and a stable UID', () => {
		const [ev] = parse(calendarFeed('Pasākumi', [{ event, url: 'https://tuvuma.test/lv/pasakumi/siera-darbnica' }], 'lv'));
		expect(ev.getFirstPropertyValue('summary')).toBe('Kazas siera darbnīca „Ozolkalnā”');
		expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2026-12-10T09:00:00.000Z');
		expect(ev.getFirstPropertyValue('location')).toBe('"Ozolkalna" kazu sēta, Ozolnieki');
		expect(ev.getFirstPropertyValue('url')).toBe('https://tuvuma.test/lv/pasakumi/siera-darbnica');
		expect(ev.getFirstPropertyValue('uid')).toBe(eventUid(event.id));
	});

	it('a registrant’s file is in their language, links their page, and a cancellation says CANCELLED', () => {
		const [ev] = parse(registrationIcs(event, 'en', 'https://tuvuma.test/en/pasakumi/siera-darbnica/mana?k=abc', 'https://meet.example/x'));
		expect(ev.getFirstPropertyValue('summary')).toBe('Goat cheese workshop');
		expect(String(ev.getFirstPropertyValue('description'))).toContain('https://meet.example/x');
		const [cancelled] = parse(registrationIcs({ ...event, status: 'cancelled' }, 'lv', 'https://tuvuma.test/x'));
		expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
	});
});
