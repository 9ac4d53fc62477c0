import type { ProductTemplate, ProductUnit } from './types';

const p = (cat: string, lv: string, en: string | undefined, price: number | undefined, unit: ProductUnit = 'piece', amount = 1, season?: [number, number]): ProductTemplate => ({
	cat,
	lv,
	en,
	price,
	unit,
	amount,
	season
});

/** Crafts and other non-food products. */
export const CRAFTS: Record<string, ProductTemplate> = {
	// ceramics
	kruze: p('keramika', 'Keramikas krūze', 'Ceramic mug', 2200),
	blodina: p('keramika', 'Keramikas bļodiņa', 'Ceramic bowl', 2500),
	skivis: p('keramika', 'Keramikas šķīvis', 'Ceramic plate', 2800),
	vaze: p('keramika', 'Māla vāze', 'Clay vase', 4500),
	'melnais-podins': p('keramika', 'Melnās kūpinātās keramikas podiņš', 'Black smoke-fired pot', 3500),
	svilpaunieks: p('keramika', 'Māla svilpaunieks', 'Clay whistle', 1200),
	'keramikas-svecturis': p('keramika', 'Keramikas svečturis', 'Ceramic candle holder', 1800),
	'tejas-komplekts': p('keramika', 'Tējas komplekts', 'Tea set', 12000, 'set'),
	// textiles
	cimdi: p('tekstils', 'Adīti vilnas cimdi ar rakstiem', 'Patterned wool mittens', 3500, 'set'),
	zekes: p('tekstils', 'Vilnas zeķes', 'Wool socks', 1800, 'set'),
	salle: p('tekstils', 'Adīta šalle', 'Knitted scarf', 3500),
	'lina-lakats': p('tekstils', 'Lina lakats', 'Linen scarf', 2800),
	'austa-josta': p('tekstils', 'Austa josta', 'Woven belt', 4500),
	'vilnas-sega': p('tekstils', 'Vilnas sega', 'Wool blanket', 9500),
	'lina-dvielis': p('tekstils', 'Lina dvielis', 'Linen towel', 1800),
	galdauts: p('tekstils', 'Lina galdauts', 'Linen tablecloth', 6500),
	'filca-cibas': p('tekstils', 'Filca čības', 'Felt slippers', 3500, 'set'),
	dzija: p('tekstils', 'Augu krāsota vilnas dzija', 'Plant-dyed wool yarn', 900, 'g', 100),
	'berna-cepure': p('tekstils', 'Adīta bērnu cepure', 'Knitted children’s hat', 1500),
	// woodwork
	'koka-karote': p('koka-izstradajumi', 'Koka karote', 'Wooden spoon', 1200),
	delitis: p('koka-izstradajumi', 'Griešanas dēlītis', 'Cutting board', 2800),
	'koka-bloda': p('koka-izstradajumi', 'Virpota koka bļoda', 'Turned wooden bowl', 4500),
	rotallieta: p('koka-izstradajumi', 'Koka rotaļlieta', 'Wooden toy', 2000),
	kauss: p('koka-izstradajumi', 'Koka kauss', 'Carved wooden ladle', 3500),
	'putnu-buritis': p('koka-izstradajumi', 'Putnu būrītis', 'Birdhouse', 2500),
	'sviesta-nazitis': p('koka-izstradajumi', 'Koka sviesta nazītis', 'Wooden butter knife', 800),
	// wickerwork
	grozs: p('pinumi', 'Klūdziņu grozs', 'Willow basket', 3500),
	'senu-grozs': p('pinumi', 'Sēņu grozs', 'Mushroom basket', 3000),
	'skalu-grozs': p('pinumi', 'Skalu grozs', 'Woodchip basket', 2500),
	puzurs: p('pinumi', 'Salmu puzurs', 'Straw himmeli (puzurs)', 2500),
	'tass-karba': p('pinumi', 'Bērza tāss kārbiņa', 'Birch bark box', 1800),
	// natural cosmetics
	ziepes: p('dabiga-kosmetika', 'Dabīgās ziepes', 'Handmade soap', 500, 'g', 100),
	'lupu-balzams': p('dabiga-kosmetika', 'Lūpu balzams ar bišu vasku', 'Beeswax lip balm', 400),
	skrubis: p('dabiga-kosmetika', 'Kaņepju ķermeņa skrubis', 'Hemp body scrub', 900, 'g', 200),
	'sejas-krems': p('dabiga-kosmetika', 'Smiltsērkšķu sejas krēms', 'Sea buckthorn face cream', 1500, 'ml', 50),
	'vannas-sals': p('dabiga-kosmetika', 'Vannas sāls ar garšaugiem', 'Herbal bath salt', 700, 'g', 300),
	'pirts-slota': p('dabiga-kosmetika', 'Bērza pirts slota', 'Birch sauna whisk', 500),
	// candles
	'vaska-sveces': p('sveces', 'Bišu vaska sveces', 'Beeswax candles', 600),
	'sojas-svece': p('sveces', 'Sojas vaska svece stiklā', 'Soy wax candle in a jar', 1200),
	'rulletas-sveces': p('sveces', 'Rullētas vaska sveces', 'Rolled beeswax candles', 1000, 'set'),
	'adventes-sveces': p('sveces', 'Adventes sveču komplekts', 'Advent candle set', 1800, 'set', 1, [11, 12]),
	// jewellery
	'sudraba-sakta': p('juvelierizstradajumi', 'Sudraba sakta', 'Silver brooch', 6500),
	'dzintara-kaklarota': p('juvelierizstradajumi', 'Dzintara kaklarota', 'Amber necklace', 4500),
	'sudraba-gredzens': p('juvelierizstradajumi', 'Sudraba gredzens ar latvju zīmēm', 'Silver ring with Latvian symbols', 5500),
	auskari: p('juvelierizstradajumi', 'Auskari', 'Earrings', 2500, 'set'),
	// leather
	'adas-soma': p('adas-izstradajumi', 'Ādas soma', 'Leather bag', 12000),
	'adas-maks': p('adas-izstradajumi', 'Ādas maks', 'Leather wallet', 4500),
	'adas-josta': p('adas-izstradajumi', 'Ādas josta', 'Leather belt', 3500),
	pastalas: p('adas-izstradajumi', 'Pastalas', 'Pastalas (traditional leather shoes)', 5500, 'set'),
	// metalwork
	'kalts-nazis': p('metala-izstradajumi', 'Kalts nazis', 'Forged knife', 6500),
	'kalts-cirvis': p('metala-izstradajumi', 'Kalts cirvis', 'Forged axe', 8500),
	'kalts-svecturis': p('metala-izstradajumi', 'Kalts svečturis', 'Wrought-iron candlestick', 3500),
	pakavs: p('metala-izstradajumi', 'Dekoratīvs pakavs', 'Decorative horseshoe', 1500),
	'kamina-komplekts': p('metala-izstradajumi', 'Kamīna piederumu komplekts', 'Fireplace tool set', 12000, 'set')
};
