/** The host's view of one place it runs: every resident (consented or not), plans, the visit inbox. */
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { listPlans, type PlanRow } from './plans-repository';
import { placeOfOperator, placesOfOperator, type HostedPlace } from './places-lookup';
import { listResidents, type ResidentRow } from './residents-repository';
import { countNewVisits, listVisits, type VisitRow } from './visits-repository';

export type HostPlaceData = {
	place: HostedPlace;
	residents: (Omit<ResidentRow, 'consentAt'> & { consentOn: string | null; activityText: string })[];
	plans: PlanRow[];
	visits: (Omit<VisitRow, 'createdAt' | 'answeredAt'> & { createdAt: string; answeredAt: string | null })[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function hostPlaces(db: Db, organisationId: string): Promise<(HostedPlace & { newVisits: number })[]> {
	const places = await placesOfOperator(db, organisationId);
	return Promise.all(places.map(async (p) => ({ ...p, newVisits: await countNewVisits(db, [p.id]) })));
}

export async function hostPlace(db: Db, organisationId: string, placeId: string, locale: string): Promise<HostPlaceData | null> {
	const place = await placeOfOperator(db, organisationId, placeId);
	if (!place) return null;
	const [residents, plans, visits] = await Promise.all([listResidents(db, [place.id], { consentedOnly: false }), listPlans(db, [place.id]), listVisits(db, place.id)]);
	return {
		place,
		residents: residents.map(({ consentAt, ...r }) => ({ ...r, consentOn: day(consentAt), activityText: localized(r.activity, locale) })),
		plans,
		visits: visits.map((v) => ({ ...v, createdAt: v.createdAt.toISOString(), answeredAt: v.answeredAt?.toISOString() ?? null }))
	};
}
