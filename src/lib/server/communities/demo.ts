/**
 * Seeds issue 17's coworking demo after the directory seed (which re-creates the places, so their
 * residents and plans are gone and are added again here): residents and plans of the seed's
 * coworking spaces, the demo host's place and hours, and the HERE consultation lines.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { consultationLines, organisations, places, placePlans, placeResidents, producers, territories } from '../db/schema';
import type { Db } from '../db/types';
import { DEMO_HOST, DEMO_HOST_PLACE, DEMO_PLACES, EXAMPLE_PRICE, HERE_LINES, HERE_ORGANISATION, SILJA } from './demo-data';

async function orgId(db: Db, slug: string): Promise<string | null> {
	const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
	return row?.id ?? null;
}

export async function seedCommunitiesDemo(db: Db): Promise<{ residents: number; plans: number; lines: number }> {
	const slugs = DEMO_PLACES.map((p) => p.slug);
	const found = await db.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.slug, slugs));
	const placeId = new Map(found.map((p) => [p.slug, p.id]));
	const producerNames = DEMO_PLACES.flatMap((p) => p.residents.flatMap((r) => (r.producerName ? [r.producerName] : [])));
	const producerRows = producerNames.length ? await db.select({ id: producers.id, name: producers.name }).from(producers).where(and(inArray(producers.name, producerNames), eq(producers.isDemo, true))) : [];
	const producerId = new Map(producerRows.map((p) => [p.name, p.id]));
	const [host, here] = await Promise.all([orgId(db, DEMO_HOST), orgId(db, HERE_ORGANISATION)]);
	let residents = 0;
	let plans = 0;
	let lines = 0;
	await db.transaction(async (tx) => {
		const ids = [...placeId.values()];
		if (ids.length) {
			await tx.delete(placeResidents).where(inArray(placeResidents.placeId, ids));
			await tx.delete(placePlans).where(inArray(placePlans.placeId, ids));
		}
		for (const p of DEMO_PLACES) {
			const id = placeId.get(p.slug);
			if (!id) continue;
			for (const r of p.residents) {
				await tx.insert(placeResidents).values({
					placeId: id,
					producerId: r.producerName ? (producerId.get(r.producerName) ?? null) : null,
					displayName: r.name,
					activity: r.activity,
					consentAt: r.consented ? new Date(`${r.since}T12:00:00Z`) : null,
					sinceOn: r.since,
					isDemo: true
				});
				residents++;
			}
			for (const [position, plan] of p.plans.entries()) {
				await tx.insert(placePlans).values({ placeId: id, name: plan.name, description: EXAMPLE_PRICE, priceCents: plan.priceCents, period: plan.period, position });
				plans++;
			}
		}
		const hostPlace = DEMO_PLACES.find((p) => p.slug === DEMO_HOST_PLACE);
		if (host && placeId.has(DEMO_HOST_PLACE)) await tx.update(places).set({ operatorId: host, openingHours: hostPlace?.hours ?? '' }).where(eq(places.slug, DEMO_HOST_PLACE));
		await tx.update(places).set({ operatorName: SILJA.operatorName }).where(eq(places.slug, SILJA.place));
		if (here) {
			const terr = await tx.select({ id: territories.id, slug: territories.slug, kind: territories.kind }).from(territories).where(and(eq(territories.countryCode, 'LV'), inArray(territories.slug, ['riga', 'latgale', 'kurzeme', 'vidzeme', 'zemgale'])));
			const regionOf = (slug: string) => terr.find((t) => t.slug === slug && t.kind === 'planning_region')?.id ?? null;
			const riga = terr.find((t) => t.slug === 'riga' && t.kind === 'municipality')?.id;
			await tx.delete(consultationLines).where(eq(consultationLines.organisationId, here));
			for (const [position, l] of HERE_LINES.entries()) {
				const where = l.region === 'riga' ? { regionId: null, municipalityIds: riga ? [riga] : [] } : { regionId: regionOf(l.region), municipalityIds: [] };
				await tx.insert(consultationLines).values({ organisationId: here, title: l.title, phone: l.phone, openingHours: l.hours, ...where, languages: ['lv', 'ru', 'en'], position, isDemo: false });
				lines++;
			}
		}
	});
	return { residents, plans, lines };
}
