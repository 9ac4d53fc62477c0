import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { producerList } from '$lib/server/api/queries';
import { producerListParams } from '$lib/server/api/params';
import { exportParams, resolveExport } from '$lib/server/export/flow';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { listLabels } from '$lib/server/taxonomy/labels-repository';
import { resolveDirectoryFilter } from './directory-filter';

let handle: DbHandle;

beforeAll(async () => {
	handle = await openTestDb();
});

afterAll(async () => {
	await handle?.close();
});

describe('the directory filter resolver the API and the exports share', () => {
	it('turns known slugs into ids, a top-level category with its subcategories', async () => {
		const db = handle.db;
		const categories = await listCategories(db);
		const top = categories.find((c) => c.parentId === null && categories.some((d) => d.parentId === c.id))!;
		const [label] = await listLabels(db);
		const vidzeme = (await listTerritoriesByKind(db, 'planning_region')).find((t) => t.slug === 'vidzeme')!;
		const cesis = (await listTerritoriesByKind(db, 'municipality')).find((t) => t.slug === 'cesu-novads')!;
		const resolved = await resolveDirectoryFilter(db, { category: top.slug, region: 'vidzeme', municipality: 'cesu-novads', label: label.slug, kind: 'farm' });
		expect(resolved.unknown).toEqual([]);
		expect(resolved.filter).toEqual({
			categoryIds: expect.arrayContaining([top.id, ...categories.filter((c) => c.parentId === top.id).map((c) => c.id)]),
			regionId: vidzeme.id,
			municipalityId: cesis.id,
			kind: 'farm',
			labelId: label.id
		});
	});

	it('names every unknown slug in parameter order, and no filter at all selects everything', async () => {
		const resolved = await resolveDirectoryFilter(handle.db, { label: 'nav-tada', category: 'nav-tadas', municipality: 'cesu-novads' });
		expect(resolved.unknown).toEqual([
			{ param: 'category', value: 'nav-tadas' },
			{ param: 'label', value: 'nav-tada' }
		]);
		const none = await resolveDirectoryFilter(handle.db, {});
		expect(none).toMatchObject({ unknown: [], filter: { categoryIds: undefined, regionId: undefined, municipalityId: undefined, labelId: undefined } });
	});

	it('the API and the export word the same unknown slugs their own way', async () => {
		const query = { category: 'nav-tadas', region: 'nav-regiona', municipality: 'nav-novada', lang: 'lv' };
		const api = await producerList(handle.db, producerListParams.parse(query));
		expect(api).toEqual({
			ok: false,
			errors: [
				{ param: 'category', message: 'no category with the slug "nav-tadas" (see /api/v1/categories)' },
				{ param: 'region', message: 'no planning region with the slug "nav-regiona" (riga, vidzeme, kurzeme, zemgale, latgale)' },
				{ param: 'municipality', message: 'no current municipality with the slug "nav-novada" (see /api/v1/municipalities)' }
			]
		});
		const exported = await resolveExport(handle.db, exportParams.parse(query));
		expect(exported).toEqual({
			ok: false,
			errors: [
				{ param: 'category', message: 'nothing has the slug "nav-tadas"' },
				{ param: 'region', message: 'nothing has the slug "nav-regiona"' },
				{ param: 'municipality', message: 'nothing has the slug "nav-novada"' }
			]
		});
	});
});
