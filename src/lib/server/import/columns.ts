/**
 * The canonical import columns (the export writes the same names) and the header words people use
 * for them in English, Latvian, Romanian and Russian spreadsheets (a Moldovan LAG's database of
 * local entrepreneurs, issue 19: "Denumire", "Raion", "Localitate", "Название", "Район"). Headers match case- and diacritic-insensitively,
 * ignoring punctuation ("E-pasts", "e pasts", "EPASTS" are one column).
 */
import { foldText } from '../../text/fold';

export const CANONICAL_COLUMNS = [
	'external_id',
	'name',
	'kind',
	'municipality',
	'locality',
	'address',
	'lat',
	'lng',
	'location_precision',
	'phone',
	'email',
	'website',
	'facebook',
	'instagram',
	'categories',
	'products',
	'description_lv',
	'description_en',
	'description_ro',
	'description_ru',
	'labels',
	'pvd_number'
] as const;

export type Column = (typeof CANONICAL_COLUMNS)[number];
type DescriptionColumn = Extract<Column, `description_${string}`>;
/** One description column per language ("description_ro" holds the Romanian text). */
export const DESCRIPTION_COLUMNS = CANONICAL_COLUMNS.filter((c): c is DescriptionColumn => c.startsWith('description_'));
/** The language a description column holds. */
export const descriptionLang = (c: DescriptionColumn) => c.slice('description_'.length);

/** Columns the export adds for people, which an import has no use for (the row is found by external_id). */
export const IGNORED_COLUMNS = ['slug', 'url'] as const;

const ALIASES: Record<Column, string[]> = {
	external_id: ['id', 'external id', 'ārējais id', 'ārējais identifikators', 'identifikators', 'cod intern', 'идентификатор'],
	name: ['nosaukums', 'ražotājs', 'razotajs', 'uzņēmums', 'saimniecība', 'producer', 'title', 'denumire', 'denumirea', 'nume', 'producător', 'întreprindere', 'întreprinderea', 'название', 'наименование', 'производитель', 'предприятие'],
	kind: ['veids', 'tips', 'type', 'ražotāja veids', 'tip', 'tipul', 'тип', 'вид'],
	municipality: ['novads', 'pašvaldība', 'municipality name', 'valstspilsēta', 'novads / pilsēta', 'raion', 'raionul', 'raion / municipiu', 'municipiu', 'район', 'район / муниципий'],
	locality: ['pagasts', 'pilsēta', 'ciems', 'pagasts/pilsēta', 'pagasts / pilsēta', 'pagasts/pilsēta/ciems', 'apdzīvota vieta', 'town', 'parish', 'village', 'localitate', 'localitatea', 'sat', 'oraș', 'sat / oraș', 'comuna', 'населённый пункт', 'село', 'город'],
	address: ['adrese', 'address line', 'iela', 'adresă', 'adresa', 'strada', 'адрес', 'улица'],
	lat: ['latitude', 'platums', 'ģeogrāfiskais platums', 'latitudine', 'широта'],
	lng: ['lon', 'long', 'longitude', 'garums', 'ģeogrāfiskais garums', 'longitudine', 'долгота'],
	location_precision: ['precision', 'atrašanās vietas precizitāte', 'precizitāte'],
	phone: ['tālrunis', 'telefons', 'tel', 'tālr', 'mobilais', 'telephone', 'phone number', 'telefon', 'telefonul', 'nr telefon', 'mobil', 'телефон', 'тел', 'мобильный'],
	email: ['e-pasts', 'epasts', 'e-mail', 'mail', 'e pasts', 'poșta electronică', 'электронная почта', 'эл почта'],
	website: ['mājaslapa', 'mājas lapa', 'tīmekļa vietne', 'vietne', 'web', 'www', 'homepage', 'site', 'site web', 'pagina web', 'сайт', 'веб сайт'],
	facebook: ['fb', 'facebook lapa'],
	instagram: ['ig', 'insta'],
	categories: ['kategorijas', 'kategorija', 'category', 'nozare', 'categorii', 'categorie', 'domeniu', 'категории', 'категория', 'отрасль'],
	products: ['produkti', 'produkcija', 'preces', 'produkts', 'product', 'produse', 'produs', 'produsele', 'продукция', 'продукты', 'товары'],
	description_lv: ['apraksts', 'apraksts lv', 'apraksts latviski', 'description', 'description lv'],
	description_en: ['apraksts en', 'apraksts angliski', 'description en', 'english description'],
	description_ro: ['descriere', 'descrierea', 'descriere ro', 'description ro', 'apraksts ro', 'apraksts rumāniski', 'описание ro'],
	description_ru: ['описание', 'описание ru', 'descriere ru', 'description ru', 'apraksts ru', 'apraksts krieviski'],
	labels: ['zīmes', 'marķējumi', 'sertifikāti', 'label', 'certificates', 'certificate', 'сертификаты'],
	pvd_number: ['pvd', 'pvd nr', 'pvd numurs', 'pvd reģistrācijas numurs', 'pvd reģ nr', 'pvd registration', 'pvd registration number']
};

/** "E-pasts " → "e pasts": folded, punctuation as spaces. */
export function headerKey(header: string): string {
	return foldText(header.replace(/[_\-./:()#]+/g, ' ')).replace(/\s+/g, '');
}

const LOOKUP = new Map<string, Column>();
for (const column of CANONICAL_COLUMNS) {
	LOOKUP.set(headerKey(column), column);
	for (const alias of ALIASES[column]) LOOKUP.set(headerKey(alias), column);
}
const IGNORED = new Set<string>(IGNORED_COLUMNS.map(headerKey));

export type HeaderMapping = {
	/** For each position in the file: the canonical column, or null (unknown, ignored or repeated). */
	columns: (Column | null)[];
	unknown: string[];
	ignored: string[];
	/** A canonical column named twice: only the first is read. */
	repeated: string[];
	present: ReadonlySet<Column>;
};

export function mapHeaders(headers: readonly string[]): HeaderMapping {
	const present = new Set<Column>();
	const unknown: string[] = [];
	const ignored: string[] = [];
	const repeated: string[] = [];
	const columns = headers.map((h) => {
		if (h.trim() === '') return null;
		const key = headerKey(h);
		const column = LOOKUP.get(key);
		if (!column) {
			(IGNORED.has(key) ? ignored : unknown).push(h);
			return null;
		}
		if (present.has(column)) {
			repeated.push(h);
			return null;
		}
		present.add(column);
		return column;
	});
	return { columns, unknown, ignored, repeated, present };
}

export type RawRecord = Partial<Record<Column, string>>;

/** The cells of one row by canonical column (empty cells are left out). */
export function recordOf(cells: readonly string[], mapping: HeaderMapping): RawRecord {
	const record: RawRecord = {};
	mapping.columns.forEach((column, i) => {
		const value = cells[i]?.trim();
		if (column && value) record[column] = value;
	});
	return record;
}
