import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { eventSchema } from './events';

const base = { submission: '6f1c2b7e-3d4a-4b8c-9e2f-1a2b3c4d5e6f', kind: 'workshop', title: { lv: 'Tirdziņš' }, startDate: '2027-03-10', startTime: '14:00', endTime: '17:00', timeZone: 'Europe/Riga', address: 'Brīvības iela 10, Ogre' };

describe('the event form names every mistake at once', () => {
	it('an end before the start and a missing venue are named even when the capacity is not a number', () => {
		const parsed = parseWith(eventSchema, { ...base, endTime: '11:00', address: '', capacity: 'desmit' });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toMatchObject({ capacity: 'invalid_number', endTime: 'date_order', address: 'venue_required' });
	});

	it('a whole, right form parses', () => {
		const parsed = parseWith(eventSchema, { ...base, capacity: '40' });
		expect(parsed.ok ? parsed.data.capacity : parsed.errors).toBe(40);
	});
});
