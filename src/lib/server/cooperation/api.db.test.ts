import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import { buildOpenApiDocument } from '../api/openapi';
import { parseQuery, detailParams } from '../api/params';
import { listBody } from '../api/serializers';
import { cooperationProfiles } from '../db/schema';
import { cooperationDetail, cooperationList, cooperationSummary } from './api';
import { CooperationList, cooperationListParams, CooperationProfileResponse } from './api-schemas';

/** /api/v1/cooperation on the demo data: bodies checked by the schemas the OpenAPI document is built from; never contacts. */
let h: DbHandle;
const ctx = { origin: 'https://tuvuma.test', lang: 'ro' as const };
let contacts: string[];

async function list(query: string) {
	const parsed = parseQuery(cooperationListParams, new URLSearchParams(query));
	if (!parsed.ok) return { errors: parsed.errors.map((e) => e.param) };
	const found = await cooperationList(h.db, parsed.params);
	if (!found.ok) return { errors: found.errors.map((e) => e.param) };
	const body = listBody(found.value, new URL(`https://tuvuma.test/api/v1/cooperation?${query}`), (item) => cooperationSummary(item, { ...ctx, lang: parsed.params.lang }));
	return { body: CooperationList.parse(body), raw: JSON.stringify(body) };
}

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	const rows = await h.db.select({ e: cooperationProfiles.contactEmail, n: cooperationProfiles.contactName }).from(cooperationProfiles);
	contacts = rows.flatMap((r) => [r.e, r.n]).filter((x): x is string => !!x);
}, 120_000);
afterAll(async () => h?.close());

describe('/api/v1/cooperation', () => {
	it('is in the OpenAPI document with its schemas', () => {
		const doc = buildOpenApiDocument('https://tuvuma.test') as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
		expect(doc.paths['/cooperation']).toBeDefined();
		expect(doc.paths['/cooperation/{slug}']).toBeDefined();
		const detail = doc.components.schemas.CooperationProfileDetail;
		expect(Object.keys(detail.properties ?? {})).not.toEqual(expect.arrayContaining(['contact_email']));
		for (const key of Object.keys(detail.properties ?? {})) expect(key).not.toMatch(/contact|email|phone/);
	});

	it('lists the published demo profiles, filters and searches without diacritics, pages — never contacts', async () => {
		const all = await list('per_page=100&lang=ro');
		expect(all.body!.meta.total).toBe(10);
		for (const c of contacts) expect(all.raw).not.toContain(c);
		expect((await list('direction=request')).body!.data.every((d) => d.direction === 'request')).toBe(true);
		expect((await list('q=balti')).body!.data.map((d) => d.slug)).toContain('miere-de-salcam-din-balti-pentru-letonia');
		expect((await list('country=MD&kind=know_how')).body!.meta.total).toBeGreaterThanOrEqual(2);
		expect((await list('language=lv')).body!.data.every((d) => d.languages.includes('lv'))).toBe(true);
		const first = (await list('per_page=4')).body!;
		expect(first.meta.pages).toBe(3);
		expect(first.links.next).toContain('page=2');
		expect(await list('kind=spam')).toEqual({ errors: ['kind'] });
		expect(await list('sector=abc')).toEqual({ errors: ['sector'] });
	});

	it('one profile in the reader’s language, with sectors and location — never contacts; a draft is not found', async () => {
		const parsed = parseQuery(detailParams, new URLSearchParams('lang=ro'));
		expect(parsed.ok).toBe(true);
		const found = await cooperationDetail(h.db, 'branzeturi-edinet-know-how-etichetare', ctx);
		const body = CooperationProfileResponse.parse({ data: found });
		expect(body.data).toMatchObject({ description_lang: 'ro', location: { country: 'MD' }, owner: { type: 'producer', slug: 'branzeturi-edinet' } });
		expect(body.data.sectors.map((s) => s.slug)).toEqual(['piena-produkti-un-siers']);
		for (const c of contacts) expect(JSON.stringify(body)).not.toContain(c);
		expect(await cooperationDetail(h.db, 'legume-de-la-soroca-cumparator', ctx)).toBeNull(); // a draft
		expect(await cooperationDetail(h.db, 'mere-si-suc-din-drochia', ctx)).toBeNull(); // pending review
	});
});
