/**
 * Fictional Moldovan demo listings of the Northern development region (issue 19): two LAGs, four
 * primării and five producers in Bălți, Soroca, Edineț and Drochia, written in Romanian and Russian
 * (with Latvian and English for the Latvian partners). All marked demo; names, people, numbers and
 * addresses are invented. Territories by slug (migration 0001 raioane and Bălți, 0042 towns and villages).
 */
import type { LocalizedText } from './types';

export type MdPlace = { raion: string; locality?: string; address?: string; lat?: number; lng?: number };

/**
 * Poșta Moldovei codes by raion or municipiu (the seat town's office), and by a village with an
 * office of its own: a demo address takes its postcode from here instead of repeating it.
 */
const POSTCODES: Record<string, string> = { balti: '3100', 'soroca-rajons': '3001', 'edinet-rajons': '4601', 'drochia-rajons': '5201', pelinia: '5221' };

/** The postcode of a place with a street address (its village's own, else its raion's); none without one. */
export function postcodeOf(p: MdPlace): string | null {
	if (!p.address) return null;
	const code = (p.locality && POSTCODES[p.locality]) || POSTCODES[p.raion];
	if (!code) throw new Error(`Moldovan seed: no postcode for "${p.locality ?? p.raion}"`);
	return code;
}

export type MdProducerSeed = MdPlace & {
	slug: string;
	name: string;
	kind: 'home_producer' | 'small_producer' | 'farm' | 'craftsman';
	description: LocalizedText;
	phone: string;
	email: string;
	year: number;
	products: { name: LocalizedText; category: string }[];
};

export type MdOrganisationSeed = MdPlace & {
	slug: string;
	name: string;
	kind: 'lag' | 'public_body';
	description: LocalizedText;
	phone: string;
	email: string;
	/** Raion / municipiu slugs it serves. */
	covers: string[];
	/** Producer slugs it supports (a LAG's local entrepreneurs). */
	supports: string[];
};

export const MD_PRODUCERS: MdProducerSeed[] = [
	{
		slug: 'prisaca-albinuta-din-balti',
		name: 'Prisaca Albinuța din Bălți',
		kind: 'home_producer',
		raion: 'balti',
		address: 'str. Independenței 12',
		lat: 47.7583,
		lng: 27.9212,
		phone: '+373 231 2 34 56',
		email: 'albinuta@example.md',
		year: 2009,
		description: {
			ro: 'Stupina familiei Rusu din Bălți: miere de salcâm, de tei și de floarea-soarelui din câmpiile de nord ale Moldovei. Vindem la piața centrală din Bălți și livrăm în tot raionul.',
			ru: 'Семейная пасека Русу из Бельц: акациевый, липовый и подсолнечниковый мёд с полей севера Молдовы. Продаём на центральном рынке Бельц и доставляем по району.',
			lv: 'Rusu ģimenes drava Bălți: akācijas, liepu un saulespuķu medus no Moldovas ziemeļu laukiem.',
			en: 'The Rusu family apiary in Bălți: acacia, linden and sunflower honey from the fields of northern Moldova.'
		},
		products: [
			{ name: { ro: 'Miere de salcâm', ru: 'Акациевый мёд', lv: 'Akācijas medus', en: 'Acacia honey' }, category: 'medus' },
			{ name: { ro: 'Miere de tei', ru: 'Липовый мёд', lv: 'Liepu medus', en: 'Linden honey' }, category: 'medus' }
		]
	},
	{
		slug: 'branzeturi-edinet',
		name: 'Brânzeturi Edineț',
		kind: 'small_producer',
		raion: 'edinet-rajons',
		locality: 'edinet',
		address: 'str. Ștefan cel Mare 5',
		lat: 48.1702,
		lng: 27.3041,
		phone: '+373 246 2 23 34',
		email: 'branza.edinet@example.md',
		year: 2015,
		description: {
			ro: 'Brânză de oaie și telemea maturată după rețeta bunicii, din laptele turmelor de pe dealurile Edinețului.',
			ru: 'Овечья брынза и выдержанная телемя по бабушкиному рецепту, из молока отар с холмов Единец.',
			lv: 'Aitas siers un nogatavināta telemea pēc vecmāmiņas receptes no Edinecas pakalnu ganāmpulkiem.',
			en: 'Sheep cheese and aged telemea to a grandmother’s recipe, from the flocks on the hills around Edineț.'
		},
		products: [
			{ name: { ro: 'Brânză de oaie', ru: 'Овечья брынза', lv: 'Aitas siers', en: 'Sheep cheese' }, category: 'piena-produkti-un-siers' },
			{ name: { ro: 'Telemea', ru: 'Телемя', lv: 'Telemea siers', en: 'Telemea' }, category: 'piena-produkti-un-siers' }
		]
	},
	{
		slug: 'livada-pelinia',
		name: 'Livada Pelinia',
		kind: 'farm',
		raion: 'drochia-rajons',
		locality: 'pelinia',
		address: 'str. Livezilor 3',
		phone: '069 123 456',
		email: 'livada.pelinia@example.md',
		year: 2004,
		description: {
			ro: 'Gospodărie țărănească din Pelinia, raionul Drochia: mere, pere și prune din livada noastră, suc de mere presat la rece.',
			ru: 'Крестьянское хозяйство из Пелинии, Дрокиевский район: яблоки, груши и сливы из нашего сада, яблочный сок холодного отжима.',
			lv: 'Zemnieku saimniecība Peliņijā, Drokijas rajonā: āboli, bumbieri un plūmes, auksti spiesta ābolu sula.',
			en: 'A farm in Pelinia, Drochia district: apples, pears and plums from our orchard, cold-pressed apple juice.'
		},
		products: [
			{ name: { ro: 'Mere', ru: 'Яблоки', lv: 'Āboli', en: 'Apples' }, category: 'augli-un-ogas' },
			{ name: { ro: 'Suc de mere', ru: 'Яблочный сок', lv: 'Ābolu sula', en: 'Apple juice' }, category: 'dzerieni' }
		]
	},
	{
		slug: 'covoare-din-cosauti',
		name: 'Covoare din Cosăuți',
		kind: 'craftsman',
		raion: 'soroca-rajons',
		locality: 'cosauti',
		phone: '079 555 111',
		email: 'covoare.cosauti@example.md',
		year: 1998,
		description: {
			ro: 'Covoare și lăicere țesute de mână la război, cu motive tradiționale din nordul Basarabiei, în satul Cosăuți de pe malul Nistrului.',
			ru: 'Ковры и дорожки ручного ткачества с традиционными узорами севера Бессарабии, село Косэуць на берегу Днестра.',
			lv: 'Ar rokām austi paklāji ar tradicionāliem Besarābijas ziemeļu rakstiem Kosēucu ciemā pie Dņestras.',
			en: 'Hand-woven rugs and runners with traditional northern Bessarabian patterns, from the village of Cosăuți on the Dniester.'
		},
		products: [{ name: { ro: 'Covor țesut de mână', ru: 'Ковёр ручной работы', lv: 'Rokām austs paklājs', en: 'Hand-woven rug' }, category: 'tekstils' }]
	},
	{
		slug: 'legume-de-la-soroca',
		name: 'Legume de la Soroca',
		kind: 'small_producer',
		raion: 'soroca-rajons',
		locality: 'soroca',
		address: 'str. Independenței 45',
		lat: 48.1566,
		lng: 28.2921,
		phone: '+373 230 2 12 34',
		email: 'legume.soroca@example.md',
		year: 2012,
		description: {
			ro: 'Roșii, ardei și vinete din serele noastre de lângă Soroca, de primăvara până toamna târziu.',
			ru: 'Помидоры, перец и баклажаны из наших теплиц под Сорокой, с весны до поздней осени.',
			lv: 'Tomāti, paprika un baklažāni no mūsu siltumnīcām pie Sorokas.',
			en: 'Tomatoes, peppers and aubergines from our greenhouses near Soroca, from spring to late autumn.'
		},
		products: [{ name: { ro: 'Roșii', ru: 'Помидоры', lv: 'Tomāti', en: 'Tomatoes' }, category: 'darzeni' }]
	}
];

export const MD_ORGANISATIONS: MdOrganisationSeed[] = [
	{
		slug: 'gal-nord-vest-demo',
		name: 'GAL Nord-Vest demo',
		kind: 'lag',
		raion: 'edinet-rajons',
		locality: 'edinet',
		address: 'str. Independenței 20',
		phone: '+373 246 2 00 11',
		email: 'gal.nordvest@example.md',
		covers: ['edinet-rajons', 'briceni-rajons', 'ocnita-rajons', 'donduseni-rajons'],
		supports: ['branzeturi-edinet'],
		description: {
			ro: 'Grup de acțiune locală (demo) din nord-vestul Moldovei: construiește baza de date a antreprenorilor locali și începe abordarea LEADER împreună cu parteneriatele rurale din Letonia.',
			ru: 'Группа местных действий (демо) на северо-западе Молдовы: ведёт базу данных местных предпринимателей и начинает подход LEADER вместе с сельскими партнёрствами Латвии.',
			lv: 'Vietējā rīcības grupa (demo) Moldovas ziemeļrietumos: veido vietējo uzņēmēju datubāzi un kopā ar Latvijas lauku partnerībām sāk LEADER pieeju.',
			en: 'A local action group (demo) in north-western Moldova: building its database of local entrepreneurs and starting LEADER with Latvian rural partnerships.'
		}
	},
	{
		slug: 'gal-lunca-nistrului-demo',
		name: 'GAL Lunca Nistrului demo',
		kind: 'lag',
		raion: 'soroca-rajons',
		locality: 'soroca',
		phone: '+373 230 2 00 22',
		email: 'gal.nistru@example.md',
		covers: ['soroca-rajons', 'drochia-rajons', 'floresti-rajons', 'balti'],
		supports: ['covoare-din-cosauti', 'legume-de-la-soroca', 'livada-pelinia', 'prisaca-albinuta-din-balti'],
		description: {
			ro: 'Grup de acțiune locală (demo) de pe valea Nistrului: Soroca, Drochia, Florești și municipiul Bălți.',
			ru: 'Группа местных действий (демо) в долине Днестра: Сорока, Дрокия, Флорешты и муниципий Бельцы.',
			lv: 'Vietējā rīcības grupa (demo) Dņestras ielejā: Soroka, Drokija, Florești un Bălți municipijs.',
			en: 'A local action group (demo) in the Dniester valley: Soroca, Drochia, Florești and the municipality of Bălți.'
		}
	},
	...(
		[
			// slug, name, raion, locality, ro, ru, the phone's area code
			['primaria-municipiului-balti-demo', 'Primăria municipiului Bălți (demo)', 'balti', undefined, 'Primăria municipiului Bălți', 'Примэрия муниципия Бельцы', '231'],
			['primaria-orasului-soroca-demo', 'Primăria orașului Soroca (demo)', 'soroca-rajons', 'soroca', 'Primăria orașului Soroca', 'Примэрия города Сорока', '230'],
			['primaria-orasului-edinet-demo', 'Primăria orașului Edineț (demo)', 'edinet-rajons', 'edinet', 'Primăria orașului Edineț', 'Примэрия города Единец', '246'],
			['primaria-orasului-drochia-demo', 'Primăria orașului Drochia (demo)', 'drochia-rajons', 'drochia', 'Primăria orașului Drochia', 'Примэрия города Дрокия', '252']
		] as const
	).map(([slug, name, raion, locality, ro, ru, areaCode], i): MdOrganisationSeed => ({
		slug,
		name,
		kind: 'public_body',
		raion,
		locality,
		phone: `+373 ${areaCode} 2 10 0${i}`,
		email: `${slug}@example.md`,
		covers: [raion],
		supports: [],
		description: {
			ro: `${ro} (demo): partener al cooperării dintre Letonia și Moldova; caută parteneri pentru proiecte municipale și promovează producătorii locali.`,
			ru: `${ru} (демо): партнёр сотрудничества Латвии и Молдовы; ищет партнёров для муниципальных проектов и продвигает местных производителей.`,
			lv: `${ro} (demo): Latvijas–Moldovas sadarbības partneris; meklē partnerus pašvaldību projektiem un popularizē vietējos ražotājus.`,
			en: `${ro} (demo): a partner of Latvian–Moldovan cooperation, looking for municipal project partners and promoting local producers.`
		}
	}))
];

export type MdSalesPointSeed = MdPlace & { slug: string; name: string; hours: string; note: LocalizedText; producers: string[] };

/** Markets where the demo producers sell (every published demo producer has a sales point). */
export const MD_SALES_POINTS: MdSalesPointSeed[] = [
	{
		slug: 'piata-centrala-din-balti',
		name: 'Piața Centrală din Bălți',
		raion: 'balti',
		address: 'str. Independenței 1',
		lat: 47.7612,
		lng: 27.9296,
		hours: 'Tu-Su 07:00-15:00',
		note: { ro: 'Rândul producătorilor locali, la intrarea dinspre gară.', ru: 'Ряд местных производителей, у входа со стороны вокзала.', lv: 'Vietējo ražotāju rinda pie ieejas no stacijas puses.' },
		producers: ['prisaca-albinuta-din-balti', 'branzeturi-edinet', 'livada-pelinia']
	},
	{
		slug: 'piata-agricola-din-soroca',
		name: 'Piața agricolă din Soroca',
		raion: 'soroca-rajons',
		locality: 'soroca',
		address: 'str. Ștefan cel Mare 60',
		lat: 48.1581,
		lng: 28.2973,
		hours: 'Mo-Su 07:00-14:00',
		note: { ro: 'Covoare în zilele de sâmbătă.', ru: 'Ковры по субботам.', lv: 'Paklāji sestdienās.' },
		producers: ['covoare-din-cosauti', 'legume-de-la-soroca']
	},
	{
		slug: 'targul-de-duminica-din-edinet',
		name: 'Târgul de duminică din Edineț',
		raion: 'edinet-rajons',
		locality: 'edinet',
		address: 'str. Independenței 30',
		lat: 48.1689,
		lng: 27.3055,
		hours: 'Su 07:00-13:00',
		note: { ro: 'Brânză și lactate de la producătorii din raion.', ru: 'Брынза и молочные продукты от производителей района.', lv: 'Siers un piena produkti no rajona ražotājiem.' },
		producers: ['branzeturi-edinet']
	}
];
