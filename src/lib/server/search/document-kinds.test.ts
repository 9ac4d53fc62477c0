import { afterAll, describe, expect, it } from 'vitest';
import type { ResultType } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { docsOf, documentKinds, registerDocumentKind, RESULT_ORDER } from './document-kinds';
import { evaluate } from './engine';
import { resultUrl } from './hits';
import type { Context, SearchDocInput } from './index-context';
import { MemoryIndex } from './memory-index';
import { parseSearchParams } from './params';
import type { PlannedWord } from './ranking';
import { indexRow, rankQuery } from './test-rows';
import { splitWords } from './words';

/**
 * A feature adds a result type by registering a document kind (decision 011) — here a small
 * "event" kind, registered only for this file: the indexer builds its documents for its ids, the
 * URL may ask for its type and kinds, the engine finds, groups and counts it, and its hits link to
 * its pages. Nothing in the engine names it.
 */
const EVENT = 'event' as ResultType;
const built: (readonly string[] | undefined)[] = [];

function eventDoc(id: string): SearchDocInput {
	return {
		entityType: EVENT as SearchDocInput['entityType'],
		entityId: id,
		resultType: EVENT as SearchDocInput['resultType'],
		resultId: id,
		producerId: null,
		slug: `siera-darbnica-${id}`,
		externalId: null,
		kind: 'workshop',
		nameI18n: { lv: 'Siera darbnīca' },
		sortKey: 'siera darbnica',
		altNames: [],
		body: null,
		municipalityId: 1,
		municipalityIds: [1],
		regionIds: [],
		localityId: null,
		point: null,
		locationPrecision: 'exact',
		publicAddress: null,
		categoryIds: [],
		labelIds: [],
		hours: [],
		isDemo: false
	};
}

const unregister = registerDocumentKind({
	type: EVENT,
	scopeKey: 'eventIds',
	documents: async (_db, _ctx, ids) => {
		built.push(ids);
		return (ids ?? ['e1', 'e2']).map(eventDoc);
	},
	kinds: ['workshop'],
	groupSize: 3,
	urlPart: 'pasakumi'
});
afterAll(unregister);

const word = (q: string): PlannedWord => {
	const w = splitWords(q)[0];
	return { word: w, variants: [{ stem: w.stem, prefix: false, tier: 'stem', folded: w.folded }], categoryIds: [] };
};

describe('a registered document kind', () => {
	it('is listed after the kinds registered before it, and registering it twice is refused', () => {
		expect(RESULT_ORDER).toEqual(['producer', 'sales_point', 'organisation', 'place', 'library_item', EVENT]);
		expect(() => registerDocumentKind({ ...documentKinds()[5] })).toThrow(/registered twice/);
	});

	it('has its documents built for its own ids in a reindex scope, and none for a scope without them', async () => {
		const ctx: Context = { territories: new Map(), parents: new Map() };
		// only the event kind is in scope: no directory table is read, so no database is needed
		const docs = await docsOf({} as Db, ctx, { eventIds: ['e7'] });
		expect(docs.map((d) => [d.resultType, d.entityId])).toEqual([[EVENT, 'e7']]);
		expect(await docsOf({} as Db, ctx, { producerIds: [] })).toEqual([]);
		expect(built).toEqual([['e7']]);
	});

	it('is found by the engine in its own group, with its kind counted in the facets', () => {
		const ix = new MemoryIndex();
		ix.put(indexRow('p1', { names: 'siers', nameStems: 'sier' }));
		ix.put(indexRow('e1', { resultType: EVENT, kind: 'workshop', names: 'siera darbnica', nameStems: 'sier darbnic' }));
		ix.put(indexRow('e2', { resultType: EVENT, kind: 'workshop', names: 'maizes darbnica', nameStems: 'maiz darbnic' }));
		const ranked = evaluate(ix, rankQuery({ words: [word('siers')] }));
		expect(ranked.page.map((r) => [r.type, r.id])).toEqual([
			['producer', 'p1'],
			[EVENT, 'e1']
		]);
		expect(ranked.totals.get(EVENT)).toBe(1);
		expect(ranked.facets.type.get(EVENT)).toBe(1);
		expect(ranked.facets.kind.get('workshop')).toBe(1);
		const onlyEvents = evaluate(ix, rankQuery({ words: [word('darbnica')], single: { type: EVENT, offset: 0, limit: 10 } }));
		expect(onlyEvents.page.map((r) => r.id).sort()).toEqual(['e1', 'e2']);
	});

	it('is a type and kind the URL may ask for, and its hits link to its pages', () => {
		const parsed = parseSearchParams(new URLSearchParams('q=siers&type=event&kind=workshop'));
		expect(parsed.ok).toBe(true);
		expect(parsed.params.types).toEqual([EVENT]);
		expect(parsed.params.kinds).toEqual(['workshop']);
		expect(resultUrl('lv', EVENT, 'siera-darbnica')).toBe('/lv/pasakumi/siera-darbnica');
	});
});
