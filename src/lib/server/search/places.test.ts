import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, detectPlaces, type TerritoryInput } from './places';
import { splitWords } from './words';

const t = (id: number, kind: TerritoryInput['kind'], lv: string, parentId: number | null, extra: Partial<TerritoryInput> = {}): TerritoryInput => ({
	id,
	kind,
	slug: lv.toLowerCase().replace(/\s+/g, '-'),
	name: { lv },
	subkind: kind === 'municipality' ? 'novads' : null,
	parentId,
	successorId: null,
	lat: 57,
	lng: 24,
	...extra
});

// a small slice of the real reference data (migration 0001)
const TERRITORIES: TerritoryInput[] = [
	t(10, 'planning_region', 'Rīgas plānošanas reģions', null, { slug: 'riga' }),
	t(13, 'planning_region', 'Zemgales plānošanas reģions', null, { slug: 'zemgale' }),
	t(14, 'planning_region', 'Latgales plānošanas reģions', null, { slug: 'latgale' }),
	t(100, 'municipality', 'Rīga', 10, { subkind: 'valstspilsēta' }),
	t(109, 'municipality', 'Siguldas novads', 10, { name: { lv: 'Siguldas novads', en: 'Sigulda Municipality' } }),
	t(118, 'municipality', 'Jelgava', 13, { subkind: 'valstspilsēta' }),
	t(122, 'municipality', 'Jelgavas novads', 13, { name: { lv: 'Jelgavas novads', en: 'Jelgava Municipality' } }),
	t(130, 'municipality', 'Jēkabpils novads', 13),
	t(131, 'municipality', 'Mārupes novads', 10),
	t(140, 'municipality', 'Rēzeknes novads', 14),
	t(1068, 'historical_municipality', 'Ozolnieku novads', null, { successorId: 122 }),
	t(1090, 'historical_municipality', 'Siguldas novads', null, { successorId: 109 }),
	t(2000, 'town', 'Rīga', 100),
	t(2450, 'town', 'Sigulda', 109),
	t(2457, 'parish', 'Siguldas pagasts', 109),
	t(2900, 'town', 'Jelgava', 118),
	t(3107, 'parish', 'Ozolnieku pagasts', 122),
	t(3116, 'village', 'Ozolnieki', 122),
	t(3200, 'parish', 'Salas pagasts', 130),
	t(3201, 'parish', 'Salas pagasts', 131),
	t(3300, 'parish', 'Maltas pagasts', 140)
];
// catalogue words: category keywords and product-name words used in several municipalities
const index = buildPlaceIndex(TERRITORIES, ['medus', 'liepu', 'malta', 'latgales', 'gala']);

const detect = (q: string) => {
	const words = splitWords(q);
	const r = detectPlaces(words, index);
	return {
		places: r.places.map((p) => ({ words: p.wordIndexes.map((i) => words[i].raw).join(' '), territory: p.territory.id, municipality: p.area.municipalityId, region: p.area.regionId })),
		ambiguous: r.ambiguous.map((a) => ({ word: words[a.wordIndex].raw, areas: a.areas.map((x) => x.id) }))
	};
};

describe('detectPlaces', () => {
	it.each([
		['medus Sigulda', 'sigulda', 2450, 109],
		['medus Siguldā', 'siguldā', 2450, 109],
		['siguldas medus', 'siguldas', 109, 109],
		['Ozolnieki', 'ozolnieki', 3116, 122],
		['maize ozolnieku', 'ozolnieku', 3107, 122],
		['Ozolniekos', 'ozolniekos', 3116, 122],
		['Jelgava', 'jelgava', 118, 118],
		['siers Jelgavā', 'jelgavā', 118, 118],
		['Rīgā', 'rīgā', 100, 100],
		['rigas', 'rigas', 100, 100]
	])('"%s": %s → territory %i in municipality %i', (q, words, territory, municipality) => {
		expect(detect(q).places).toEqual([{ words, territory, municipality, region: expect.any(Number) }]);
	});

	it('reads a name with its kind word, also in another case', () => {
		expect(detect('Ozolnieku novads').places).toMatchObject([{ words: 'ozolnieku novads', territory: 1068, municipality: 122 }]);
		expect(detect('siers Jelgavas novadā').places).toMatchObject([{ words: 'jelgavas novadā', territory: 122, municipality: 122 }]);
		expect(detect('Salas pagasts').ambiguous).toEqual([{ word: 'salas', areas: [130, 131] }]);
	});

	it('maps planning regions by their short name', () => {
		expect(detect('Zemgale').places).toMatchObject([{ territory: 13, municipality: null, region: 13 }]);
		expect(detect('Latgalē').places).toMatchObject([{ territory: 14, region: 14 }]);
	});

	it('leaves catalogue words as text: "malta gaļa" is minced meat, "liepu medus" linden honey', () => {
		expect(detect('malta gaļa')).toEqual({ places: [], ambiguous: [] });
		expect(detect('liepu medus')).toEqual({ places: [], ambiguous: [] });
		expect(detect('Latgales keramika').places).toEqual([]);
		// with the kind word it is explicit
		expect(detect('Maltas pagasts').places).toMatchObject([{ territory: 3300, municipality: 140 }]);
	});

	it('leaves a word naming places in different municipalities as text and says which', () => {
		expect(detect('Salas')).toEqual({ places: [], ambiguous: [{ word: 'salas', areas: [130, 131] }] });
		// "jelgavas" is Jelgavas novads as written, not the genitive of Jelgava
		expect(detect('Jelgavas').places).toMatchObject([{ municipality: 122 }]);
	});

	it('finds two places and ignores words that are not places', () => {
		expect(detect('kūpināts siers Sigulda Ozolnieki').places.map((p) => p.municipality)).toEqual([109, 122]);
		expect(detect('kūpināts siers')).toEqual({ places: [], ambiguous: [] });
		expect(detect('').places).toEqual([]);
	});

	it('reads the Cyrillic names of migration 0016, in Russian case forms and with the kind word first', () => {
		const named = (id: number, ru: string, en?: string) => {
			const x = TERRITORIES.find((t) => t.id === id)!;
			return { ...x, name: { ...x.name, ru, ...(en ? { en } : {}) } };
		};
		const ru = buildPlaceIndex(
			TERRITORIES.map((x) => (x.id === 2450 ? named(2450, 'Сигулда') : x.id === 3107 ? named(3107, 'волость Озолниеки', 'Ozolnieki Parish') : x.id === 1068 ? named(1068, 'край Озолниеки') : x)),
			['medus']
		);
		const find = (q: string) => {
			const words = splitWords(q);
			return detectPlaces(words, ru).places.map((p) => ({ words: p.wordIndexes.map((i) => words[i].raw).join(' '), territory: p.territory.id, explicit: p.explicit }));
		};
		expect(find('мёд сигулда')).toEqual([{ words: 'сигулда', territory: 2450, explicit: false }]);
		expect(find('мёд в Сигулде')).toEqual([{ words: 'сигулде', territory: 2450, explicit: false }]);
		expect(find('волость Озолниеки')).toEqual([{ words: 'волость озолниеки', territory: 3107, explicit: true }]);
		expect(find('Ozolnieki Parish')).toMatchObject([{ territory: 3107, explicit: true }]);
	});
});
