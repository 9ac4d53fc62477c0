/**
 * What an owner changes from the dashboard. Everything published goes through `submitRevision`
 * (moderation contract): direct fields (prices, opening hours, …) apply at once, the rest waits for
 * review. Exceptions, on purpose: removing one's own product or leaving a sales point takes effect
 * at once (an owner must be able to stop offering something immediately) and is audited.
 */
import type { Db } from '$lib/server/db/types';
import { recordAudit } from '$lib/server/audit/audit-repository';
import type { LocalizedText } from '$lib/domain/types';
import { NothingChangedError, submitRevision, submitRevisionIn, type SubmitRevisionResult } from '$lib/server/moderation/revisions-flow';
import { queueReindex } from '$lib/server/moderation/effects';
import { getRevision, moveRevision } from '$lib/server/moderation/revisions-repository';
import type { RevisionSource } from '$lib/server/moderation/field-policy';
import { addOwner } from '$lib/server/claims/owners-repository';
import { localityFromAddress } from '$lib/server/geography/locality-from-address';
import { deleteProductOf, linkSalesPoint, publishedSalesPointName, unlinkSalesPoint } from './owner-repository';
import type { ProducerFormFields } from './producer-form';
import type { ProductFormFields } from './product-form';

/** `source`: 'owner', or 'moderator' for a reviewer who edits through the dashboard (their changes apply whole). */
export type Author = { userId: string; email: string; locale: string; source?: RevisionSource };
export type Outcome = { applied: string[]; pending: string[] } | 'unchanged';

const author = (a: Author) => ({ userId: a.userId, email: a.email, locale: a.locale });

/**
 * The locality named in the address (a village chosen as precision is stored as the locality);
 * only when one is found, so an edit never drops a locality set before by an import or a moderator.
 */
async function withLocality<T extends { municipalityId: number; address: string | null }>(db: Db, draft: T): Promise<T & { localityId?: number }> {
	const localityId = await localityFromAddress(db, draft.municipalityId, draft.address);
	return localityId === null ? draft : { ...draft, localityId };
}

function producerDraft(f: ProducerFormFields, description: LocalizedText | null): Record<string, unknown> & { municipalityId: number; address: string | null } {
	return {
		name: f.name,
		kind: f.kind,
		// the form edits the Latvian text; translations someone added stay
		description: { ...(description ?? {}), lv: f.descriptionLv },
		municipalityId: f.municipalityId,
		address: f.address,
		locationPrecision: f.locationPrecision,
		phone: f.phone,
		email: f.email,
		website: f.website,
		facebook: f.facebook,
		instagram: f.instagram,
		foundedYear: f.foundedYear,
		categoryIds: f.categoryIds
	};
}

/** Producer sign-up: a new listing, pending review, owned by its author from the start. */
export async function createListing(db: Db, a: Author, f: ProducerFormFields): Promise<{ producerId: string }> {
	return db.transaction(async (tx) => {
		const r = await submitRevisionIn(tx, { entityType: 'producer', entityId: null, proposed: await withLocality(tx, producerDraft(f, null)), author: author(a), source: a.source ?? 'owner' });
		await addOwner(tx, r.entityId, a.userId);
		return { producerId: r.entityId };
	});
}

async function submit(db: Db, input: Parameters<typeof submitRevision>[1]): Promise<Outcome> {
	try {
		const r: SubmitRevisionResult = await submitRevision(db, input);
		return { applied: r.appliedDirectly, pending: r.pendingFields };
	} catch (e) {
		if (e instanceof NothingChangedError) return 'unchanged';
		throw e;
	}
}

export async function updateProfile(db: Db, a: Author, producerId: string, f: ProducerFormFields, description: LocalizedText | null): Promise<Outcome> {
	return submit(db, { entityType: 'producer', entityId: producerId, proposed: await withLocality(db, producerDraft(f, description)), author: author(a), source: a.source ?? 'owner' });
}

function productDraft(f: ProductFormFields, name: LocalizedText | null): Record<string, unknown> {
	// numeric(10,3) comes back as "0.500": write it the same way, or an unchanged amount looks changed
	const unitAmount = f.unitAmount === null ? null : Number(f.unitAmount).toFixed(3);
	return { name: { ...(name ?? {}), lv: f.nameLv }, categoryId: f.categoryId, priceCents: f.priceCents, unit: f.unit, unitAmount };
}

/** A new product waits for review as a whole (nothing of it is public before). */
export async function addProduct(db: Db, a: Author, producerId: string, f: ProductFormFields): Promise<Outcome> {
	return submit(db, { entityType: 'product', entityId: null, proposed: { producerId, ...productDraft(f, null) }, author: author(a), source: a.source ?? 'owner' });
}

export function updateProduct(db: Db, a: Author, productId: string, f: ProductFormFields, name: LocalizedText | null): Promise<Outcome> {
	return submit(db, { entityType: 'product', entityId: productId, proposed: productDraft(f, name), author: author(a), source: a.source ?? 'owner' });
}

/**
 * A new product still waiting for its first review: the owner corrects it or withdraws it. A
 * correction puts the waiting proposal away and queues a new one, so a moderator never approves
 * something other than what they saw (an approval of the old one is refused as no longer pending).
 * False when it no longer waits (a moderator decided meanwhile) or is not this listing's.
 */
export async function changeWaitingProduct(db: Db, a: Author, producerId: string, revisionId: string, f: ProductFormFields | null): Promise<boolean> {
	return db.transaction(async (tx) => {
		const waiting = await getRevision(tx, revisionId);
		if (!waiting || waiting.entityType !== 'product' || !waiting.isNew || waiting.proposed.producerId !== producerId) return false;
		const reason = f ? 'corrected by the owner' : 'withdrawn by the owner';
		if (!(await moveRevision(tx, waiting.id, 'pending', 'archived', { reviewedBy: a.userId, at: new Date(), reason }))) return false;
		await recordAudit(tx, { actorUserId: a.userId, action: f ? 'product.correct' : 'product.withdraw', entityType: 'product', entityId: waiting.entityId, details: { producerId, revisionId } });
		if (f) await submitRevisionIn(tx, { entityType: 'product', entityId: null, proposed: { producerId, ...productDraft(f, null) }, author: author(a), source: a.source ?? 'owner' });
		return true;
	});
}

export async function removeProduct(db: Db, a: Author, producerId: string, productId: string): Promise<void> {
	await db.transaction(async (tx) => {
		if (!(await deleteProductOf(tx, producerId, productId))) return;
		await queueReindex(tx, 'producer', producerId, producerId);
		await recordAudit(tx, { actorUserId: a.userId, action: 'product.remove', entityType: 'product', entityId: productId, details: { producerId } });
	});
}

/** `hours` is an OpenStreetMap opening_hours value (components/hours/HoursEditor.svelte writes it). */
export function updateHours(db: Db, a: Author, salesPointId: string, hours: string): Promise<Outcome> {
	return submit(db, { entityType: 'sales_point', entityId: salesPointId, proposed: { openingHours: hours }, author: author(a), source: a.source ?? 'owner' });
}

/** A new own sales point (a farm gate, a home shop): pending review, linked to the producer at once. */
export async function addSalesPoint(
	db: Db,
	a: Author,
	producerId: string,
	f: { name: string; kind: string; municipalityId: number; address: string | null; locationPrecision: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		const r = await submitRevisionIn(tx, { entityType: 'sales_point', entityId: null, proposed: await withLocality(tx, { ...f }), author: author(a), source: a.source ?? 'owner' });
		await linkSalesPoint(tx, producerId, r.entityId);
	});
}

/**
 * "I sell there too": the listing joins a published market or shop instead of adding a copy of it.
 * Like leaving, it takes effect at once (the point itself was reviewed when it was published) and
 * is audited. Its name, or null when the point is not published (any more).
 */
export async function joinSalesPoint(db: Db, a: Author, producerId: string, salesPointId: string): Promise<string | null> {
	return db.transaction(async (tx) => {
		const name = await publishedSalesPointName(tx, salesPointId);
		if (name === null) return null;
		await linkSalesPoint(tx, producerId, salesPointId);
		await queueReindex(tx, 'producer', producerId, producerId);
		await recordAudit(tx, { actorUserId: a.userId, action: 'sales_point.join', entityType: 'producer', entityId: producerId, details: { salesPointId } });
		return name;
	});
}

export async function leaveSalesPoint(db: Db, a: Author, producerId: string, salesPointId: string): Promise<void> {
	await db.transaction(async (tx) => {
		await unlinkSalesPoint(tx, producerId, salesPointId);
		await queueReindex(tx, 'producer', producerId, producerId);
		await recordAudit(tx, { actorUserId: a.userId, action: 'sales_point.leave', entityType: 'producer', entityId: producerId, details: { salesPointId } });
	});
}
