import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import { user } from '../db/schema';
import { libraryForm } from './test-forms';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { saveLibraryItem } from './flow';
import { listTopics } from './items-repository';
import { libraryDirectory, libraryItemPage } from './public-queries';
import { countUse } from './usage-flow';
import { usageOf, usageTotals } from './usage-repository';

let h: DbHandle;
let org: string;
let topicSlug: string;
const PERSON = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36';

const data = libraryForm;
const save = async (fields: Record<string, string | string[]>) => {
	const r = await saveLibraryItem(h.db, { actorUserId: 'pub-u1', organisationId: org, itemId: null, file: null, data: data(fields) });
	if (!r.ok) throw new Error(JSON.stringify(r));
	return r;
};
const visit = (agent: string, extra: { staffOf?: string[]; method?: string; purpose?: string } = {}) => ({
	request: new Request('http://x/lv/biblioteka/a', { method: extra.method ?? 'GET', headers: { 'user-agent': agent, ...(extra.purpose ? { 'sec-purpose': extra.purpose } : {}) } }),
	locals: { principal: extra.staffOf ? ({ memberships: extra.staffOf.map((organisationId) => ({ organisationId, slug: 'x', role: 'editor' })) } as never) : null } as never
});

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values({ id: 'pub-u1', name: 'Redaktore', email: 'pub-u1@example.lv', emailVerified: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	const topics = await listTopics(h.db);
	topicSlug = topics[0].slug;
	await save({ kind: 'video', 'title.lv': 'Publiskā lekcija', 'summary.lv': 'Par tirgu.', language: 'lv', status: 'published', url: 'https://youtu.be/dQw4w9WgXcQ', topics: [String(topics[0].id)] });
	await save({ kind: 'virtual_tour', 'title.lv': 'Ekskursija krieviski', 'summary.lv': 'Muiža.', language: 'ru', status: 'published', url: 'https://example.org/tour' });
	await save({ kind: 'link', 'title.lv': 'Melnraksts', 'summary.lv': 'Vēl top.', language: 'lv', status: 'draft', url: 'https://example.org/draft' });
});
afterAll(async () => h?.close());

describe('the public library', () => {
	it('lists published items only and filters by topic, language and kind; an unknown filter value shows nothing', async () => {
		const all = await libraryDirectory(h.db, { topic: null, language: null, kind: null, page: 1 }, 'lv');
		const titles = all.items.map((i) => i.title);
		expect(titles).toEqual(expect.arrayContaining(['Publiskā lekcija', 'Ekskursija krieviski']));
		expect(titles).not.toContain('Melnraksts');
		expect(all.options.languages).toEqual(expect.arrayContaining(['lv', 'ru']));
		const byTopic = await libraryDirectory(h.db, { topic: topicSlug, language: null, kind: null, page: 1 }, 'lv');
		expect(byTopic.items.map((i) => i.title)).toContain('Publiskā lekcija');
		expect(byTopic.items.map((i) => i.title)).not.toContain('Ekskursija krieviski');
		const russian = await libraryDirectory(h.db, { topic: null, language: 'ru', kind: null, page: 1 }, 'lv');
		expect(russian.items.every((i) => i.language === 'ru')).toBe(true);
		expect(russian.items.map((i) => i.title)).toContain('Ekskursija krieviski');
		const tours = await libraryDirectory(h.db, { topic: null, language: null, kind: 'virtual_tour', page: 1 }, 'lv');
		expect(tours.items.every((i) => i.kind === 'virtual_tour')).toBe(true);
		for (const q of [{ topic: 'nav-tadas', language: null, kind: null }, { topic: null, language: null, kind: 'podcast' }]) {
			const none = await libraryDirectory(h.db, { ...q, page: 1 }, 'lv');
			expect(none.window.total).toBe(0);
		}
	});

	it("an item's page has its player link and topics; a draft has no page", async () => {
		const page = await libraryItemPage(h.db, 'publiska-lekcija', 'lv');
		expect(page?.video).toMatchObject({ service: 'youtube', frameOrigin: 'https://www.youtube-nocookie.com' });
		expect(page?.topics.map((t) => t.slug)).toEqual([topicSlug]);
		expect(page?.organisation.slug).toBe('pierigas-partneriba');
		expect(await libraryItemPage(h.db, 'melnraksts', 'lv')).toBeNull();
	});

	it("counts a person's view and download, not a crawler's, a prefetch, a HEAD or the organisation's own staff", async () => {
		const item = (await libraryItemPage(h.db, 'ekskursija-krieviski', 'lv'))!;
		const now = new Date('2026-12-05T10:00:00Z');
		await countUse(h.db, item, 'view', visit(PERSON), now);
		await countUse(h.db, item, 'view', visit(PERSON), now);
		await countUse(h.db, item, 'download', visit(PERSON), now);
		await countUse(h.db, item, 'view', visit('Googlebot/2.1 (+http://www.google.com/bot.html)'), now);
		await countUse(h.db, item, 'view', visit(PERSON, { purpose: 'prefetch' }), now);
		await countUse(h.db, item, 'view', visit(PERSON, { method: 'HEAD' }), now);
		await countUse(h.db, item, 'view', visit(PERSON, { staffOf: [org] }), now);
		await countUse(h.db, item, 'view', visit(PERSON, { staffOf: ['another-organisation'] }), now);
		expect(await usageOf(h.db, item.id)).toEqual([{ month: '2026-12-01', views: 3, downloads: 1 }]);
		// the workspace list's totals: over all months, and an item never used is absent
		expect(await usageTotals(h.db, [item.id, '00000000-0000-4000-8000-000000000000'])).toEqual(new Map([[item.id, { views: 3, downloads: 1 }]]));
	});
});
