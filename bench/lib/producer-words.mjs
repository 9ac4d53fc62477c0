// Words for generated producer spreadsheets (bench/import.mjs, bench/lib/import-files.ts): municipality
// names as associations write them, products, farm names.
export const MUNICIPALITIES = [
	'Siguldas novads', 'Siguldas nov.', 'Cēsu novads', 'Cesu novads', 'Valmieras novads', 'Ozolnieku novads', 'Jelgavas novads/Ozolnieki',
	'Rīga', 'Tukuma novads', 'Talsu novads', 'Kuldīgas novads', 'Bauskas novads', 'Madonas novads', 'Ludzas novads', 'Rēzeknes novads',
	'Krāslavas novads', 'Alūksnes novads', 'Smiltenes novads', 'Limbažu novads', 'Ogres novads', 'Dobeles novads', 'Saldus novads'
];
export const PRODUCTS = ['Liepu medus', 'Griķu medus', 'Kazas siers', 'Rupjmaize', 'Zemeņu ievārījums', 'Kūpināta zivs', 'Ābolu sula', 'Kartupeļi', 'Bišu vaska sveces', 'Keramikas krūzes', 'Adītas zeķes', 'Kaltētas zāļu tējas', 'Olas', 'Kanepju eļļa'];
export const NAMES = ['Bērziņu', 'Kalnieši', 'Ozolmājas', 'Lejas', 'Priedes', 'Dzērvenītes', 'Strautiņi', 'Avotiņi', 'Mežmalas', 'Saulītes'];
export const WORDS = ['drava', 'siernīca', 'maiznīca', 'saimniecība', 'darbnīca', 'dārzs'];
