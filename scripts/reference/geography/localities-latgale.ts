import { P, T, type LocalityGroup } from './types';

/**
 * Latgale planning region. All coordinates are approximate centres (WGS84).
 * State cities are listed as their own single town (see localities-riga.ts).
 */
export const localitiesLatgale: LocalityGroup[] = [
	{ municipality: 'Daugavpils', localities: [T('Daugavpils', 55.875, 26.5356)] },
	{ municipality: 'Rēzekne', localities: [T('Rēzekne', 56.5127, 27.3427)] },
	{
		// Former Daugavpils and Ilūkstes novadi.
		municipality: 'Augšdaugavas novads',
		localities: [
			T('Ilūkste', 55.978, 26.296),
			T('Subate', 56.006, 25.908),
			P('Ambeļu pagasts', 56.07, 26.9),
			P('Bebrenes pagasts', 56.06, 26.13),
			P('Biķernieku pagasts', 55.8, 26.72),
			P('Demenes pagasts', 55.75, 26.52),
			P('Dubnas pagasts', 56.05, 26.67),
			P('Dvietes pagasts', 56.05, 26.37),
			P('Eglaines pagasts', 55.94, 26.18),
			P('Kalkūnes pagasts', 55.87, 26.58),
			P('Kalupes pagasts', 56.08, 26.55),
			P('Laucesas pagasts', 55.88, 26.45),
			P('Līksnas pagasts', 56.0, 26.46),
			P('Maļinovas pagasts', 56.02, 26.58),
			P('Medumu pagasts', 55.79, 26.37),
			P('Naujenes pagasts', 55.92, 26.75),
			P('Nīcgales pagasts', 56.16, 26.37),
			P('Pilskalnes pagasts', 55.96, 26.08),
			P('Prodes pagasts', 56.0, 26.25),
			P('Salienas pagasts', 55.84, 26.42),
			P('Skrudalienas pagasts', 55.84, 26.71),
			P('Sventes pagasts', 55.87, 26.34),
			P('Šēderes pagasts', 55.89, 26.08),
			P('Tabores pagasts', 55.95, 26.63),
			P('Vaboles pagasts', 56.04, 26.39),
			P('Vecsalienas pagasts', 55.74, 26.37),
			P('Višķu pagasts', 56.05, 26.78)
		]
	},
	{
		// Former Balvu, Baltinavas, Rugāju and Viļakas novadi.
		municipality: 'Balvu novads',
		localities: [
			T('Balvi', 57.1313, 27.265),
			T('Viļaka', 57.185, 27.672),
			P('Baltinavas pagasts', 56.943, 27.642),
			P('Balvu pagasts', 57.13, 27.22),
			P('Bērzkalnes pagasts', 57.22, 27.38),
			P('Bērzpils pagasts', 56.88, 27.07),
			P('Briežuciema pagasts', 57.06, 27.45),
			P('Krišjāņu pagasts', 57.03, 27.17),
			P('Kubulu pagasts', 57.16, 27.13),
			P('Kupravas pagasts', 57.25, 27.8),
			P('Lazdukalna pagasts', 56.99, 27.26),
			P('Lazdulejas pagasts', 57.22, 27.12),
			P('Medņevas pagasts', 57.13, 27.77),
			P('Rugāju pagasts', 57.0, 27.13),
			P('Susāju pagasts', 57.2, 27.6),
			P('Šķilbēnu pagasts', 57.09, 27.67),
			P('Tilžas pagasts', 56.93, 27.35),
			P('Vecumu pagasts', 57.28, 27.65),
			P('Vectilžas pagasts', 56.96, 27.21),
			P('Vīksnas pagasts', 57.2, 27.3),
			P('Žīguru pagasts', 57.26, 27.7)
		]
	},
	{
		// Former Krāslavas and Dagdas novadi, and the Grāveru, Kastuļinas and Šķeltovas pagasti of
		// the former Aglonas novads (Aglonas pagasts went to Preiļu novads).
		municipality: 'Krāslavas novads',
		localities: [
			T('Krāslava', 55.8951, 27.1682),
			T('Dagda', 56.095, 27.534),
			P('Andrupenes pagasts', 56.15, 27.38),
			P('Andzeļu pagasts', 56.08, 27.42),
			P('Asūnes pagasts', 56.0, 27.67),
			P('Aulejas pagasts', 56.05, 27.28),
			P('Bērziņu pagasts', 56.07, 27.63),
			P('Dagdas pagasts', 56.1, 27.5),
			P('Ezernieku pagasts', 56.2, 27.62),
			P('Grāveru pagasts', 56.07, 26.94),
			P('Indras pagasts', 55.87, 27.52),
			P('Izvaltas pagasts', 55.99, 27.15),
			P('Kalniešu pagasts', 55.83, 27.38),
			P('Kaplavas pagasts', 55.84, 26.96),
			P('Kastuļinas pagasts', 55.99, 26.97),
			P('Ķepovas pagasts', 56.14, 27.5),
			P('Kombuļu pagasts', 55.98, 27.05),
			P('Konstantinovas pagasts', 56.06, 27.58),
			P('Krāslavas pagasts', 55.91, 27.14),
			P('Piedrujas pagasts', 55.8, 27.45),
			P('Robežnieku pagasts', 55.88, 27.62),
			P('Skaistas pagasts', 56.03, 27.37),
			P('Svariņu pagasts', 56.12, 27.66),
			P('Šķaunes pagasts', 56.18, 27.76),
			P('Šķeltovas pagasts', 56.04, 26.88),
			P('Ūdrīšu pagasts', 55.92, 27.22)
		]
	},
	{
		municipality: 'Līvānu novads',
		localities: [
			T('Līvāni', 56.354, 26.176),
			P('Jersikas pagasts', 56.22, 26.22),
			P('Rožupes pagasts', 56.37, 26.28),
			P('Rudzātu pagasts', 56.42, 26.31),
			P('Sutru pagasts', 56.35, 26.42),
			P('Turku pagasts', 56.44, 26.11)
		]
	},
	{
		// Former Ludzas, Ciblas, Kārsavas and Zilupes novadi.
		municipality: 'Ludzas novads',
		localities: [
			T('Ludza', 56.546, 27.719),
			T('Kārsava', 56.785, 27.688),
			T('Zilupe', 56.387, 28.121),
			P('Blontu pagasts', 56.46, 27.79),
			P('Briģu pagasts', 56.64, 27.83),
			P('Ciblas pagasts', 56.57, 27.93),
			P('Cirmas pagasts', 56.5, 27.54),
			P('Goliševas pagasts', 56.82, 27.93),
			P('Isnaudas pagasts', 56.45, 27.49),
			P('Istras pagasts', 56.31, 28.01),
			P('Lauderu pagasts', 56.47, 28.05),
			P('Līdumnieku pagasts', 56.4, 27.84),
			P('Malnavas pagasts', 56.75, 27.7),
			P('Mežvidu pagasts', 56.86, 27.58),
			P('Mērdzenes pagasts', 56.73, 27.53),
			P('Nirzas pagasts', 56.37, 27.68),
			P('Ņukšu pagasts', 56.69, 27.55),
			P('Pasienes pagasts', 56.31, 28.12),
			P('Pildas pagasts', 56.63, 27.66),
			P('Pureņu pagasts', 56.59, 28.0),
			P('Pušmucovas pagasts', 56.47, 27.95),
			P('Rundēnu pagasts', 56.34, 27.87),
			P('Salnavas pagasts', 56.78, 27.85),
			P('Zaļesjes pagasts', 56.42, 28.12),
			P('Zvirgzdenes pagasts', 56.5, 27.65)
		]
	},
	{
		// Former Preiļu, Riebiņu and Vārkavas novadi, and Aglonas pagasts of the former Aglonas novads.
		municipality: 'Preiļu novads',
		localities: [
			T('Preiļi', 56.2942, 26.7247),
			P('Aglonas pagasts', 56.13, 27.0),
			P('Aizkalnes pagasts', 56.27, 26.64),
			P('Galēnu pagasts', 56.38, 26.87),
			P('Pelēču pagasts', 56.26, 26.81),
			P('Preiļu pagasts', 56.3, 26.69),
			P('Riebiņu pagasts', 56.34, 26.8),
			P('Rožkalnu pagasts', 56.21, 26.52),
			P('Rušonas pagasts', 56.22, 26.92),
			P('Saunas pagasts', 56.33, 26.62),
			P('Silajāņu pagasts', 56.4, 26.99),
			P('Sīļukalna pagasts', 56.44, 26.78),
			P('Stabulnieku pagasts', 56.43, 26.93),
			P('Upmalas pagasts', 56.2, 26.63),
			P('Vārkavas pagasts', 56.23, 26.48)
		]
	},
	{
		// Former Rēzeknes and Viļānu novadi. Rēzekne itself is a separate state city.
		municipality: 'Rēzeknes novads',
		localities: [
			T('Viļāni', 56.553, 26.925),
			P('Audriņu pagasts', 56.53, 27.47),
			P('Bērzgales pagasts', 56.67, 27.57),
			P('Čornajas pagasts', 56.46, 27.32),
			P('Dekšāres pagasts', 56.53, 26.98),
			P('Dricānu pagasts', 56.64, 27.19),
			P('Feimaņu pagasts', 56.3, 27.0),
			P('Gaigalavas pagasts', 56.71, 27.06),
			P('Griškānu pagasts', 56.51, 27.19),
			P('Ilzeskalna pagasts', 56.62, 27.34),
			P('Kantinieku pagasts', 56.41, 27.25),
			P('Kaunatas pagasts', 56.33, 27.55),
			P('Lendžu pagasts', 56.63, 27.43),
			P('Lūznavas pagasts', 56.36, 27.26),
			P('Mākoņkalna pagasts', 56.38, 27.45),
			P('Maltas pagasts', 56.35, 27.15),
			P('Nagļu pagasts', 56.64, 26.93),
			P('Nautrēnu pagasts', 56.74, 27.4),
			P('Ozolaines pagasts', 56.49, 27.38),
			P('Ozolmuižas pagasts', 56.6, 27.22),
			P('Pušas pagasts', 56.39, 27.07),
			P('Rikavas pagasts', 56.55, 27.62),
			P('Sakstagala pagasts', 56.46, 27.13),
			P('Silmalas pagasts', 56.4, 27.38),
			P('Sokolku pagasts', 56.62, 26.88),
			P('Stoļerovas pagasts', 56.4, 27.56),
			P('Stružānu pagasts', 56.46, 27.04),
			P('Vērēmu pagasts', 56.53, 27.26),
			P('Viļānu pagasts', 56.57, 26.9)
		]
	}
];
