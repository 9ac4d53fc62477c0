// Vocabulary of the benchmark generator: Latvian product words, specialties and producer names.
import type { producers } from '../../src/lib/server/db/schema';
import { CRAFTS } from '../../src/lib/server/seed/catalog-crafts';
import { FOOD } from '../../src/lib/server/seed/catalog-food';
import type { ProductTemplate } from '../../src/lib/server/seed/types';
import { chance, int, pick, rng } from './random';

/** Extra product words (besides the seed catalogue) with their leaf category. */
const EXTRA: [cat: string, lv: string, en?: string][] = [
	['medus', 'Liepziedu medus', 'Linden blossom honey'],
	['medus', 'Pļavas ziedu medus', 'Meadow honey'],
	['medus', 'Avenāju medus', 'Raspberry honey'],
	['medus', 'Kastaņu medus'],
	['ievarijumi-un-konservi', 'Ķiršu ievārījums', 'Cherry jam'],
	['ievarijumi-un-konservi', 'Aveņu ievārījums', 'Raspberry jam'],
	['ievarijumi-un-konservi', 'Ērkšķogu ievārījums', 'Gooseberry jam'],
	['ievarijumi-un-konservi', 'Marinēti gurķi', 'Pickled cucumbers'],
	['ievarijumi-un-konservi', 'Skābēti gurķi', 'Sour pickles'],
	['piena-produkti-un-siers', 'Kūpināts siers', 'Smoked cheese'],
	['piena-produkti-un-siers', 'Kazu siers', 'Goat cheese'],
	['piena-produkti-un-siers', 'Kazas piena siers', 'Goat milk cheese'],
	['piena-produkti-un-siers', 'Jāņu siers ar ķimenēm', 'Midsummer cheese with caraway'],
	['piena-produkti-un-siers', 'Svaigais siers', 'Fresh cheese'],
	['piena-produkti-un-siers', 'Nogatavināts siers', 'Aged cheese'],
	['piena-produkti-un-siers', 'Biezpiens', 'Curd'],
	['piena-produkti-un-siers', 'Lauku krējums', 'Sour cream'],
	['piena-produkti-un-siers', 'Mājas sviests', 'Butter'],
	['gala', 'Kūpināta cūkgaļa', 'Smoked pork'],
	['gala', 'Kūpināts speķis', 'Smoked bacon'],
	['gala', 'Mājas desa', 'Homemade sausage'],
	['gala', 'Žāvēta jēra gaļa', 'Dried lamb'],
	['gala', 'Karbonāde', 'Pork chop'],
	['zivis', 'Kūpinātas butes', 'Smoked flounder'],
	['zivis', 'Karsti kūpināts lasis', 'Hot-smoked salmon'],
	['zivis', 'Kūpināti reņģes', 'Smoked herring'],
	['zivis', 'Žāvētas vimbas', 'Dried vimba'],
	['maize-un-konditoreja', 'Rupjmaize', 'Rye bread'],
	['maize-un-konditoreja', 'Saldskābmaize', 'Sweet-sour bread'],
	['maize-un-konditoreja', 'Speķa pīrādziņi', 'Bacon buns'],
	['maize-un-konditoreja', 'Klingeris', 'Birthday pretzel'],
	['maize-un-konditoreja', 'Ābolu pīrāgs', 'Apple pie'],
	['darzeni', 'Jaunie kartupeļi', 'New potatoes'],
	['darzeni', 'Bietes', 'Beetroot'],
	['darzeni', 'Burkāni', 'Carrots'],
	['darzeni', 'Ķiploki', 'Garlic'],
	['augli-un-ogas', 'Zemenes', 'Strawberries'],
	['augli-un-ogas', 'Krūmmellenes', 'Blueberries'],
	['augli-un-ogas', 'Āboli', 'Apples'],
	['augli-un-ogas', 'Smiltsērkšķi', 'Sea buckthorn'],
	['senes', 'Marinētas gailenes', 'Pickled chanterelles'],
	['senes', 'Kaltētas baravikas', 'Dried porcini'],
	['dzerieni', 'Bērzu sula', 'Birch sap'],
	['dzerieni', 'Ābolu sula', 'Apple juice'],
	['dzerieni', 'Kvass', 'Kvass'],
	['dzerieni', 'Rabarberu sidrs', 'Rhubarb cider'],
	['zalu-tejas-un-garsaugi', 'Kumelīšu tēja', 'Chamomile tea'],
	['zalu-tejas-un-garsaugi', 'Piparmētru tēja', 'Peppermint tea'],
	['zalu-tejas-un-garsaugi', 'Liepziedu tēja', 'Linden tea'],
	['saldumi', 'Mājas konfektes', 'Homemade sweets'],
	['saldumi', 'Kārums ar medu'],
	['graudaugi-un-milti', 'Rudzu milti', 'Rye flour'],
	['graudaugi-un-milti', 'Auzu pārslas', 'Oat flakes'],
	['graudaugi-un-milti', 'Griķi', 'Buckwheat'],
	['olas', 'Lauku olas', 'Free-range eggs'],
	['olas', 'Paipalu olas', 'Quail eggs'],
	['ellas-un-seklas', 'Kaņepju eļļa', 'Hemp oil'],
	['ellas-un-seklas', 'Rapšu eļļa', 'Rapeseed oil'],
	['keramika', 'Māla krūze', 'Clay mug'],
	['keramika', 'Latgales keramikas svečturis', 'Latgale ceramic candlestick'],
	['tekstils', 'Lina dvielis', 'Linen towel'],
	['tekstils', 'Vilnas sega', 'Wool blanket'],
	['koka-izstradajumi', 'Koka karote', 'Wooden spoon'],
	['koka-izstradajumi', 'Griešanas dēlis', 'Cutting board'],
	['pinumi', 'Klūdziņu grozs', 'Wicker basket'],
	['dabiga-kosmetika', 'Dabīgās ziepes', 'Natural soap'],
	['dabiga-kosmetika', 'Kaņepju krēms', 'Hemp cream'],
	['sveces', 'Bišu vaska sveces', 'Beeswax candles'],
	['juvelierizstradajumi', 'Dzintara krelles', 'Amber necklace'],
	['adas-izstradajumi', 'Ādas maciņš', 'Leather wallet'],
	['metala-izstradajumi', 'Kalts svečturis', 'Forged candlestick']
];
const FOOD_PREFIX = ['Mājas', 'Lauku', 'Vecmāmiņas', 'Bio', 'Saimnieces', 'Vasaras', 'Dārza'];
const CRAFT_PREFIX = ['Meistara', 'Lauku', 'Amatnieka'];

export type Tmpl = Pick<ProductTemplate, 'cat' | 'lv' | 'en' | 'price' | 'unit' | 'amount' | 'season'>;
const byCategory = new Map<string, Tmpl[]>();
for (const t of [...Object.values(FOOD), ...Object.values(CRAFTS)]) byCategory.set(t.cat, [...(byCategory.get(t.cat) ?? []), t]);
for (const [cat, lv, en] of EXTRA) byCategory.set(cat, [...(byCategory.get(cat) ?? []), { cat, lv, en, price: int(200, 1500), unit: 'piece' }]);

/** Related categories a producer of one kind of goods also sells. */
export const RELATED: Record<string, string[]> = {
	medus: ['sveces', 'dabiga-kosmetika', 'zalu-tejas-un-garsaugi'],
	'ievarijumi-un-konservi': ['augli-un-ogas', 'dzerieni', 'darzeni'],
	'piena-produkti-un-siers': ['olas', 'gala'],
	gala: ['zivis', 'olas', 'darzeni'],
	zivis: ['gala'],
	'maize-un-konditoreja': ['saldumi', 'graudaugi-un-milti'],
	darzeni: ['augli-un-ogas', 'ievarijumi-un-konservi', 'olas'],
	'augli-un-ogas': ['ievarijumi-un-konservi', 'dzerieni'],
	senes: ['augli-un-ogas', 'zalu-tejas-un-garsaugi'],
	dzerieni: ['augli-un-ogas', 'ievarijumi-un-konservi'],
	'zalu-tejas-un-garsaugi': ['medus', 'dabiga-kosmetika'],
	saldumi: ['maize-un-konditoreja', 'medus'],
	'graudaugi-un-milti': ['maize-un-konditoreja'],
	olas: ['darzeni', 'gala'],
	'ellas-un-seklas': ['graudaugi-un-milti'],
	keramika: ['sveces'],
	tekstils: ['adas-izstradajumi'],
	'koka-izstradajumi': ['pinumi', 'metala-izstradajumi'],
	pinumi: ['koka-izstradajumi'],
	'dabiga-kosmetika': ['sveces', 'zalu-tejas-un-garsaugi'],
	sveces: ['medus', 'dabiga-kosmetika'],
	juvelierizstradajumi: ['adas-izstradajumi', 'metala-izstradajumi'],
	'adas-izstradajumi': ['tekstils'],
	'metala-izstradajumi': ['koka-izstradajumi']
};
const CRAFT_CATS = new Set(['keramika', 'tekstils', 'koka-izstradajumi', 'pinumi', 'dabiga-kosmetika', 'sveces', 'juvelierizstradajumi', 'adas-izstradajumi', 'metala-izstradajumi']);
/** Weight of each specialty (food dominates, as in the real directory). */
const SPECIALTY_WEIGHTS: [string, number][] = Object.keys(RELATED).map((c) => [c, CRAFT_CATS.has(c) ? 2 : ['medus', 'piena-produkti-un-siers', 'maize-un-konditoreja', 'ievarijumi-un-konservi', 'gala'].includes(c) ? 10 : 5]);
const weightTotal = SPECIALTY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
export function specialty(): string {
	let x = rng() * weightTotal;
	for (const [c, w] of SPECIALTY_WEIGHTS) if ((x -= w) < 0) return c;
	return 'medus';
}
/** The business word in a surname-style name, by specialty. */
const BUSINESS: Record<string, string[]> = {
	medus: ['dravas', 'drava', 'bišu drava', 'medus'],
	'ievarijumi-un-konservi': ['ievārījumi', 'virtuve', 'gardumi'],
	'piena-produkti-un-siers': ['siernīca', 'kazu ferma', 'piensaimniecība', 'sieri'],
	gala: ['kūpinātava', 'gaļas nams', 'saimniecība'],
	zivis: ['kūpinātava', 'zivju kūpinātava'],
	'maize-un-konditoreja': ['ceptuve', 'maiznīca', 'maizes krāsns'],
	darzeni: ['dārzi', 'dārzniecība', 'siltumnīcas'],
	'augli-un-ogas': ['dārzi', 'ogu dārzs', 'augļudārzs'],
	senes: ['sēņotava', 'meža labumi'],
	dzerieni: ['sulas', 'sidra darītava', 'darītava'],
	'zalu-tejas-un-garsaugi': ['zāļu tējas', 'tējas', 'garšaugi'],
	saldumi: ['saldumi', 'konfektes', 'gardumi'],
	'graudaugi-un-milti': ['dzirnavas', 'graudi'],
	olas: ['olas', 'vistu ferma'],
	'ellas-un-seklas': ['eļļas spiestuve', 'eļļas'],
	keramika: ['keramika', 'podniecība', 'keramikas darbnīca'],
	tekstils: ['aušanas darbnīca', 'tekstils', 'rokdarbi'],
	'koka-izstradajumi': ['galdniecība', 'koka darbnīca'],
	pinumi: ['pinumi', 'klūdziņu darbnīca'],
	'dabiga-kosmetika': ['ziepju darbnīca', 'dabas kosmētika'],
	sveces: ['sveču darbnīca', 'sveces'],
	juvelierizstradajumi: ['rotas', 'dzintara darbnīca'],
	'adas-izstradajumi': ['ādas darbnīca'],
	'metala-izstradajumi': ['kalve', 'kalēja darbnīca']
};
const SURNAMES = ['Bērziņu', 'Kalniņu', 'Ozoliņu', 'Jansonu', 'Liepiņu', 'Krūmiņu', 'Zariņu', 'Kļaviņu', 'Vītolu', 'Eglīšu', 'Pētersonu', 'Balodu', 'Saulīšu', 'Celmiņu', 'Lapiņu', 'Vanagu', 'Siliņu', 'Strautiņu', 'Grīnbergu', 'Āboliņu', 'Dzenīšu', 'Priedīšu', 'Kārkliņu', 'Rozīšu', 'Muižnieku', 'Sproģu', 'Zvaigznīšu', 'Šmitu', 'Ķikuļu', 'Ločmeļu'];
export const ROOTS = ['Kaln', 'Lej', 'Mež', 'Priež', 'Bērz', 'Ozol', 'Liep', 'Egl', 'Pļav', 'Dārz', 'Upen', 'Strauj', 'Avot', 'Sil', 'Saul', 'Rīt', 'Vēj', 'Ezer', 'Jāņ', 'Ced', 'Akmeņ', 'Smilš', 'Rož', 'Lauk', 'Vecsēt', 'Purv', 'Kļav', 'Ābel', 'Dzērv', 'Gaiļ', 'Zīl', 'Ūdr', 'Bebr', 'Lāč', 'Stirn'];
export const HOMESTEAD_SUFFIX = ['ieši', 'nieki', 'āji', 'i', 'kalni', 'lejas', 'pļavas', 'muiža', 'mājas', 'sētas', 'kroga'];
const FIRST = ['Anna', 'Ilze', 'Inese', 'Līga', 'Dace', 'Māra', 'Jānis', 'Andris', 'Pēteris', 'Edgars', 'Ieva', 'Kristaps', 'Zane', 'Guntis', 'Aija'];

export function producerName(spec: string): { name: string; kind: (typeof producers.kind.enumValues)[number] } {
	const craft = CRAFT_CATS.has(spec);
	const x = rng();
	const homestead = () => `${pick(ROOTS)}${pick(HOMESTEAD_SUFFIX)}`;
	if (x < 0.35) return { name: `Z/S "${homestead()}"`, kind: chance(0.7) ? 'farm' : 'small_producer' };
	if (x < 0.65) return { name: `${pick(SURNAMES)} ${pick(BUSINESS[spec])}`, kind: craft ? 'craftsman' : 'home_producer' };
	if (x < 0.8) return { name: `SIA "${homestead()} ${pick(BUSINESS[spec])}"`, kind: chance(0.1) ? 'social_enterprise' : 'small_producer' };
	if (x < 0.9) return { name: `IK "${homestead()}"`, kind: craft ? 'craftsman' : 'small_producer' };
	return { name: `${pick(FIRST)} ${pick(SURNAMES).replace(/u$/, 'a')} ${pick(BUSINESS[spec])}`, kind: craft ? 'craftsman' : 'home_producer' };
}

export function productFor(cat: string): Tmpl {
	const base = pick(byCategory.get(cat) ?? byCategory.get('medus')!);
	if (!chance(0.45)) return base;
	const prefix = pick(CRAFT_CATS.has(cat) ? CRAFT_PREFIX : FOOD_PREFIX);
	return { ...base, lv: `${prefix} ${base.lv.charAt(0).toLowerCase()}${base.lv.slice(1)}` };
}
