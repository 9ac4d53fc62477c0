/**
 * The window and area every insight view is about, read from the URL: the last 4, 12, 26 or 52
 * weeks (default 12), the organisation's own territory or all of Latvia, and optional filters.
 * Values that name nothing fall back to the default (a view never fails on a bad link).
 */
import { rigaMoment } from '$lib/domain/riga-time';
import { localized } from '$lib/domain/localized';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { searchReference } from '../search';
import { coveredMunicipalities, latvianMunicipalities, type MunicipalityRef } from './areas-repository';
import { WINDOW_WEEKS, weekWindow } from './weeks';

export const WEEK_CHOICES = WINDOW_WEEKS;
export type InsightParams = { weeks: number; area: 'territory' | 'all'; category: string | null; label: string | null; kind: string | null };

export function readInsightParams(url: URLSearchParams): InsightParams {
	const weeks = Number(url.get('nedelas'));
	const text = (name: string) => {
		const v = url.get(name)?.trim();
		return v && /^[a-z0-9_-]{1,80}$/.test(v) ? v : null;
	};
	return {
		weeks: (WEEK_CHOICES as readonly number[]).includes(weeks) ? weeks : 12,
		area: url.get('teritorija') === 'visa' ? 'all' : 'territory',
		category: text('kategorija'),
		label: text('zime'),
		kind: text('veids')
	};
}

export type InsightScope = {
	params: InsightParams;
	window: { from: string; to: string };
	/** The organisation's municipalities (empty: it covers none, and the views show all of Latvia). */
	territory: number[];
	/** null: all of Latvia. */
	municipalityIds: number[] | null;
	municipalities: (MunicipalityRef & { label: string })[];
	categories: { id: number; slug: string; parentId: number | null; label: string; icon: string }[];
	labels: { id: number; slug: string; label: string }[];
	categoryId: number | null;
};

export async function insightScope(db: Db, organisationId: string, params: InsightParams, locale: string, now = new Date()): Promise<InsightScope> {
	const all = await latvianMunicipalities(db);
	const territory = (await coveredMunicipalities(db, [organisationId], all)).get(organisationId) ?? [];
	const ref = await searchReference(db);
	// the catalogue's order, each top-level category followed by its own children
	const categories = ref.categories
		.filter((c) => c.parentId === null)
		.flatMap((top) => [top, ...ref.categories.filter((c) => c.parentId === top.id)])
		.map((c) => ({ id: c.id, slug: c.slug, parentId: c.parentId, label: localized(c.name, locale), icon: c.icon }));
	const categoryId = categories.find((c) => c.slug === params.category)?.id ?? null;
	const area = territory.length === 0 || territory.length === all.length ? 'all' : params.area;
	return {
		params: { ...params, area, category: categoryId ? params.category : null },
		window: weekWindow(rigaMoment(now).date, params.weeks),
		territory,
		municipalityIds: area === 'all' ? null : territory,
		municipalities: sortLatvian(
			all.map((m) => ({ ...m, label: localized(m.name, locale) })),
			(m) => m.label
		),
		categories,
		labels: ref.labels.map((l) => ({ id: l.id, slug: l.slug, label: localized(l.name, locale) })),
		categoryId
	};
}

/** The municipalities a view lists: the territory, or all of Latvia. */
export function areaMunicipalities(scope: InsightScope): InsightScope['municipalities'] {
	return scope.municipalityIds ? scope.municipalities.filter((m) => scope.municipalityIds!.includes(m.id)) : scope.municipalities;
}
