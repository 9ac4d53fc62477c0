import { eq } from 'drizzle-orm';
import { places } from '../db/schema';
import type { Db } from '../db/types';
import type { EventRow } from './events-repository';
import type { MailEvent } from './mails';

/** The venue in one line: the directory place (or the organiser's venue name) and its address. */
export async function venueLine(db: Db, e: Pick<EventRow, 'placeId' | 'venueName' | 'address'>): Promise<string | null> {
	let name = e.venueName;
	let address = e.address;
	if (e.placeId) {
		const [p] = await db.select({ name: places.name, address: places.address, precision: places.locationPrecision }).from(places).where(eq(places.id, e.placeId));
		if (p) {
			name = name || p.name;
			address = address || (p.precision === 'exact' ? p.address : null);
		}
	}
	return [name, address].filter(Boolean).join(', ') || null;
}

export async function mailEventOf(db: Db, e: EventRow): Promise<MailEvent> {
	return {
		id: e.id,
		slug: e.slug,
		title: e.title,
		summary: e.summary,
		startsAt: e.startsAt,
		endsAt: e.endsAt,
		status: e.status,
		online: e.online,
		venue: await venueLine(db, e),
		updatedAt: e.updatedAt,
		timeZone: e.timeZone,
		joinUrl: e.joinUrl,
		materials: e.materials,
		offerHours: e.offerHours
	};
}
