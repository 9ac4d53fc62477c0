import { P, T, V, type LocalityGroup } from './types';

/**
 * Zemgale planning region. All coordinates are approximate centres (WGS84).
 * State cities are listed as their own single town (see localities-riga.ts).
 */
export const localitiesZemgale: LocalityGroup[] = [
	{ municipality: 'Jelgava', localities: [T('Jelgava', 56.6483, 23.7139)] },
	{
		// Former Aizkraukles, Jaunjelgavas, Kokneses, Neretas, Pļaviņu and Skrīveru novadi.
		// Koknese became a town on 1 July 2021.
		municipality: 'Aizkraukles novads',
		localities: [
			T('Aizkraukle', 56.6048, 25.2554),
			T('Jaunjelgava', 56.6128, 25.0826),
			T('Koknese', 56.6527, 25.4375),
			T('Pļaviņas', 56.6175, 25.7236),
			P('Aiviekstes pagasts', 56.6, 25.77),
			P('Aizkraukles pagasts', 56.63, 25.22),
			P('Bebru pagasts', 56.72, 25.48),
			P('Daudzeses pagasts', 56.5, 25.25),
			P('Iršu pagasts', 56.78, 25.6),
			P('Jaunjelgavas pagasts', 56.6, 25.11),
			P('Klintaines pagasts', 56.64, 25.75),
			P('Kokneses pagasts', 56.64, 25.46),
			P('Mazzalves pagasts', 56.28, 25.42),
			P('Neretas pagasts', 56.2, 25.32),
			P('Pilskalnes pagasts', 56.27, 25.56),
			P('Seces pagasts', 56.54, 25.39),
			P('Sērenes pagasts', 56.55, 25.22),
			P('Skrīveru pagasts', 56.645, 25.12),
			P('Staburaga pagasts', 56.47, 25.5),
			P('Sunākstes pagasts', 56.42, 25.33),
			P('Vietalvas pagasts', 56.72, 25.73),
			P('Zalves pagasts', 56.33, 25.24)
		]
	},
	{
		// Former Bauskas, Iecavas, Rundāles and Vecumnieku novadi. Iecava became a town on 1 July 2021.
		municipality: 'Bauskas novads',
		localities: [
			T('Bauska', 56.4085, 24.1922),
			T('Iecava', 56.598, 24.208),
			P('Bārbeles pagasts', 56.45, 24.6),
			P('Brunavas pagasts', 56.32, 24.37),
			P('Ceraukstes pagasts', 56.36, 24.13),
			P('Codes pagasts', 56.46, 24.16),
			P('Dāviņu pagasts', 56.47, 24.33),
			P('Gailīšu pagasts', 56.32, 24.23),
			P('Iecavas pagasts', 56.6, 24.24),
			P('Īslīces pagasts', 56.43, 24.26),
			P('Kurmenes pagasts', 56.47, 24.88),
			P('Mežotnes pagasts', 56.44, 24.04),
			P('Rundāles pagasts', 56.417, 24.025),
			P('Skaistkalnes pagasts', 56.38, 24.65),
			P('Stelpes pagasts', 56.52, 24.57),
			P('Svitenes pagasts', 56.34, 23.98),
			P('Valles pagasts', 56.53, 24.77),
			P('Vecsaules pagasts', 56.44, 24.35),
			P('Vecumnieku pagasts', 56.6, 24.5),
			P('Viesturu pagasts', 56.36, 23.9),
			V('Vecumnieki', 56.606, 24.522)
		]
	},
	{
		// Former Dobeles, Auces and Tērvetes novadi.
		municipality: 'Dobeles novads',
		localities: [
			T('Dobele', 56.6258, 23.2783),
			T('Auce', 56.4598, 22.9017),
			P('Annenieku pagasts', 56.68, 23.06),
			P('Augstkalnes pagasts', 56.41, 23.33),
			P('Auru pagasts', 56.63, 23.35),
			P('Bēnes pagasts', 56.49, 23.07),
			P('Bērzes pagasts', 56.67, 23.38),
			P('Bikstu pagasts', 56.68, 23.0),
			P('Bukaišu pagasts', 56.4, 23.2),
			P('Dobeles pagasts', 56.61, 23.25),
			P('Īles pagasts', 56.54, 23.05),
			P('Jaunbērzes pagasts', 56.69, 23.4),
			P('Krimūnu pagasts', 56.59, 23.44),
			P('Lielauces pagasts', 56.49, 22.93),
			P('Naudītes pagasts', 56.55, 23.17),
			P('Penkules pagasts', 56.57, 23.23),
			P('Tērvetes pagasts', 56.48, 23.38),
			P('Ukru pagasts', 56.36, 23.0),
			P('Vecauces pagasts', 56.44, 22.87),
			P('Vītiņu pagasts', 56.48, 22.82),
			P('Zebrenes pagasts', 56.66, 22.86)
		]
	},
	{
		// Former Jelgavas and Ozolnieku novadi. No towns: Jelgava itself is a separate state city.
		municipality: 'Jelgavas novads',
		localities: [
			P('Cenu pagasts', 56.71, 23.8),
			P('Elejas pagasts', 56.42, 23.7),
			P('Glūdas pagasts', 56.62, 23.57),
			P('Jaunsvirlaukas pagasts', 56.57, 23.93),
			P('Kalnciema pagasts', 56.79, 23.6),
			P('Lielplatones pagasts', 56.5, 23.53),
			P('Līvbērzes pagasts', 56.69, 23.52),
			P('Ozolnieku pagasts', 56.68, 23.8),
			P('Platones pagasts', 56.53, 23.64),
			P('Salgales pagasts', 56.62, 23.95),
			P('Sesavas pagasts', 56.47, 23.84),
			P('Svētes pagasts', 56.56, 23.7),
			P('Valgundes pagasts', 56.77, 23.67),
			P('Vilces pagasts', 56.42, 23.55),
			P('Vircavas pagasts', 56.59, 23.76),
			P('Zaļenieku pagasts', 56.53, 23.52),
			V('Ozolnieki', 56.689, 23.777),
			V('Kalnciems', 56.8, 23.613)
		]
	},
	{
		// Former Jēkabpils, Aknīstes, Krustpils, Salas and Viesītes novadi, plus the former
		// republican city of Jēkabpils (a state city inside the novads since 2021).
		municipality: 'Jēkabpils novads',
		localities: [
			T('Jēkabpils', 56.499, 25.878),
			T('Aknīste', 56.1615, 25.7478),
			T('Viesīte', 56.3453, 25.5557),
			P('Ābeļu pagasts', 56.46, 25.95),
			P('Aknīstes pagasts', 56.17, 25.72),
			P('Asares pagasts', 56.13, 25.6),
			P('Atašienes pagasts', 56.54, 26.42),
			P('Dignājas pagasts', 56.3, 26.04),
			P('Dunavas pagasts', 56.27, 26.21),
			P('Elkšņu pagasts', 56.29, 25.45),
			P('Gārsenes pagasts', 56.21, 25.7),
			P('Kalna pagasts', 56.38, 25.95),
			P('Krustpils pagasts', 56.52, 25.98),
			P('Kūku pagasts', 56.59, 26.03),
			P('Leimaņu pagasts', 56.36, 25.82),
			P('Mežāres pagasts', 56.65, 26.2),
			P('Rites pagasts', 56.33, 25.66),
			P('Rubenes pagasts', 56.19, 25.9),
			P('Salas pagasts', 56.5, 25.74),
			P('Saukas pagasts', 56.3, 25.33),
			P('Sēlpils pagasts', 56.55, 25.63),
			P('Variešu pagasts', 56.5, 26.02),
			P('Viesītes pagasts', 56.35, 25.52),
			P('Vīpes pagasts', 56.6, 26.25),
			P('Zasas pagasts', 56.29, 25.98)
		]
	}
];
