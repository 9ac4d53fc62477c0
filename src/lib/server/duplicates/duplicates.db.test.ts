import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { organisations, places, producers, salesPoints, territories } from '$lib/server/db/schema';
import { sqlDedupeKeys } from './duplicates-repository';
import { findPossibleDuplicates } from './find-duplicates';
import { dedupeEmail, dedupeName, dedupePhone, dedupeWebsite, trigramSimilarity } from './normalize';

let h: DbHandle;
let kalnmuizas: { id: string; municipalityId: number; phone: string | null; email: string | null; website: string | null };
let otherMunicipalityId: number;

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	[kalnmuizas] = await h.db
		.select({ id: producers.id, municipalityId: producers.municipalityId, phone: producers.phone, email: producers.email, website: producers.website })
		.from(producers)
		.where(eq(producers.slug, 'kalnmuizas'));
	const [other] = await h.db
		.select({ id: territories.id })
		.from(territories)
		.where(sql`${territories.kind} = 'municipality' and ${territories.name}->>'lv' = 'Ludzas novads'`);
	otherMunicipalityId = other.id;
});
afterAll(async () => h?.close());

describe('SQL and TypeScript normalization', () => {
	it('agree on every name, phone, e-mail and website of the demo seed and on awkward samples', async () => {
		const rows = [];
		for (const t of [producers, salesPoints, organisations, places]) {
			rows.push(...(await h.db.select({ name: t.name, phone: t.phone, email: t.email, website: t.website }).from(t)));
		}
		rows.push(
			{ name: 'Z/S „Ķiploku ŪDEŅI”', phone: '00371 29 123 456', email: ' Info@X.LV ', website: 'HTTPS://WWW.X.LV/a/?b#c' },
			{ name: 'SRL Grădina Bunicii (Țara)', phone: '069 123 456; 068 000 000', email: '', website: 'x.lv' },
			{ name: 'Мёд "Йогурт" и соты', phone: '+373 69 123 456', email: null, website: null },
			{ name: 'sia zs as ps ik ii Ōzols ß ł', phone: '6712-3456', email: 'a@b', website: 'https://a.lv//' },
			{ name: 'SIA', phone: '12', email: null, website: '' }
		);
		expect(rows.length).toBeGreaterThan(200);
		const fromSql = await sqlDedupeKeys(h.db, rows);
		const fromTs = rows.map((r) => ({ name: dedupeName(r.name), phone: dedupePhone(r.phone), email: dedupeEmail(r.email), website: dedupeWebsite(r.website) }));
		expect(fromSql).toEqual(fromTs);
	});
});

describe('name similarity', () => {
	it('is the same as pg_trgm similarity() in TypeScript', async () => {
		const pairs = [['siera darbnica', 'adas darbnica'], ['kalnmuizas', 'kalnmuiza'], ['medus', 'medus'], ['a b c', 'xyz'], ['gaujmalas sidrs', 'gaujas sidrs']];
		for (const [a, b] of pairs) {
			const result = (await h.db.execute(sql`select similarity(${a}, ${b})::float8 as s`)) as unknown as { rows: { s: number }[] };
			expect(trigramSimilarity(a, b)).toBeCloseTo(Number(result.rows[0].s), 5);
		}
	});
	it('does not pair a cheese workshop with a leather workshop on the word "workshop"', async () => {
		const [mun] = await h.db.select({ id: territories.id }).from(territories).where(sql`${territories.kind} = 'municipality'`).limit(1);
		await h.db.insert(producers).values({ slug: 'tst-siera-darbnica', name: 'Siera darbnīca', kind: 'craftsman', description: { lv: 'Siers' }, municipalityId: mun.id, status: 'published', sortKey: 'siera darbnica', searchText: 'siera darbnica' });
		const leather = await findPossibleDuplicates(h.db, { name: 'Ādas darbnīca', municipalityId: mun.id });
		expect(leather.map((d) => d.slug)).not.toContain('tst-siera-darbnica');
		const cheese = await findPossibleDuplicates(h.db, { name: 'Sieru darbnīca', municipalityId: mun.id });
		expect(cheese.map((d) => d.slug)).toContain('tst-siera-darbnica');
	});
});

describe('findPossibleDuplicates on the demo seed', () => {
	it('finds Kalnmuižas from a near-copy of its name in Siguldas novads, with reasons', async () => {
		const found = await findPossibleDuplicates(h.db, { name: 'Zemnieku saimniecība "Kalnmuiža"', municipalityId: kalnmuizas.municipalityId });
		expect(found[0]).toMatchObject({ slug: 'kalnmuizas', name: 'Z/S "Kalnmuižas"', municipalityName: 'Siguldas novads', status: 'published' });
		expect(found[0].reasons).toEqual(['name', 'municipality']);
		expect(found[0].score).toBeGreaterThan(0.5);
		// the municipality in the reader's language
		const english = await findPossibleDuplicates(h.db, { name: 'Zemnieku saimniecība "Kalnmuiža"', municipalityId: kalnmuizas.municipalityId }, 'en');
		expect(english[0]).toMatchObject({ slug: 'kalnmuizas', municipalityName: 'Sigulda Municipality' });
	});

	it('finds it by phone, e-mail or website alone, written differently', async () => {
		const phone = kalnmuizas.phone!.replace(/^\+371/, '').replace(/ /g, '-');
		for (const candidate of [{ phone }, { email: kalnmuizas.email!.toUpperCase() }, { website: kalnmuizas.website!.replace('https://', 'http://www.') + '/' }]) {
			const found = await findPossibleDuplicates(h.db, { name: 'Pavisam cits nosaukums', ...candidate });
			expect(found.map((d) => d.slug), JSON.stringify(candidate)).toContain('kalnmuizas');
			expect(found.find((d) => d.slug === 'kalnmuizas')!.reasons).toContain(Object.keys(candidate)[0]);
		}
	});

	it('does not offer an unrelated name, even in the same municipality', async () => {
		const found = await findPossibleDuplicates(h.db, { name: 'Zvaigžņu keramikas darbnīca Ventspilī', municipalityId: kalnmuizas.municipalityId });
		expect(found.map((d) => d.slug)).not.toContain('kalnmuizas');
		expect(await findPossibleDuplicates(h.db, { name: 'Xyzzy Qwerty' })).toEqual([]);
	});

	it('needs a closer name in another municipality', async () => {
		const near = await findPossibleDuplicates(h.db, { name: 'Kalnmuižnieki', municipalityId: kalnmuizas.municipalityId });
		const far = await findPossibleDuplicates(h.db, { name: 'Kalnmuižnieki', municipalityId: otherMunicipalityId });
		const score = (list: typeof near) => list.find((d) => d.slug === 'kalnmuizas')?.score ?? 0;
		expect(score(near)).toBeGreaterThan(score(far));
	});

	it('leaves out the listing itself and archived listings', async () => {
		const candidate = { name: 'Kalnmuižas', municipalityId: kalnmuizas.municipalityId };
		expect((await findPossibleDuplicates(h.db, { ...candidate, excludeId: kalnmuizas.id })).map((d) => d.slug)).not.toContain('kalnmuizas');
		await h.db.update(producers).set({ status: 'archived' }).where(eq(producers.id, kalnmuizas.id));
		try {
			expect((await findPossibleDuplicates(h.db, candidate)).map((d) => d.slug)).not.toContain('kalnmuizas');
		} finally {
			await h.db.update(producers).set({ status: 'published' }).where(eq(producers.id, kalnmuizas.id));
		}
	});

	it('compares sales points, organisations and places with their own kind', async () => {
		const sp = await findPossibleDuplicates(h.db, { entityType: 'sales_point', name: 'Kalnmuižu saimniecības veikals' });
		expect(sp[0]?.slug).toBe('kalnmuizas-saimniecibas-veikals');
		const org = await findPossibleDuplicates(h.db, { entityType: 'organisation', name: 'Lauku partnerība Lielupe' });
		expect(org[0]?.slug).toBe('lauku-partneriba-lielupe');
	});

	it('shrugs off empty and hostile input', async () => {
		expect(await findPossibleDuplicates(h.db, { name: '' })).toEqual([]);
		expect(await findPossibleDuplicates(h.db, { name: "'; drop table producers; --", excludeId: 'not-a-uuid', municipalityId: 'x' })).toBeInstanceOf(Array);
	});
});
