/**
 * The host's changes to a place it runs: residents, plans, amenities and hours. Each is one
 * transaction with its audit entry; amenity and hours changes also queue the place's reindex
 * (the directory, map and "open now" filter read the search index).
 */
import { isAmenityKey } from '$lib/contracts/listings/amenities';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { personForEmail } from '../people/flow';
import { LISTING_REINDEX_JOB } from '../search';
import { compactText } from './forms';
import { updatePlaceCommunity, type HostedPlace } from './places-lookup';
import { deletePlan, insertPlan, updatePlan, type PlanInput } from './plans-repository';
import { deleteResident, findPublishedProducer, insertResident, updateResident } from './residents-repository';

export type Actor = { userId: string; organisationId: string };

const audit = (tx: Db, actor: Actor, action: string, place: HostedPlace, details: Record<string, unknown> = {}) =>
	recordAudit(tx, { actorUserId: actor.userId, action, entityType: 'place', entityId: place.id, details: { organisationId: actor.organisationId, ...details } });

export type ResidentFields = {
	displayName: string;
	email?: string;
	producer?: string;
	activity?: { lv?: string; en?: string; ro?: string; ru?: string };
	consentOn?: string;
	sinceOn?: string;
};

/** A producer is named by its listing's address or slug (…/razotaji/{slug}); a person by name, optionally their address. */
export function producerSlugOf(text: string): string {
	const t = text.trim().replace(/\/+$/, '');
	return (t.split('/razotaji/')[1] ?? t).split(/[/?#]/)[0];
}

export type ResidentResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export async function saveResident(db: Db, actor: Actor, place: HostedPlace, f: ResidentFields, id: string | null, locale: string): Promise<ResidentResult> {
	const producer = f.producer ? await findPublishedProducer(db, producerSlugOf(f.producer)) : null;
	if (f.producer && !producer) return { ok: false, errors: { producer: 'producer_not_found' } };
	return db.transaction(async (tx) => {
		const person = f.email ? await personForEmail(tx, { email: f.email, name: f.displayName, locale }) : null;
		const values = {
			producerId: producer?.id ?? null,
			displayName: f.displayName,
			activity: compactText(f.activity),
			// the host records the day the resident agreed to be shown; no date, not shown
			consentAt: f.consentOn ? new Date(`${f.consentOn}T12:00:00Z`) : null,
			sinceOn: f.sinceOn ?? null
		};
		let savedId = id;
		if (id) {
			// an edit without an address keeps the person the resident was linked to
			if (!(await updateResident(tx, place.id, id, person ? { ...values, personId: person.id } : values))) return { ok: false, errors: { _form: 'not_found' } } as const;
		} else savedId = await insertResident(tx, place.id, { ...values, personId: person?.id ?? null });
		await audit(tx, actor, id ? 'place_resident.update' : 'place_resident.create', place, { residentId: savedId, consent: !!values.consentAt });
		return { ok: true, id: savedId! } as const;
	});
}

export async function removeResident(db: Db, actor: Actor, place: HostedPlace, id: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await deleteResident(tx, place.id, id))) return false;
		await audit(tx, actor, 'place_resident.delete', place, { residentId: id });
		return true;
	});
}

export async function savePlan(db: Db, actor: Actor, place: HostedPlace, p: PlanInput, id: string | null): Promise<boolean> {
	return db.transaction(async (tx) => {
		const planId = id ? ((await updatePlan(tx, place.id, id, p)) ? id : null) : await insertPlan(tx, place.id, p);
		if (!planId) return false;
		await audit(tx, actor, id ? 'place_plan.update' : 'place_plan.create', place, { planId, priceCents: p.priceCents, period: p.period });
		return true;
	});
}

export async function removePlan(db: Db, actor: Actor, place: HostedPlace, id: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await deletePlan(tx, place.id, id))) return false;
		await audit(tx, actor, 'place_plan.delete', place, { planId: id });
		return true;
	});
}

async function changePlace(db: Db, actor: Actor, place: HostedPlace, set: { amenities?: string[]; openingHours?: string }, action: string): Promise<void> {
	await db.transaction(async (tx) => {
		await updatePlaceCommunity(tx, place.id, set);
		await enqueueJob(tx, LISTING_REINDEX_JOB, { entityType: 'place', id: place.id }, { dedupeKey: `reindex:place:${place.id}` });
		await audit(tx, actor, action, place, set);
	});
}

/** Only catalogued amenities are kept (unknown keys would show untranslated). */
export async function saveAmenities(db: Db, actor: Actor, place: HostedPlace, keys: string[]): Promise<void> {
	await changePlace(db, actor, place, { amenities: [...new Set(keys)].filter(isAmenityKey) }, 'place.amenities');
}

export async function saveHours(db: Db, actor: Actor, place: HostedPlace, openingHours: string): Promise<'saved' | 'unchanged'> {
	if (openingHours === place.openingHours) return 'unchanged';
	await changePlace(db, actor, place, { openingHours }, 'place.hours');
	return 'saved';
}
