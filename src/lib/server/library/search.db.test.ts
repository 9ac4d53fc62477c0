import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import { user } from '../db/schema';
import '../jobs/handlers';
import { runDueJobs } from '../jobs/run-job';
import { SEARCH_REINDEX_JOB, searchPort } from '../search';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { removeLibraryItem, saveLibraryItem } from './flow';
import { libraryForm } from './test-forms';

// Issue 16: the library is a search result type with its own facet, found with Latvian word forms
let h: DbHandle;
let org: string;
const search = async (query: string, locale = 'lv') => searchPort().search(h.db, searchPort().parse(new URLSearchParams(query)).params, locale);
const libraryHits = async (query: string, locale = 'lv') => (await search(query, locale)).groups.find((g) => g.type === 'library_item')?.hits.map((x) => x.slug) ?? [];

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values({ id: 'srch-u1', name: 'Redaktore', email: 'srch-u1@example.lv', emailVerified: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
}, 120_000);
afterAll(async () => h?.close());

describe('library items in search', () => {
	it('the demo materials are found by other forms of their words, grouped as learning materials, linking to their pages', async () => {
		expect(await libraryHits('q=ekskursijas')).toEqual(expect.arrayContaining(['lielplatones-muizas-vesuzis', 'svetes-pils-atjaunosana']));
		const response = await search('q=rokasgrāmata');
		const group = response.groups.find((g) => g.type === 'library_item')!;
		expect(group.hits[0]).toMatchObject({ slug: 'socialas-uznemejdarbibas-rokasgramata', url: '/lv/biblioteka/socialas-uznemejdarbibas-rokasgramata' });
		// a topic's name is part of the text: "amatniecība" finds the masterclasses
		expect(await libraryHits('q=amatniecibas')).toEqual(expect.arrayContaining(['skalu-grozu-pisana', 'dabigo-augu-skrubja-gatavosana']));
	});

	it('has its own type and kind facets, and is found where its organisation works', async () => {
		const tours = await search('type=library_item&kind=virtual_tour');
		expect(tours.groups.map((g) => g.type)).toEqual(['library_item']);
		expect(tours.groups[0].hits.map((x) => x.slug).sort()).toEqual(['lielplatones-muizas-vesuzis', 'svetes-pils-atjaunosana']);
		expect(tours.facets.type.find((f) => f.value === 'library_item')?.count).toBe(2);
		// Lielupe works in Jelgava: its tours are there, not in Ventspils
		expect(await libraryHits('q=ekskursija&municipality=jelgavas-novads')).toContain('svetes-pils-atjaunosana');
		expect(await libraryHits('q=ekskursija&municipality=ventspils-novads')).toEqual([]);
	});

	it('a new published item is found once its reindex job ran; a draft and a removed item are not', async () => {
		const saved = await saveLibraryItem(h.db, {
			actorUserId: 'srch-u1',
			organisationId: org,
			itemId: null,
			file: null,
			data: libraryForm({ kind: 'link', 'title.lv': 'Kooperatīva dibināšanas soļi', 'summary.lv': 'Kā mājražotāji kopā dibina kooperatīvu.', language: 'lv', status: 'published', url: 'https://example.lv/kooperativs' })
		});
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		expect(await runDueJobs(h.db, [SEARCH_REINDEX_JOB])).toBeGreaterThan(0);
		expect(await libraryHits('q=kooperativu')).toEqual([saved.slug]);

		const draft = await saveLibraryItem(h.db, {
			actorUserId: 'srch-u1',
			organisationId: org,
			itemId: saved.id,
			file: null,
			data: libraryForm({ kind: 'link', 'title.lv': 'Kooperatīva dibināšanas soļi', 'summary.lv': 'Kā mājražotāji kopā dibina kooperatīvu.', language: 'lv', status: 'draft', url: 'https://example.lv/kooperativs' })
		});
		expect(draft.ok).toBe(true);
		await runDueJobs(h.db, [SEARCH_REINDEX_JOB]);
		expect(await libraryHits('q=kooperativu')).toEqual([]);

		await saveLibraryItem(h.db, {
			actorUserId: 'srch-u1',
			organisationId: org,
			itemId: saved.id,
			file: null,
			data: libraryForm({ kind: 'link', 'title.lv': 'Kooperatīva dibināšanas soļi', 'summary.lv': 'Kā mājražotāji kopā dibina kooperatīvu.', language: 'lv', status: 'published', url: 'https://example.lv/kooperativs' })
		});
		await runDueJobs(h.db, [SEARCH_REINDEX_JOB]);
		expect(await libraryHits('q=kooperativu')).toEqual([saved.slug]);
		expect(await removeLibraryItem(h.db, { actorUserId: 'srch-u1', organisationId: org, itemId: saved.id })).toBe(true);
		await runDueJobs(h.db, [SEARCH_REINDEX_JOB]);
		expect(await libraryHits('q=kooperativu')).toEqual([]);
	});
});
