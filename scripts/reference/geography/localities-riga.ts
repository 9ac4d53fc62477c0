import { P, T, V, type LocalityGroup } from './types';

/**
 * Rīga planning region: towns, parishes and selected villages of each current municipality.
 * All coordinates are approximate centres (WGS84), good for a map pin, not for boundaries.
 * A state city (valstspilsēta) has no parishes; it is listed as its own single town so that every
 * municipality has at least one locality to choose.
 */
export const localitiesRiga: LocalityGroup[] = [
	{ municipality: 'Rīga', localities: [T('Rīga', 56.9489, 24.1064)] },
	{ municipality: 'Jūrmala', localities: [T('Jūrmala', 56.9681, 23.7703)] },
	{
		// Former Ādažu and Carnikavas novadi. Ādaži became a town on 1 July 2022.
		municipality: 'Ādažu novads',
		localities: [
			T('Ādaži', 57.0747, 24.3236),
			P('Ādažu pagasts', 57.085, 24.39),
			P('Carnikavas pagasts', 57.135, 24.23),
			V('Carnikava', 57.129, 24.21)
		]
	},
	{
		// Former Ķekavas and Baldones novadi. Ķekava became a town on 1 July 2022.
		municipality: 'Ķekavas novads',
		localities: [
			T('Baldone', 56.743, 24.393),
			T('Baloži', 56.876, 24.118),
			T('Ķekava', 56.828, 24.225),
			P('Baldones pagasts', 56.74, 24.42),
			P('Daugmales pagasts', 56.815, 24.47),
			P('Ķekavas pagasts', 56.81, 24.19)
		]
	},
	{
		// Former Mārupes and Babītes novadi. Mārupe became a town on 1 July 2022.
		municipality: 'Mārupes novads',
		localities: [
			T('Mārupe', 56.906, 24.056),
			P('Babītes pagasts', 56.942, 23.9),
			P('Mārupes pagasts', 56.885, 24.02),
			P('Salas pagasts', 56.905, 23.83),
			V('Tīraine', 56.928, 24.012),
			V('Jaunmārupe', 56.872, 24.03),
			V('Babīte', 56.955, 23.935),
			V('Piņķi', 56.9419, 23.9137),
			V('Skulte', 56.9237, 23.9711)
		]
	},
	{
		municipality: 'Olaines novads',
		localities: [T('Olaine', 56.7856, 23.9383), P('Olaines pagasts', 56.82, 23.99), V('Jaunolaine', 56.83, 24.005)]
	},
	{
		// Former Ropažu, Garkalnes and Stopiņu novadi, plus Vangaži (from Inčukalna novads).
		municipality: 'Ropažu novads',
		localities: [
			T('Vangaži', 57.096, 24.555),
			P('Garkalnes pagasts', 57.02, 24.4),
			P('Ropažu pagasts', 56.97, 24.65),
			P('Stopiņu pagasts', 56.93, 24.34),
			V('Ropaži', 56.9718, 24.6318),
			V('Garkalne', 57.022, 24.385),
			V('Berģi', 56.988, 24.282),
			V('Ulbroka', 56.939, 24.296),
			V('Saurieši', 56.915, 24.33),
			V('Upeslejas', 56.945, 24.37)
		]
	},
	{
		municipality: 'Salaspils novads',
		localities: [T('Salaspils', 56.8614, 24.3497), P('Salaspils pagasts', 56.85, 24.41)]
	},
	{
		// Former Saulkrastu and Sējas novadi.
		municipality: 'Saulkrastu novads',
		localities: [
			T('Saulkrasti', 57.264, 24.414),
			P('Saulkrastu pagasts', 57.23, 24.45),
			P('Sējas pagasts', 57.18, 24.6)
		]
	},
	{
		// Former Siguldas, Krimuldas and Mālpils novadi, plus Inčukalna pagasts (from Inčukalna novads).
		municipality: 'Siguldas novads',
		localities: [
			T('Sigulda', 57.1537, 24.8536),
			P('Allažu pagasts', 57.1, 24.76),
			P('Inčukalna pagasts', 57.1, 24.68),
			P('Krimuldas pagasts', 57.19, 24.73),
			P('Lēdurgas pagasts', 57.32, 24.75),
			P('Mālpils pagasts', 57.01, 24.95),
			P('Mores pagasts', 57.06, 25.07),
			P('Siguldas pagasts', 57.12, 24.89),
			V('Inčukalns', 57.0986, 24.6858),
			V('Mālpils', 57.009, 24.95)
		]
	}
];
