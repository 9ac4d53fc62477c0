import type { MoldovaUnit, Names } from './types';

/**
 * A raion. `lv`: Latvian has no common exonyms for Moldova's districts, so the Romanian name is
 * kept and only the word "rajons" is Latvian (as Latvian writes "Siguldas novads").
 */
const district = (ro: string, ru: string): Names => ({
	lv: `${ro} rajons`,
	en: `${ro} District`,
	ro: `Raionul ${ro}`,
	ru
});

const d = (code: string, ro: string, ru: string, lat: number, lng: number): MoldovaUnit => ({
	kind: 'md_district',
	code,
	name: district(ro, ru),
	lat,
	lng
});

/**
 * First-level administrative units of the Republic of Moldova controlled by Chișinău
 * (ISO 3166-2:MD): 32 districts (raioane), the municipalities Chișinău, Bălți and Bender, and the
 * autonomous territorial unit Găgăuzia (36 units). Coordinates are approximate: the seat.
 * Ids: 500 + position in the list (append only).
 */
export const moldovaUnits: MoldovaUnit[] = [
	d('MD-AN', 'Anenii Noi', 'Новоаненский район', 46.88, 29.23),
	d('MD-BS', 'Basarabeasca', 'Бессарабский район', 46.333, 28.964),
	d('MD-BR', 'Briceni', 'Бричанский район', 48.36, 27.085),
	d('MD-CA', 'Cahul', 'Кагульский район', 45.904, 28.199),
	d('MD-CT', 'Cantemir', 'Кантемирский район', 46.278, 28.2),
	d('MD-CL', 'Călărași', 'Каларашский район', 47.255, 28.308),
	d('MD-CS', 'Căușeni', 'Каушанский район', 46.637, 29.411),
	d('MD-CM', 'Cimișlia', 'Чимишлийский район', 46.52, 28.784),
	d('MD-CR', 'Criuleni', 'Криулянский район', 47.213, 29.159),
	d('MD-DO', 'Dondușeni', 'Дондюшанский район', 48.223, 27.585),
	d('MD-DR', 'Drochia', 'Дрокиевский район', 48.035, 27.813),
	// The district seat Dubăsari is on the left bank; the Moldovan-administered raion is run from Cocieri.
	d('MD-DU', 'Dubăsari', 'Дубоссарский район', 47.3, 29.12),
	d('MD-ED', 'Edineț', 'Единецкий район', 48.168, 27.305),
	d('MD-FA', 'Fălești', 'Фалештский район', 47.573, 27.709),
	d('MD-FL', 'Florești', 'Флорештский район', 47.893, 28.301),
	d('MD-GL', 'Glodeni', 'Глодянский район', 47.771, 27.516),
	d('MD-HI', 'Hîncești', 'Хынчештский район', 46.83, 28.59),
	d('MD-IA', 'Ialoveni', 'Яловенский район', 46.943, 28.782),
	d('MD-LE', 'Leova', 'Леовский район', 46.479, 28.256),
	d('MD-NI', 'Nisporeni', 'Ниспоренский район', 47.081, 28.179),
	d('MD-OC', 'Ocnița', 'Окницкий район', 48.411, 27.48),
	d('MD-OR', 'Orhei', 'Оргеевский район', 47.384, 28.824),
	d('MD-RE', 'Rezina', 'Резинский район', 47.749, 28.962),
	d('MD-RI', 'Rîșcani', 'Рышканский район', 47.956, 27.553),
	d('MD-SI', 'Sîngerei', 'Сынжерейский район', 47.639, 28.142),
	d('MD-SO', 'Soroca', 'Сорокский район', 48.156, 28.297),
	d('MD-ST', 'Strășeni', 'Страшенский район', 47.142, 28.61),
	d('MD-SD', 'Șoldănești', 'Шолданештский район', 47.816, 28.797),
	d('MD-SV', 'Ștefan Vodă', 'Штефан-Водский район', 46.513, 29.663),
	d('MD-TA', 'Taraclia', 'Тараклийский район', 45.9, 28.669),
	d('MD-TE', 'Telenești', 'Теленештский район', 47.499, 28.366),
	d('MD-UN', 'Ungheni', 'Унгенский район', 47.211, 27.8),
	{
		kind: 'md_municipality',
		code: 'MD-CU',
		// Kišiņeva is the established Latvian exonym.
		name: { lv: 'Kišiņeva', en: 'Chișinău', ro: 'Municipiul Chișinău', ru: 'Кишинёв' },
		lat: 47.0105,
		lng: 28.8638
	},
	{
		kind: 'md_municipality',
		code: 'MD-BA',
		name: { lv: 'Bălți', en: 'Bălți', ro: 'Municipiul Bălți', ru: 'Бельцы' },
		lat: 47.7617,
		lng: 27.9289
	},
	{
		kind: 'md_municipality',
		code: 'MD-BD',
		// Also known as Tighina; administered de facto by the Transnistrian authorities.
		name: { lv: 'Bender', en: 'Bender', ro: 'Municipiul Bender', ru: 'Бендеры' },
		lat: 46.831,
		lng: 29.477
	},
	{
		kind: 'md_autonomy',
		code: 'MD-GA',
		name: {
			lv: 'Gagauzija',
			en: 'Gagauzia',
			ro: 'Unitatea Teritorială Autonomă Găgăuzia',
			ru: 'Гагаузия'
		},
		// Comrat, the capital.
		lat: 46.295,
		lng: 28.656
	}
];
