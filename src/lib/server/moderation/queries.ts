/** Read-only flows for the moderation pages: the queue and one revision with its diff. */
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { findPossibleDuplicates, type PossibleDuplicate } from '../duplicates/find-duplicates';
import { listTerritoriesByIds } from '../geography/territories-repository';
import { listProducerPhotos, listProductPhotos } from '../images/images-repository';
import { listCategories } from '../taxonomy/categories-repository';
import { listLabels } from '../taxonomy/labels-repository';
import { ageInDays, changedUnder, diff, reviewRefusal, type FieldChange, type ReviewRefusal, type RevisionStatus } from './domain';
import { draftFields, LOCALIZED_FIELDS, type EntityType } from './drafts';
import type { RevisionSource } from './field-policy';
import { readListing } from './listings-repository';
import { appliedSince, countQueue, getRevision, listingNames, listQueue, openRevisionsOf, partsOf, queueMunicipalities, type QueueFilter } from './revisions-repository';

/** null = every municipality (moderators); otherwise the territory editor's municipalities. */
export type Reach = readonly number[] | null;

export type QueueParams = { type?: EntityType; municipalityId?: number; minAgeDays?: number; page: number };

export type QueueItem = {
	id: string;
	entityType: EntityType;
	name: string;
	municipality: string | null;
	source: RevisionSource;
	isNew: boolean;
	changedFields: string[];
	queuedAt: string;
	ageDays: number;
};

export const QUEUE_PAGE_SIZE = 25;

const nameText = (name: unknown, locale: string): string =>
	typeof name === 'string' ? name : name && typeof name === 'object' ? localized(name as LocalizedText, locale) : '';

export async function moderationQueue(db: Db, reach: Reach, params: QueueParams, locale: string, now: Date) {
	const scope: QueueFilter = reach ? { withinMunicipalities: reach } : {};
	const filter: QueueFilter = {
		...scope,
		entityTypes: params.type ? [params.type] : undefined,
		municipalityId: params.municipalityId,
		queuedBefore: params.minAgeDays ? new Date(now.getTime() - params.minAgeDays * 86_400_000) : undefined
	};
	const [rows, totals, all, municipalities] = await Promise.all([
		listQueue(db, filter, QUEUE_PAGE_SIZE, (params.page - 1) * QUEUE_PAGE_SIZE),
		countQueue(db, filter),
		countQueue(db, scope),
		queueMunicipalities(db, scope)
	]);
	const names = await listingNames(db, rows);
	const places = new Map((await listTerritoriesByIds(db, [...new Set(rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])))])).map((t) => [t.id, t.name]));
	const items: QueueItem[] = rows.map((r) => ({
		id: r.id,
		entityType: r.entityType,
		name: nameText(r.proposed.name ?? names.get(r.entityId), locale),
		municipality: r.municipalityId && places.has(r.municipalityId) ? localized(places.get(r.municipalityId)!, locale) : null,
		source: r.source,
		isNew: r.isNew,
		changedFields: r.changedFields,
		queuedAt: (r.queuedAt ?? r.createdAt).toISOString(),
		ageDays: ageInDays(r.queuedAt ?? r.createdAt, now)
	}));
	return {
		items,
		total: totals.count,
		totalInReach: all.count,
		pages: Math.max(1, Math.ceil(totals.count / QUEUE_PAGE_SIZE)),
		municipalities: sortLatvian(
			municipalities.map((m) => ({ id: m.id, name: localized(m.name, locale) })),
			(m) => m.name
		)
	};
}

/** How many revisions wait in a reviewer's reach (the header's badge). */
export async function waitingCount(db: Db, reach: Reach): Promise<number> {
	return (await countQueue(db, reach ? { withinMunicipalities: reach } : {})).count;
}

export type RevisionView = {
	id: string;
	entityType: EntityType;
	entityId: string;
	name: string;
	status: RevisionStatus;
	source: RevisionSource;
	isNew: boolean;
	note: string | null;
	reason: string | null;
	authorEmail: string | null;
	createdAt: string;
	queuedAt: string | null;
	baseVersion: number;
	currentVersion: number | null;
	listingStatus: string | null;
	listingSlug: string | null;
	municipalityId: number | null;
	/** Why approving is refused right now, if it is. */
	approveRefusal: ReviewRefusal | null;
	rows: FieldChange[];
	otherOpen: Array<{ id: string; createdAt: string; changedFields: string[] }>;
	/** Photos of the listing (a suggestion's photo waits with it, unpublished). */
	photos: Array<{ id: string; alt: string; width: number; height: number }>;
	/** Listings this one may duplicate (name, phone, e-mail, website, municipality). */
	duplicates: PossibleDuplicate[];
	/** Names for ids shown in the diff. */
	lookup: { categories: Record<number, string>; labels: Record<number, string>; territories: Record<number, string> };
	/** A new producer's new products and own points, decided together with it. */
	parts: ReviewPart[];
};

export type ReviewPart = Pick<RevisionView, 'id' | 'entityType' | 'name' | 'rows' | 'lookup'>;

export async function revisionView(db: Db, id: string, locale: string): Promise<RevisionView | null> {
	const rev = await getRevision(db, id);
	if (!rev) return null;
	const listing = await readListing(db, rev.entityType, rev.entityId);
	// for a new listing the row holds the proposal itself: compare against nothing
	const published = rev.isNew ? null : (listing?.fields ?? null);
	const localizedFields = LOCALIZED_FIELDS[rev.entityType];
	const rows = diff(published, rev.proposed, draftFields(rev.entityType), localizedFields);
	const currentVersion = listing?.version ?? 1;
	const conflict = rev.status === 'pending' && changedUnder(rev, await appliedSince(db, rev.entityType, rev.entityId, rev.baseVersion), currentVersion, localizedFields);
	const others = (await openRevisionsOf(db, rev.entityType, rev.entityId)).filter((o) => o.id !== rev.id);
	return {
		id: rev.id,
		entityType: rev.entityType,
		entityId: rev.entityId,
		name: nameText(rev.proposed.name ?? listing?.fields.name, locale),
		status: rev.status,
		source: rev.source,
		isNew: rev.isNew,
		note: rev.note,
		reason: rev.reason,
		authorEmail: rev.authorEmail,
		createdAt: rev.createdAt.toISOString(),
		queuedAt: rev.queuedAt?.toISOString() ?? null,
		baseVersion: rev.baseVersion,
		currentVersion: listing?.version ?? null,
		listingStatus: listing?.status ?? null,
		listingSlug: listing?.slug ?? null,
		municipalityId: rev.municipalityId ?? listing?.municipalityId ?? null,
		approveRefusal: reviewRefusal(rev, 'approve', conflict),
		rows,
		otherOpen: others.map((o) => ({ id: o.id, createdAt: o.createdAt.toISOString(), changedFields: o.changedFields })),
		duplicates: await duplicatesOf(db, rev.entityType, rev.entityId, { ...listing?.fields, ...rev.proposed }, locale),
		photos: (rev.entityType === 'producer' ? await listProducerPhotos(db, [rev.entityId]) : rev.entityType === 'product' ? await listProductPhotos(db, [rev.entityId]) : []).map(
			(p) => ({ id: p.id, alt: p.alt, width: p.width, height: p.height })
		),
		lookup: await lookupNames(db, rows, locale),
		parts: rev.entityType === 'producer' && rev.isNew && rev.status !== 'published' ? await reviewParts(db, rev.entityId, locale) : []
	};
}

async function reviewParts(db: Db, producerId: string, locale: string): Promise<ReviewPart[]> {
	const parts = (await partsOf(db, producerId)).map((part) => ({
		part,
		// what the owner filled in; the producer it belongs to is the listing above
		rows: diff(null, part.proposed, draftFields(part.entityType), LOCALIZED_FIELDS[part.entityType]).filter((r) => r.changed && r.field !== 'producerId')
	}));
	// one set of names for every part's categories and places, not a lookup per part
	const lookup = await lookupNames(db, parts.flatMap((p) => p.rows), locale);
	return parts.map(({ part, rows }) => ({ id: part.id, entityType: part.entityType, name: nameText(part.proposed.name, locale), rows, lookup }));
}

async function lookupNames(db: Db, rows: FieldChange[], locale: string): Promise<RevisionView['lookup']> {
	const values = (field: string) => rows.filter((r) => r.field === field).flatMap((r) => [r.before, r.after]);
	const ids = (fields: string[]) => fields.flatMap(values).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is number => typeof v === 'number');
	const out: RevisionView['lookup'] = { categories: {}, labels: {}, territories: {} };
	const catIds = new Set(ids(['categoryIds', 'categoryId']));
	const labelIds = new Set(ids(['labelIds']));
	const terrIds = ids(['municipalityId', 'localityId']);
	if (catIds.size) for (const c of await listCategories(db)) if (catIds.has(c.id)) out.categories[c.id] = localized(c.name, locale);
	if (labelIds.size) for (const l of await listLabels(db)) if (labelIds.has(l.id)) out.labels[l.id] = localized(l.name, locale);
	if (terrIds.length) for (const t of await listTerritoriesByIds(db, [...new Set(terrIds)])) out.territories[t.id] = localized(t.name, locale);
	return out;
}

/** Only producers, sales points and places have look-alikes worth showing (products live inside producers). */
async function duplicatesOf(db: Db, entityType: EntityType, entityId: string, f: Record<string, unknown>, locale: string): Promise<PossibleDuplicate[]> {
	if (entityType === 'product' || typeof f.name !== 'string') return [];
	const text = (v: unknown) => (typeof v === 'string' ? v : null);
	return findPossibleDuplicates(
		db,
		{
			name: f.name,
			phone: text(f.phone),
			email: text(f.email),
			website: text(f.website),
			municipalityId: typeof f.municipalityId === 'number' ? f.municipalityId : null,
			excludeId: entityId,
			entityType
		},
		locale
	);
}
