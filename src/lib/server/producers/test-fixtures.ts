/**
 * A small, hand-made data set for the producer, taxonomy and search data-layer tests. Ids start at
 * 990001 and slugs with "tst-" so the rows never collide with reference data from the migrations.
 */
import {
	categories,
	labels,
	organisationProducers,
	organisations,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	producers,
	products,
	salesPoints,
	territories
} from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import { latvianSortKey } from '$lib/text/collation';
import { foldText } from '$lib/text/fold';

export const T = {
	vidzeme: 990001,
	kurzeme: 990002,
	abelu: 990011, // municipality in Vidzeme
	kalnu: 990012, // municipality in Kurzeme
	zilu: 990021 // parish in Ābeļu novads
};
export const C = { food: 990101, honey: 990102, jam: 990103, crafts: 990104, ceramics: 990105 };
export const SECRET = { address: '"Slepenās mājas", Zīļu pagasts', lat: 56.123456, lng: 24.654321, locality: 'Zīļu pagasts' };

const territory = (id: number, kind: 'planning_region' | 'municipality' | 'parish', name: string, parentId: number | null, lat: number, lng: number) => ({
	id,
	kind,
	countryCode: 'LV',
	slug: `tst-${foldText(name).replace(/\s+/g, '-')}`,
	name: { lv: name, en: `${name} (en)` },
	parentId,
	lat,
	lng,
	sortKey: latvianSortKey(name),
	searchName: foldText(name)
});

type ProducerSeed = {
	name: string;
	kind: 'home_producer' | 'small_producer' | 'farm' | 'craftsman' | 'social_enterprise';
	municipalityId: number;
	localityId?: number;
	precision?: 'exact' | 'locality' | 'municipality';
	address?: string;
	lat?: number;
	lng?: number;
	status?: 'published' | 'draft';
	day?: number;
	categoryIds?: number[];
};

export const PRODUCERS: ProducerSeed[] = [
	{ name: 'Āboliņš', kind: 'farm', municipalityId: T.abelu, address: 'Ābeļu iela 1', lat: 57.01, lng: 25.01, day: 5, categoryIds: [C.honey] },
	{ name: 'Azote', kind: 'home_producer', municipalityId: T.abelu, localityId: T.zilu, precision: 'locality', day: 4, categoryIds: [C.jam] },
	{ name: 'Apīnes', kind: 'craftsman', municipalityId: T.kalnu, day: 3, categoryIds: [C.ceramics] },
	{ name: 'Bišu māja', kind: 'home_producer', municipalityId: T.kalnu, localityId: T.zilu, precision: 'municipality', address: SECRET.address, lat: SECRET.lat, lng: SECRET.lng, day: 9, categoryIds: [C.honey] },
	{ name: 'Čiekuri', kind: 'small_producer', municipalityId: T.abelu, day: 2 },
	{ name: 'Cepļi', kind: 'farm', municipalityId: T.kalnu, day: 1 },
	{ name: 'Mājas ievārījumi', kind: 'home_producer', municipalityId: T.abelu, day: 8, categoryIds: [C.jam] },
	{ name: 'Aaa melnraksts', kind: 'farm', municipalityId: T.abelu, status: 'draft', categoryIds: [C.honey] },
	...Array.from({ length: 24 }, (_, i): ProducerSeed => ({ name: `Tst pildījums ${String(i + 1).padStart(2, '0')}`, kind: 'social_enterprise', municipalityId: T.kalnu, day: 10 + i }))
];

export const slugOf = (name: string) => `tst-${foldText(name).replace(/[^a-z0-9]+/g, '-')}`;

export async function insertProducerFixtures(db: Db): Promise<void> {
	await db.insert(territories).values([
		territory(T.vidzeme, 'planning_region', 'Testa Vidzeme', null, 57.3, 25.5),
		territory(T.kurzeme, 'planning_region', 'Testa Kurzeme', null, 56.8, 21.9),
		territory(T.abelu, 'municipality', 'Ābeļu novads', T.vidzeme, 57.0, 25.0),
		territory(T.kalnu, 'municipality', 'Kalnu novads', T.kurzeme, 56.5, 22.0),
		territory(T.zilu, 'parish', SECRET.locality, T.abelu, 57.1, 25.1)
	]);
	await db.insert(categories).values([
		{ id: C.food, slug: 'tst-food', name: { lv: 'Testa pārtika', en: 'Test food' }, icon: '🍞', sortOrder: 1 },
		{ id: C.honey, slug: 'tst-honey', parentId: C.food, name: { lv: 'Testa medus', en: 'Test honey' }, icon: '🍯', sortOrder: 1 },
		{ id: C.jam, slug: 'tst-jam', parentId: C.food, name: { lv: 'Testa ievārījumi' }, keywords: 'džems', icon: '🫙', sortOrder: 2 },
		{ id: C.crafts, slug: 'tst-crafts', name: { lv: 'Testa amatniecība' }, icon: '🧶', sortOrder: 2 },
		{ id: C.ceramics, slug: 'tst-ceramics', parentId: C.crafts, name: { lv: 'Testa keramika' }, keywords: 'podnieks', icon: '🏺', sortOrder: 1 }
	]);
	await db.insert(labels).values({ id: 990201, slug: 'tst-pvd', kind: 'registration', name: { lv: 'Testa PVD' }, hasValue: true });

	const ids = new Map<string, string>();
	for (const p of PRODUCERS) {
		const [row] = await db
			.insert(producers)
			.values({
				slug: slugOf(p.name),
				name: p.name,
				kind: p.kind,
				description: { lv: `${p.name} ir testa ražotājs ar garu aprakstu latviešu valodā.`, en: `${p.name} is a test producer.` },
				municipalityId: p.municipalityId,
				localityId: p.localityId ?? null,
				address: p.address ?? null,
				lat: p.lat ?? null,
				lng: p.lng ?? null,
				locationPrecision: p.precision ?? 'exact',
				phone: '+371 20000000',
				status: p.status ?? 'published',
				isDemo: true,
				sortKey: latvianSortKey(p.name),
				searchText: foldText(p.name),
				publishedAt: p.day ? new Date(Date.UTC(2026, 0, p.day)) : null
			})
			.returning({ id: producers.id });
		ids.set(p.name, row.id);
		for (const categoryId of p.categoryIds ?? []) await db.insert(producerCategories).values({ producerId: row.id, categoryId });
	}
	const id = (name: string) => ids.get(name)!;
	await db.insert(producerLabels).values({ producerId: id('Āboliņš'), labelId: 990201, value: 'PVD-12345' });
	await db.insert(products).values([
		{ producerId: id('Āboliņš'), name: { lv: 'Liepu medus', en: 'Linden honey' }, categoryId: C.honey, priceCents: 850, unit: 'jar', unitAmount: '0.5', seasonFrom: 6, seasonTo: 8, searchText: 'liepu medus linden honey' },
		{ producerId: id('Azote'), name: { lv: 'Upeņu ievārījums' }, categoryId: C.jam, priceCents: 450, unit: 'jar', unitAmount: '1', searchText: 'upenu ievarijums' },
		{ producerId: id('Bišu māja'), name: { lv: 'Ziedu medus' }, categoryId: C.honey, priceCents: 250, unit: 'kg', unitAmount: '0.5', searchText: 'ziedu medus' },
		{ producerId: id('Apīnes'), name: { lv: 'Māla krūze' }, categoryId: C.ceramics, searchText: 'mala kruze' }
	]);
	const [farmGate, market] = await db
		.insert(salesPoints)
		.values([
			{ slug: 'tst-bisu-majas-seta', name: 'Bišu mājas sēta', kind: 'farm_gate', municipalityId: T.kalnu, localityId: T.zilu, address: SECRET.address, lat: SECRET.lat, lng: SECRET.lng, locationPrecision: 'municipality', openingHours: 'Sa 09:00-14:00', status: 'published', sortKey: latvianSortKey('Bišu mājas sēta'), searchText: 'bisu majas seta' },
			{ slug: 'tst-tirgus', name: 'Testa tirgus', kind: 'market', municipalityId: T.abelu, address: 'Tirgus iela 1', lat: 57.02, lng: 25.02, openingHours: 'Sa 08:00-13:00', status: 'published', sortKey: latvianSortKey('Testa tirgus'), searchText: 'testa tirgus' }
		])
		.returning({ id: salesPoints.id });
	await db.insert(producerSalesPoints).values([
		{ producerId: id('Bišu māja'), salesPointId: farmGate.id, note: { lv: 'iepriekš piezvaniet' } },
		{ producerId: id('Āboliņš'), salesPointId: market.id }
	]);
	const [org] = await db
		.insert(organisations)
		.values({ slug: 'tst-biedriba', name: 'Testa biedrība', kind: 'association', description: { lv: 'Atbalsta biškopjus.' }, municipalityId: T.kalnu, status: 'published', sortKey: latvianSortKey('Testa biedrība'), searchText: 'testa biedriba' })
		.returning({ id: organisations.id });
	await db.insert(organisationProducers).values({ organisationId: org.id, producerId: id('Bišu māja') });
}
