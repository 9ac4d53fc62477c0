/**
 * The events block of other public pages: an organisation's and a municipality's upcoming events,
 * and — on a producer's, sales point's or place's page — the events it hosts or that stop there
 * (study visits, past ones too: "the visit came here"). Looked up by the page's slug.
 */
import { and, eq } from 'drizzle-orm';
import { organisations } from '../db/schema';
import type { Db } from '../db/types';
import type { CalendarRow } from './events-repository';
import { listingIds, municipalityBySlug } from './lookups-repository';
import { eventsAt, upcomingEvents } from './queries';

export type EventsSlot = { events: CalendarRow[]; calendarQuery: string | null };

export async function eventsForPage(
	db: Db,
	target: { organisation: string } | { municipality: string } | { producer: string } | { salesPoint: string } | { place: string },
	now = new Date()
): Promise<EventsSlot> {
	if ('organisation' in target) {
		const [o] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.slug, target.organisation), eq(organisations.status, 'published')));
		return { events: o ? await upcomingEvents(db, { organisationId: o.id }, now) : [], calendarQuery: `?organizacija=${target.organisation}` };
	}
	if ('municipality' in target) {
		const id = await municipalityBySlug(db, target.municipality);
		return { events: id ? await upcomingEvents(db, { municipalityId: id }, now) : [], calendarQuery: `?novads=${target.municipality}` };
	}
	const [kind, slug] = 'producer' in target ? (['producer', target.producer] as const) : 'salesPoint' in target ? (['sales_point', target.salesPoint] as const) : (['place', target.place] as const);
	const id = (await listingIds(db, kind, [slug])).get(slug);
	if (!id) return { events: [], calendarQuery: null };
	const scope = kind === 'producer' ? { producerId: id } : kind === 'sales_point' ? { salesPointId: id } : { placeId: id };
	return { events: await eventsAt(db, scope, 6), calendarQuery: null };
}
