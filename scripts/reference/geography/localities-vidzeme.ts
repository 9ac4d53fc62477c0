import { P, T, type LocalityGroup } from './types';

/**
 * Vidzeme planning region (as assigned in shared/data/lv-municipalities.csv).
 * All coordinates are approximate centres (WGS84).
 */
export const localitiesVidzeme: LocalityGroup[] = [
	{
		municipality: 'Alūksnes novads',
		localities: [
			T('Alūksne', 57.4216, 27.0466),
			P('Alsviķu pagasts', 57.45, 26.92),
			P('Annas pagasts', 57.33, 27.01),
			P('Ilzenes pagasts', 57.27, 26.73),
			P('Jaunalūksnes pagasts', 57.43, 27.13),
			P('Jaunannas pagasts', 57.29, 27.15),
			P('Jaunlaicenes pagasts', 57.56, 26.99),
			P('Kalncempju pagasts', 57.34, 27.22),
			P('Liepnas pagasts', 57.37, 27.43),
			P('Malienas pagasts', 57.42, 27.27),
			P('Mālupes pagasts', 57.31, 26.89),
			P('Mārkalnes pagasts', 57.55, 27.32),
			P('Pededzes pagasts', 57.48, 27.37),
			P('Veclaicenes pagasts', 57.59, 26.95),
			P('Zeltiņu pagasts', 57.35, 26.74),
			P('Ziemera pagasts', 57.51, 27.05)
		]
	},
	{
		// Former Cēsu, Amatas, Jaunpiebalgas, Līgatnes, Pārgaujas, Priekuļu and Vecpiebalgas novadi.
		municipality: 'Cēsu novads',
		localities: [
			T('Cēsis', 57.3119, 25.2706),
			T('Līgatne', 57.2343, 25.0401),
			P('Amatas pagasts', 57.23, 25.32),
			P('Drabešu pagasts', 57.24, 25.27),
			P('Dzērbenes pagasts', 57.19, 25.65),
			P('Inešu pagasts', 57.09, 25.77),
			P('Jaunpiebalgas pagasts', 57.18, 26.03),
			P('Kaives pagasts', 57.02, 25.69),
			P('Liepas pagasts', 57.37, 25.43),
			P('Līgatnes pagasts', 57.22, 25.03),
			P('Mārsnēnu pagasts', 57.26, 25.54),
			P('Nītaures pagasts', 57.08, 25.17),
			P('Priekuļu pagasts', 57.315, 25.36),
			P('Raiskuma pagasts', 57.33, 25.15),
			P('Skujenes pagasts', 57.05, 25.37),
			P('Stalbes pagasts', 57.37, 25.03),
			P('Straupes pagasts', 57.35, 24.95),
			P('Taurenes pagasts', 57.15, 25.64),
			P('Vaives pagasts', 57.35, 25.3),
			P('Vecpiebalgas pagasts', 57.06, 25.81),
			P('Veselavas pagasts', 57.23, 25.46),
			P('Zaubes pagasts', 56.99, 25.3),
			P('Zosēnu pagasts', 57.12, 26.09)
		]
	},
	{
		municipality: 'Gulbenes novads',
		localities: [
			T('Gulbene', 57.1749, 26.7527),
			P('Beļavas pagasts', 57.2, 26.82),
			P('Daukstu pagasts', 57.07, 26.85),
			P('Druvienas pagasts', 57.02, 26.45),
			P('Galgauskas pagasts', 57.1, 26.98),
			P('Jaungulbenes pagasts', 57.06, 26.59),
			P('Lejasciema pagasts', 57.28, 26.57),
			P('Litenes pagasts', 57.18, 27.05),
			P('Līgo pagasts', 57.18, 26.52),
			P('Lizuma pagasts', 57.19, 26.35),
			P('Rankas pagasts', 57.23, 26.22),
			P('Stāmerienas pagasts', 57.21, 26.88),
			P('Stradu pagasts', 57.12, 26.73),
			P('Tirzas pagasts', 57.12, 26.41)
		]
	},
	{
		// Former Limbažu, Alojas and Salacgrīvas novadi.
		municipality: 'Limbažu novads',
		localities: [
			T('Limbaži', 57.5133, 24.7136),
			T('Ainaži', 57.863, 24.358),
			T('Aloja', 57.7672, 24.8774),
			T('Salacgrīva', 57.753, 24.359),
			T('Staicele', 57.8358, 24.7471),
			P('Ainažu pagasts', 57.84, 24.4),
			P('Alojas pagasts', 57.76, 24.9),
			P('Braslavas pagasts', 57.64, 24.95),
			P('Brīvzemnieku pagasts', 57.74, 25.03),
			P('Katvaru pagasts', 57.59, 24.79),
			P('Liepupes pagasts', 57.47, 24.48),
			P('Limbažu pagasts', 57.48, 24.73),
			P('Pāles pagasts', 57.56, 24.62),
			P('Salacgrīvas pagasts', 57.74, 24.4),
			P('Skultes pagasts', 57.33, 24.52),
			P('Staiceles pagasts', 57.84, 24.72),
			P('Umurgas pagasts', 57.51, 24.88),
			P('Vidrižu pagasts', 57.36, 24.66),
			P('Viļķenes pagasts', 57.63, 24.68)
		]
	},
	{
		// Former Madonas, Cesvaines, Ērgļu and Lubānas novadi; since 1 July 2025 also the former
		// Varakļānu novads (Varakļāni, Murmastienes and Varakļānu pagasti).
		municipality: 'Madonas novads',
		localities: [
			T('Madona', 56.8534, 26.217),
			T('Cesvaine', 56.968, 26.305),
			T('Lubāna', 56.9, 26.717),
			P('Aronas pagasts', 56.88, 26.05),
			P('Barkavas pagasts', 56.72, 26.56),
			P('Bērzaunes pagasts', 56.8, 25.99),
			P('Cesvaines pagasts', 56.96, 26.28),
			P('Dzelzavas pagasts', 57.0, 26.37),
			P('Ērgļu pagasts', 56.9, 25.64),
			P('Indrānu pagasts', 56.91, 26.7),
			P('Jumurdas pagasts', 56.97, 25.6),
			P('Kalsnavas pagasts', 56.7, 25.95),
			P('Lazdonas pagasts', 56.83, 26.27),
			P('Liezēres pagasts', 57.0, 26.0),
			P('Ļaudonas pagasts', 56.69, 26.18),
			P('Mārcienas pagasts', 56.78, 25.98),
			P('Mētrienas pagasts', 56.79, 26.38),
			P('Ošupes pagasts', 56.77, 26.58),
			P('Praulienas pagasts', 56.82, 26.33),
			P('Sarkaņu pagasts', 56.9, 26.17),
			P('Sausnējas pagasts', 56.96, 25.76),
			P('Vestienas pagasts', 56.87, 25.78),
			T('Varakļāni', 56.608, 26.754),
			P('Murmastienes pagasts', 56.63, 26.62),
			P('Varakļānu pagasts', 56.57, 26.73)
		]
	},
	{
		// Former Ogres, Ikšķiles, Ķeguma and Lielvārdes novadi. Ogre is a state city inside the novads.
		municipality: 'Ogres novads',
		localities: [
			T('Ogre', 56.8186, 24.6056),
			T('Ikšķile', 56.835, 24.499),
			T('Ķegums', 56.744, 24.719),
			T('Lielvārde', 56.718, 24.811),
			P('Birzgales pagasts', 56.63, 24.76),
			P('Jumpravas pagasts', 56.68, 24.97),
			P('Krapes pagasts', 56.8, 25.17),
			P('Ķeipenes pagasts', 56.89, 25.18),
			P('Lauberes pagasts', 56.87, 24.98),
			P('Lēdmanes pagasts', 56.77, 24.97),
			P('Lielvārdes pagasts', 56.72, 24.85),
			P('Madlienas pagasts', 56.84, 25.1),
			P('Mazozolu pagasts', 56.92, 25.07),
			P('Meņģeles pagasts', 56.82, 25.26),
			P('Ogresgala pagasts', 56.82, 24.68),
			P('Rembates pagasts', 56.76, 24.77),
			P('Suntažu pagasts', 56.907, 24.933),
			P('Taurupes pagasts', 56.95, 25.22),
			P('Tīnūžu pagasts', 56.86, 24.52),
			P('Tomes pagasts', 56.68, 24.66)
		]
	},
	{
		// Former Smiltenes, Apes and Raunas novadi.
		municipality: 'Smiltenes novads',
		localities: [
			T('Smiltene', 57.4242, 25.9016),
			T('Ape', 57.5393, 26.6929),
			P('Apes pagasts', 57.524, 26.723),
			P('Bilskas pagasts', 57.49, 25.8),
			P('Blomes pagasts', 57.45, 25.73),
			P('Brantu pagasts', 57.39, 25.83),
			P('Drustu pagasts', 57.243, 25.892),
			P('Gaujienas pagasts', 57.52, 26.4),
			P('Grundzāles pagasts', 57.5, 26.03),
			P('Launkalnes pagasts', 57.38, 25.9),
			P('Palsmanes pagasts', 57.4, 26.06),
			P('Raunas pagasts', 57.33, 25.61),
			P('Smiltenes pagasts', 57.43, 25.93),
			P('Trapenes pagasts', 57.43, 26.64),
			P('Variņu pagasts', 57.35, 26.01),
			P('Virešu pagasts', 57.46, 26.5)
		]
	},
	{
		municipality: 'Valkas novads',
		localities: [
			T('Valka', 57.777, 26.018),
			P('Ērģemes pagasts', 57.8, 25.83),
			P('Kārķu pagasts', 57.77, 25.68),
			P('Valkas pagasts', 57.75, 26.05),
			P('Vijciema pagasts', 57.61, 25.94),
			P('Zvārtavas pagasts', 57.68, 26.15)
		]
	},
	{
		// Former Beverīnas, Burtnieku, Kocēnu, Mazsalacas, Naukšēnu, Rūjienas and Strenču novadi,
		// plus the former republican city of Valmiera (a state city inside the novads since 2021).
		municipality: 'Valmieras novads',
		localities: [
			T('Valmiera', 57.5385, 25.4271),
			T('Mazsalaca', 57.862, 25.05),
			T('Rūjiena', 57.896, 25.327),
			T('Seda', 57.652, 25.752),
			T('Strenči', 57.627, 25.687),
			P('Bērzaines pagasts', 57.59, 25.35),
			P('Brenguļu pagasts', 57.55, 25.58),
			P('Burtnieku pagasts', 57.69, 25.27),
			P('Dikļu pagasts', 57.59, 25.1),
			P('Ēveles pagasts', 57.61, 25.79),
			P('Ipiķu pagasts', 57.99, 25.22),
			P('Jērcēnu pagasts', 57.67, 25.64),
			P('Jeru pagasts', 57.87, 25.25),
			P('Kauguru pagasts', 57.52, 25.46),
			P('Kocēnu pagasts', 57.52, 25.34),
			P('Ķoņu pagasts', 57.92, 25.37),
			P('Lodes pagasts', 57.86, 25.41),
			P('Matīšu pagasts', 57.71, 25.14),
			P('Mazsalacas pagasts', 57.86, 25.08),
			P('Naukšēnu pagasts', 57.93, 25.46),
			P('Plāņu pagasts', 57.62, 25.85),
			P('Ramatas pagasts', 57.93, 24.97),
			P('Rencēnu pagasts', 57.73, 25.41),
			P('Sēļu pagasts', 57.78, 25.13),
			P('Skaņkalnes pagasts', 57.83, 24.98),
			P('Trikātas pagasts', 57.55, 25.71),
			P('Vaidavas pagasts', 57.43, 25.29),
			P('Valmieras pagasts', 57.57, 25.45),
			P('Vecates pagasts', 57.76, 25.25),
			P('Vilpulkas pagasts', 57.95, 25.18),
			P('Zilākalna pagasts', 57.53, 25.2)
		]
	}
];
