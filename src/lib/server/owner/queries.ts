/** What the owner dashboard shows: one's listings, each with its pending changes. */
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import type { Db } from '$lib/server/db/types';
import { listClaimsOfUser } from '$lib/server/claims/claims-repository';
import { allProductPhotos, producerPhotos } from '$lib/server/images/queries';
import { suggestionFormOptions } from '$lib/server/moderation/suggestion-options';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { sortLatvian } from '$lib/text/collation';
import { foldText } from '$lib/text/fold';
import { listTerritoriesByIds } from '$lib/server/geography/territories-repository';
import {
	findProducerForOwner,
	findProductForOwner,
	findJoinableSalesPoints,
	findPublishedByName,
	listOwnedProducers,
	listPendingNewProducts,
	listPendingRevisions,
	listProductsForOwner,
	listSalesPointsForOwner
} from './owner-repository';

export async function myDashboard(db: Db, userId: string) {
	const [listings, claims] = await Promise.all([listOwnedProducers(db, userId), listClaimsOfUser(db, userId)]);
	const pending = await listPendingRevisions(db, listings.map((l) => l.id));
	return {
		listings: listings.map((l) => ({ ...l, pendingChanges: pending.filter((p) => p.entityId === l.id && !p.isNew).length })),
		claims: claims.filter((c) => c.status !== 'approved').map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }))
	};
}

const pendingFieldsOf = (rows: { entityId: string; changedFields: string[] }[], id: string) => [...new Set(rows.filter((r) => r.entityId === id).flatMap((r) => r.changedFields))];

/** The producer form's current values (the owner's own address included), pending fields and photos. */
export async function producerForEdit(db: Db, producerId: string, locale: string) {
	const row = await findProducerForOwner(db, producerId);
	if (!row) return null;
	const [pending, photos, options] = await Promise.all([listPendingRevisions(db, [producerId]), producerPhotos(db, [producerId]), producerFormOptions(db, locale)]);
	return {
		producer: {
			id: row.id,
			slug: row.slug,
			name: row.name,
			status: row.status,
			values: {
				name: row.name,
				kind: row.kind,
				description: row.description?.lv ?? '',
				municipalityId: String(row.municipalityId),
				address: row.address ?? '',
				locationPrecision: row.locationPrecision,
				phone: row.phone ?? '',
				email: row.email ?? '',
				website: row.website ?? '',
				facebook: row.facebook ?? '',
				instagram: row.instagram ?? '',
				foundedYear: row.foundedYear ? String(row.foundedYear) : '',
				categoryIds: (row.categoryIds ?? []).join(',')
			}
		},
		description: row.description,
		pendingFields: pendingFieldsOf(pending, producerId),
		photos: photos.get(producerId) ?? [],
		options
	};
}

/** Kinds, categories (top level and their children) and municipalities in Latvian order. */
export async function producerFormOptions(db: Db, locale: string) {
	const [base, all] = await Promise.all([suggestionFormOptions(db, locale), listCategories(db)]);
	const top = all.filter((c) => c.parentId === null);
	const categories = top.flatMap((t) => [
		{ id: t.id, name: localized(t.name, locale), depth: 0 },
		...sortLatvian(
			all.filter((c) => c.parentId === t.id).map((c) => ({ id: c.id, name: localized(c.name, locale), depth: 1 })),
			(c) => c.name
		)
	]);
	return { kinds: base.kinds, municipalities: base.municipalities, categories };
}

export async function productsForEdit(db: Db, producerId: string, locale: string) {
	const [rows, newOnes, options] = await Promise.all([listProductsForOwner(db, producerId), listPendingNewProducts(db, producerId), producerFormOptions(db, locale)]);
	const [pending, photos] = await Promise.all([listPendingRevisions(db, rows.map((r) => r.id)), allProductPhotos(db, rows.map((r) => r.id))]);
	return {
		products: rows.map((r) => ({
			id: r.id,
			name: localized(r.name, locale),
			values: {
				name: r.name.lv ?? '',
				categoryId: r.categoryId === null ? '' : String(r.categoryId),
				price: r.priceCents === null ? '' : (r.priceCents / 100).toFixed(2).replace('.', ','),
				unit: r.unit ?? '',
				unitAmount: r.unitAmount === null ? '' : String(Number(r.unitAmount)).replace('.', ',')
			},
			pendingFields: pendingFieldsOf(pending, r.id),
			photos: photos.get(r.id) ?? []
		})),
		// a product waiting for its first review shows what the owner sent: the name, and the price per unit if given
		waiting: newOnes.map((n) => {
			const proposed = n.proposed as { name?: LocalizedText; categoryId?: number | null; priceCents?: number | null; unit?: string | null; unitAmount?: string | null };
			const unitAmount = proposed.unitAmount == null ? null : Number(proposed.unitAmount);
			return {
				id: n.id,
				name: localized(proposed.name ?? { lv: '' }, locale),
				priceCents: proposed.priceCents ?? null,
				unit: proposed.unit ?? null,
				unitAmount,
				// the form to correct it, filled with what was sent
				values: {
					name: proposed.name?.lv ?? '',
					categoryId: proposed.categoryId == null ? '' : String(proposed.categoryId),
					price: proposed.priceCents == null ? '' : (proposed.priceCents / 100).toFixed(2).replace('.', ','),
					unit: proposed.unit ?? '',
					unitAmount: unitAmount === null ? '' : String(unitAmount).replace('.', ',')
				}
			};
		}),
		categories: options.categories
	};
}

export async function salesPointsForEdit(db: Db, producerId: string, locale: string) {
	const [rows, options] = await Promise.all([listSalesPointsForOwner(db, producerId), producerFormOptions(db, locale)]);
	const pending = await listPendingRevisions(db, rows.map((r) => r.id));
	return {
		salesPoints: rows.map((r) => ({
			id: r.id,
			slug: r.slug,
			name: r.name,
			kind: r.kind,
			status: r.status,
			hours: r.openingHours,
			/** Markets and shops shared with other producers are not one owner's to edit. */
			editable: Number(r.sharedWith) === 0,
			pendingFields: pendingFieldsOf(pending, r.id)
		})),
		municipalities: options.municipalities
	};
}

/** "Find your business": published producers by name, with their municipality. */
export async function findToClaim(db: Db, query: string, locale: string) {
	const folded = foldText(query.trim());
	if (folded.length < 2) return [];
	const rows = await findPublishedByName(db, folded);
	const territories = await listTerritoriesByIds(db, [...new Set(rows.map((r) => r.municipalityId))]);
	const names = new Map(territories.map((t) => [t.id, localized(t.name, locale)]));
	return rows.map((r) => ({ slug: r.slug, name: r.name, municipality: names.get(r.municipalityId) ?? '' }));
}

/** "I sell there too": published sales points the listing could join instead of adding a copy. */
export async function findSalesPointsToJoin(db: Db, producerId: string, query: string, locale: string) {
	const folded = foldText(query.trim());
	if (folded.length < 2) return [];
	const rows = await findJoinableSalesPoints(db, producerId, folded);
	const territories = await listTerritoriesByIds(db, [...new Set(rows.map((r) => r.municipalityId))]);
	const names = new Map(territories.map((t) => [t.id, localized(t.name, locale)]));
	return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, municipality: names.get(r.municipalityId) ?? '' }));
}

export async function listingSummary(db: Db, producerId: string) {
	const row = await findProducerForOwner(db, producerId);
	return row ? { id: row.id, slug: row.slug, name: row.name, status: row.status } : null;
}

/**
 * The product named by a form's `productId` (read from a clone, so the action can still read the
 * body). A multipart photo upload over the body limit cannot be read: null, and the action's own
 * read reports the size.
 */
export async function productOfForm(db: Db, request: Request) {
	let id: string;
	try {
		id = String((await request.clone().formData()).get('productId') ?? '');
	} catch {
		return null;
	}
	return productById(db, id);
}

export async function productById(db: Db, id: string | null) {
	return id && /^[0-9a-f-]{36}$/i.test(id) ? findProductForOwner(db, id) : null;
}
