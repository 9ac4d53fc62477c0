/**
 * Loads the demo cooperation profiles (demo-data.ts) after the Moldovan listings, and computes the
 * published ones' matches. Every row is `is_demo`: an earlier run's rows are deleted first, so two
 * runs give the same profiles (fixed ids and slugs, dates from the seed's END_DATE).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { addMonths, PROFILE_MONTHS } from '$lib/domain/cooperation/kinds';
import { categories, cooperationProfiles, organisations, producers, territories } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { DAY, END_DATE } from '../seed/build-shared';
import { seedUuid } from '../seed/prng';
import { DEMO_PROFILES } from './demo-data';
import { computeMatches } from './matching';
import { insertProfile, replaceSectorsAndRegions, setStatus } from './profiles-repository';
import { profileSearchText } from './search-text';

export async function seedCooperationDemo(db: Db): Promise<number> {
	await db.delete(cooperationProfiles).where(eq(cooperationProfiles.isDemo, true));
	const bySlug = async <T extends { slug: string; id: unknown }>(rows: Promise<T[]>) => new Map((await rows).map((r) => [r.slug, r.id]));
	const wanted = (k: 'producer' | 'organisation') => DEMO_PROFILES.flatMap((p) => (k in p.owner ? [(p.owner as Record<string, string>)[k]] : []));
	const prod = await bySlug(db.select({ slug: producers.slug, id: producers.id }).from(producers).where(inArray(producers.slug, wanted('producer'))));
	const org = await bySlug(db.select({ slug: organisations.slug, id: organisations.id }).from(organisations).where(inArray(organisations.slug, wanted('organisation'))));
	const cat = await bySlug(db.select({ slug: categories.slug, id: categories.id }).from(categories));
	const terr = await bySlug(
		db.select({ slug: territories.slug, id: territories.id }).from(territories).where(and(inArray(territories.kind, ['md_district', 'md_municipality', 'municipality', 'planning_region'])))
	);
	const published: string[] = [];
	for (const d of DEMO_PROFILES) {
		const owner = 'producer' in d.owner ? { producerId: prod.get(d.owner.producer) as string | undefined } : { organisationId: org.get(d.owner.organisation) as string | undefined };
		if (!owner.producerId && !owner.organisationId) continue; // a listing the seed no longer has
		const fixed = seedUuid(`cooperation:${d.slug}`);
		await insertProfile(db, {
			id: fixed,
			...(owner.producerId ? { producerId: owner.producerId } : { organisationId: owner.organisationId! }),
			slug: d.slug,
			createdByUserId: null,
			status: d.status,
			isDemo: true,
			direction: d.direction,
			kind: d.kind,
			title: d.title as LocalizedText,
			description: d.description as LocalizedText,
			countries: d.countries,
			languages: d.languages,
			contactName: d.contact.name,
			contactEmail: d.contact.email,
			contactPhone: null,
			searchText: profileSearchText(d.title as LocalizedText, d.description as LocalizedText)
		});
		const ids = (slugs: string[], m: Map<string, unknown>) => slugs.map((s) => m.get(s)).filter((x): x is number => typeof x === 'number');
		await replaceSectorsAndRegions(db, fixed, ids(d.sectors, cat), ids(d.regions, terr));
		const at = new Date(END_DATE.getTime() - d.age * DAY);
		await db.update(cooperationProfiles).set({ createdAt: at, updatedAt: at }).where(eq(cooperationProfiles.id, fixed));
		if (d.status === 'published') {
			await setStatus(db, fixed, { status: 'published', publishedAt: at, reviewedAt: at, expiresAt: addMonths(at, PROFILE_MONTHS) });
			await db.update(cooperationProfiles).set({ updatedAt: at }).where(eq(cooperationProfiles.id, fixed));
			published.push(fixed);
		}
	}
	// matches as the publication job would have written them, dated with the newest profile
	for (const id of published) await computeMatches(db, id, END_DATE);
	return DEMO_PROFILES.length;
}
