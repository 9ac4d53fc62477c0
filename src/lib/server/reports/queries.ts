/** What the moderators' reports tab shows. Read-only. */
import type { Db } from '../db/types';
import { localized } from '../../domain/localized';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { findListingsByIds, findPublishedListing } from './listings-repository';
import { isListingType, LISTING_TYPES, listingPath, type ListingType, type ReportFilter, type ReportReason } from './report-form';
import { listReports } from './reports-repository';

export type ReportCard = {
	id: string;
	listingType: ListingType;
	listing: { id: string; name: string; href: string | null; status: string; municipalityId: number } | null;
	duplicateOf: { name: string; href: string } | null;
	municipalityName: string | null;
	reason: ReportReason;
	comment: string;
	hasReporterEmail: boolean;
	ageDays: number;
	status: 'open' | 'resolved' | 'dismissed';
	resolutionNote: string | null;
	archived: boolean;
};

export type ReportsPage = {
	reports: ReportCard[];
	municipalities: { id: number; name: string }[];
	filter: ReportFilter;
};

const PAGE_LIMIT = 100;

/**
 * Reports the principal may review: `territoryIds` null = everywhere (moderators), otherwise only
 * reports on listings in those municipalities (territory editors). A municipality filter narrows it.
 */
export async function reportsPage(db: Db, opts: { territoryIds: number[] | null; filter: ReportFilter; locale: string; now: Date }): Promise<ReportsPage> {
	const { filter, locale, now } = opts;
	let municipalityIds = opts.territoryIds;
	if (filter.municipalityId) municipalityIds = municipalityIds ? municipalityIds.filter((id) => id === filter.municipalityId) : [filter.municipalityId];
	const rows = await listReports(db, {
		status: filter.status,
		reason: filter.reason,
		municipalityIds,
		createdBefore: filter.olderThanDays ? new Date(now.getTime() - filter.olderThanDays * 86_400_000) : null,
		limit: PAGE_LIMIT
	});

	const listings = new Map<string, { id: string; name: string; slug: string; status: string; municipalityId: number }>();
	for (const type of LISTING_TYPES) {
		const ids = rows.filter((r) => r.listingType === type).flatMap((r) => [r.listingId, ...(r.duplicateOfId ? [r.duplicateOfId] : [])]);
		for (const l of await findListingsByIds(db, type, [...new Set(ids)])) listings.set(l.id, l);
	}
	const allMunicipalities = await listTerritoriesByKind(db, 'municipality');
	const names = new Map(allMunicipalities.map((t) => [t.id, localized(t.name, locale)]));
	const href = (type: ListingType, slug: string) => `/${locale}/${listingPath(type)}/${encodeURIComponent(slug)}`;

	return {
		filter,
		municipalities: allMunicipalities
			.filter((t) => !opts.territoryIds || opts.territoryIds.includes(t.id))
			.map((t) => ({ id: t.id, name: localized(t.name, locale) })),
		reports: rows.map((r) => {
			const listing = listings.get(r.listingId);
			const other = r.duplicateOfId ? listings.get(r.duplicateOfId) : undefined;
			return {
				id: r.id,
				listingType: r.listingType,
				listing: listing
					? { id: listing.id, name: listing.name, status: listing.status, municipalityId: listing.municipalityId, href: listing.status === 'published' ? href(r.listingType, listing.slug) : null }
					: null,
				duplicateOf: other ? { name: other.name, href: href(r.listingType, other.slug) } : null,
				municipalityName: r.municipalityId ? (names.get(r.municipalityId) ?? null) : null,
				reason: r.reason,
				comment: r.comment,
				hasReporterEmail: r.reporterEmail !== null,
				ageDays: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / 86_400_000)),
				status: r.status,
				resolutionNote: r.resolutionNote,
				archived: r.previousListingStatus !== null
			};
		})
	};
}

/** The listing a "report a problem" form is about, when it is public. */
export async function reportTarget(db: Db, type: string, slug: string, locale: string): Promise<{ type: ListingType; slug: string; name: string; href: string } | null> {
	if (!isListingType(type) || !/^[a-z0-9][a-z0-9-]{0,150}$/.test(slug)) return null;
	const listing = await findPublishedListing(db, type, slug);
	return listing ? { type, slug, name: listing.name, href: `/${locale}/${listingPath(type)}/${encodeURIComponent(slug)}` } : null;
}
