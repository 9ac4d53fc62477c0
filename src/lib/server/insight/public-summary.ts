/**
 * "What people look for here" (issue 20): on a municipality's public page, the categories people
 * searched for there and found nothing or little, over the last 12 weeks — only when an
 * organisation covering the municipality chose to publish it, only categories (never the words
 * typed), and only those searched at least PUBLIC_MIN times.
 */
import { and, eq } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { rigaMoment } from '$lib/domain/riga-time';
import { territories } from '../db/schema';
import type { Db } from '../db/types';
import { searchReference } from '../search';
import { coveredMunicipalities, latvianMunicipalities } from './areas-repository';
import { totalsByMunicipalityAndCategory } from './demand-repository';
import { publishingOrganisations } from './marks-repository';
import { weekWindow } from './weeks';

export const PUBLIC_MIN = 5;
export const PUBLIC_WEEKS = 12;

export type PublicDemand = { weeks: number; categories: { slug: string; name: string; icon: string; searches: number }[] };

export async function publicDemandFor(db: Db, municipalitySlug: string, locale: string, now = new Date()): Promise<PublicDemand | null> {
	const publishers = await publishingOrganisations(db);
	if (publishers.length === 0) return null;
	const [mun] = await db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.slug, municipalitySlug)));
	if (!mun) return null;
	const covered = await coveredMunicipalities(db, publishers, await latvianMunicipalities(db));
	if (![...covered.values()].some((ids) => ids.includes(mun.id))) return null;
	const window = weekWindow(rigaMoment(now).date, PUBLIC_WEEKS);
	const rows = await totalsByMunicipalityAndCategory(db, { ...window, municipalityIds: [mun.id] });
	const ref = await searchReference(db);
	const categories = rows
		.filter((r) => r.categoryId !== null && r.searches >= PUBLIC_MIN)
		.flatMap((r) => {
			const c = ref.categories.find((x) => x.id === r.categoryId);
			return c ? [{ slug: c.slug, name: localized(c.name, locale), icon: c.icon, searches: r.searches }] : [];
		})
		.sort((a, b) => b.searches - a.searches);
	return { weeks: PUBLIC_WEEKS, categories };
}
