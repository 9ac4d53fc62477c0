import { describe, expect, it } from 'vitest';
import { issueMessage } from './messages';
import { buildTaxonomyMatcher } from './taxonomy-match';
import { buildTerritoryMatcher, type TerritoryRow } from './territory-match';
import { validateRow, type Matchers } from './validate';

const t = (id: number, kind: string, lv: string, parentId: number | null = null, successorId: number | null = null, en?: string): TerritoryRow => ({
	id,
	kind,
	parentId,
	successorId,
	slug: lv.toLowerCase().replace(/\s+/g, '-'),
	name: { lv, ...(en && { en }) }
});
const territories = [
	t(100, 'municipality', 'Rīga', null, null, 'Riga'),
	t(109, 'municipality', 'Siguldas novads', null, null, 'Sigulda Municipality'),
	t(122, 'municipality', 'Jelgavas novads'),
	t(141, 'municipality', 'Rēzeknes novads'),
	t(134, 'municipality', 'Rēzekne'),
	t(1068, 'historical_municipality', 'Ozolnieku novads', null, 122),
	t(2450, 'town', 'Sigulda', 109),
	t(2457, 'parish', 'Siguldas pagasts', 109),
	t(3107, 'parish', 'Ozolnieku pagasts', 122),
	t(3116, 'village', 'Ozolnieki', 122)
];
const matchers: Matchers = {
	territories: buildTerritoryMatcher(territories),
	taxonomy: buildTaxonomyMatcher(
		[
			{ id: 1, slug: 'partika', parentId: null, name: { lv: 'Pārtika', en: 'Food' }, keywords: '' },
			{ id: 10, slug: 'medus', parentId: 1, name: { lv: 'Medus', en: 'Honey', ru: 'Мёд' }, keywords: 'medus medu liepu ziedu' },
			{ id: 12, slug: 'piena-produkti-un-siers', parentId: 1, name: { lv: 'Piena produkti un siers', en: 'Dairy and cheese' }, keywords: 'siers sieri kazas' },
			{ id: 17, slug: 'augli-un-ogas', parentId: 1, name: { lv: 'Augļi un ogas', en: 'Fruit and berries' }, keywords: 'aboli abolu zemenes' },
			{ id: 19, slug: 'dzerieni', parentId: 1, name: { lv: 'Dzērieni', en: 'Drinks' }, keywords: 'sula sulas' }
		],
		[{ id: 1, slug: 'pvd', name: { lv: 'Reģistrēts PVD', en: 'PVD registered' }, hasValue: true }]
	)
};
const mun = (text: string) => {
	const r = matchers.territories.resolveMunicipality(text);
	return r.ok ? [r.municipality.id, r.via?.id ?? null, r.locality?.id ?? null] : r.suggestions;
};

describe('municipality cells', () => {
	it.each([
		['Siguldas novads', [109, null, null]],
		['siguldas nov.', [109, null, null]],
		['Siguldas', [109, null, null]],
		['Sigulda Municipality', [109, null, null]],
		['Rezeknes novads', [141, null, null]],
		['Rēzekne', [134, null, null]],
		['Rigas', [100, null, null]],
		['Ozolnieku nov.', [122, 1068, null]],
		['Ozolnieku novads', [122, 1068, null]],
		['Jelgavas novads/Ozolnieki', [122, null, 3116]],
		['Ozolnieku pagasts (Jelgavas nov.)', [122, null, 3107]]
	])('%s', (text, expected) => expect(mun(text)).toEqual(expected));
	it('suggests the nearest names for an unknown one', () => {
		expect(mun('Siguldass')).toEqual(['Siguldas novads']);
		expect(mun('Jelgvas novads')).toEqual(['Jelgavas novads']);
		expect(mun('Atlantīda')).toEqual([]);
	});
	it('finds the locality inside its municipality only', () => {
		const loc = (m: number, s: string) => {
			const r = matchers.territories.resolveLocality(m, s);
			return r.ok ? r.locality.id : r.suggestions;
		};
		expect(loc(122, 'Ozolnieki')).toBe(3116);
		expect(loc(122, 'Ozolnieku pagasts')).toBe(3107);
		expect(loc(122, 'Ozolnieku pag.')).toBe(3107);
		expect(loc(109, 'Sigulda')).toBe(2450);
		expect(loc(109, 'Ozolnieki')).toEqual([]);
	});
});

describe('validateRow', () => {
	it('turns a clean row into a draft, inferring categories from product words', () => {
		const { draft, issues } = validateRow(2, { name: 'Bišu drava', municipality: 'Siguldas novads', locality: 'Sigulda', products: 'Liepu medus; Kazas siers, ābolu sula', phone: '29123456', pvd_number: 'PVD-1' }, matchers);
		expect(draft).toMatchObject({ name: 'Bišu drava', municipalityId: 109, localityId: 2450, locationPrecision: 'locality', phone: '+371 2912 3456', categoryIds: [10, 12, 19], labels: [{ labelId: 1, value: 'PVD-1' }] });
		expect(draft!.products).toEqual([
			{ name: 'Liepu medus', categoryId: 10 },
			{ name: 'Kazas siers', categoryId: 12 },
			{ name: 'ābolu sula', categoryId: 19 }
		]);
		expect(issues.map((i) => [i.code, i.severity])).toEqual([['categories_inferred', 'warning']]);
	});
	it('uses categories named by name or slug in any language', () => {
		const { draft } = validateRow(2, { name: 'X', municipality: 'Rīga', categories: 'Honey; piena-produkti-un-siers; Мёд' }, matchers);
		expect(draft!.categoryIds).toEqual([10, 12]);
	});
	it('reports each problem with row, column and value; a row with errors yields no draft', () => {
		const { draft, issues } = validateRow(7, { municipality: 'Siguldass', email: 'nav-epasta', phone: '12345', categories: 'Pārtika' }, matchers);
		expect(draft).toBeNull();
		expect(issues.map((i) => [i.row, i.column, i.value, i.code])).toEqual([
			[7, 'name', '', 'name_missing'],
			[7, 'municipality', 'Siguldass', 'municipality_unknown'],
			[7, 'phone', '12345', 'phone_invalid'],
			[7, 'email', 'nav-epasta', 'email_invalid'],
			[7, 'categories', 'Pārtika', 'category_unknown']
		]);
	});
	it('localizes the messages in Latvian and English, with "did you mean"', () => {
		const { issues } = validateRow(3, { name: 'X', municipality: 'Siguldass', email: 'a@b' }, matchers);
		expect(issues.map((i) => issueMessage(i, 'lv'))).toEqual([
			'Nezināms novads. Vai domājāt: Siguldas novads?',
			'Nederīga e-pasta adrese',
			'Nav kategorijas, un pēc produktiem to nevar noteikt; ieraksts importēts bez kategorijas — izvēlieties to vietnē'
		]);
		expect(issues.map((i) => issueMessage(i, 'en'))).toEqual([
			'Unknown municipality. Did you mean: Siguldas novads?',
			'Invalid e-mail address',
			'No category, and none can be inferred from the products; the listing is imported without one — choose it on the site'
		]);
	});
	it('imports a row whose only fault is a phone nobody can dial, with the phone left empty and a warning', () => {
		const { draft, issues } = validateRow(8, { name: 'Bišu drava', municipality: 'Siguldas novads', phone: '12345', categories: 'Medus' }, matchers);
		expect(draft).toMatchObject({ name: 'Bišu drava', phone: null });
		expect(issues.map((i) => [i.column, i.value, i.code, i.severity])).toEqual([['phone', '12345', 'phone_invalid', 'warning']]);
		expect(issueMessage(issues[0], 'lv')).toContain('tālrunis atstāts tukšs');
	});
	it('keeps products whose category cannot be told, uncategorised, with a warning for each', () => {
		const { draft, issues } = validateRow(10, { name: 'Meistara darbnīca', municipality: 'Rīga', products: 'Vējrādis no kārklu klūgām; Koka karote' }, matchers);
		expect(draft!.products).toEqual([
			{ name: 'Vējrādis no kārklu klūgām', categoryId: null },
			{ name: 'Koka karote', categoryId: null }
		]);
		expect(issues.map((i) => [i.code, i.params])).toEqual([
			['no_category', undefined],
			['product_no_category', { product: 'Vējrādis no kārklu klūgām' }],
			['product_no_category', { product: 'Koka karote' }]
		]);
		// with a category for the listing, a product nobody can place goes with the listing's first one
		expect(validateRow(9, { name: 'X', municipality: 'Rīga', products: 'Liepu medus, Vējrādis' }, matchers).draft!.products).toEqual([
			{ name: 'Liepu medus', categoryId: 10 },
			{ name: 'Vējrādis', categoryId: 10 }
		]);
	});
	it('keeps the first of several phones and says so; a historical novads is noted', () => {
		const { draft, issues } = validateRow(4, { name: 'X', municipality: 'Ozolnieku nov.', phone: '29123456; 26123456' }, matchers);
		expect(draft!.phone).toBe('+371 2912 3456');
		expect(draft!.locationPrecision).toBe('municipality');
		expect(issues.map((i) => i.code)).toEqual(['municipality_historical', 'extra_values', 'no_category']);
	});
	it('checks coordinates lie in Latvia or Moldova', () => {
		expect(validateRow(5, { name: 'X', municipality: 'Rīga', lat: '56,95', lng: '24,1' }, matchers).draft).toMatchObject({ lat: 56.95, lng: 24.1 });
		expect(validateRow(5, { name: 'X', municipality: 'Rīga', lat: '24.1', lng: '56.95' }, matchers).issues[0].code).toBe('coordinates_invalid');
	});
});
