import { P, T, type LocalityGroup } from './types';

/**
 * Kurzeme planning region. All coordinates are approximate centres (WGS84).
 * State cities are listed as their own single town (see localities-riga.ts).
 */
export const localitiesKurzeme: LocalityGroup[] = [
	{ municipality: 'Liepāja', localities: [T('Liepāja', 56.5117, 21.0139)] },
	{ municipality: 'Ventspils', localities: [T('Ventspils', 57.3906, 21.5733)] },
	{
		// Former Aizputes, Durbes, Grobiņas, Nīcas, Pāvilostas, Priekules, Rucavas and Vaiņodes novadi.
		municipality: 'Dienvidkurzemes novads',
		localities: [
			T('Aizpute', 56.7211, 21.6016),
			T('Durbe', 56.5886, 21.3661),
			T('Grobiņa', 56.5375, 21.1675),
			T('Pāvilosta', 56.8881, 21.1859),
			T('Priekule', 56.4465, 21.5895),
			P('Aizputes pagasts', 56.73, 21.64),
			P('Bārtas pagasts', 56.36, 21.29),
			P('Bunkas pagasts', 56.43, 21.37),
			P('Cīravas pagasts', 56.735, 21.39),
			P('Dunalkas pagasts', 56.65, 21.37),
			P('Dunikas pagasts', 56.29, 21.4),
			P('Durbes pagasts', 56.6, 21.39),
			P('Embūtes pagasts', 56.5, 21.8),
			P('Gaviezes pagasts', 56.59, 21.23),
			P('Gramzdas pagasts', 56.367, 21.6),
			P('Grobiņas pagasts', 56.53, 21.2),
			P('Kalētu pagasts', 56.34, 21.47),
			P('Kalvenes pagasts', 56.58, 21.57),
			P('Kazdangas pagasts', 56.727, 21.735),
			P('Lažas pagasts', 56.79, 21.57),
			P('Medzes pagasts', 56.45, 21.1),
			P('Nīcas pagasts', 56.346, 21.065),
			P('Otaņķu pagasts', 56.41, 21.18),
			P('Priekules pagasts', 56.45, 21.6),
			P('Rucavas pagasts', 56.163, 21.16),
			P('Sakas pagasts', 56.9, 21.25),
			P('Tadaiķu pagasts', 56.53, 21.38),
			P('Vaiņodes pagasts', 56.417, 21.855),
			P('Vecpils pagasts', 56.62, 21.5),
			P('Vērgales pagasts', 56.7, 21.19),
			P('Virgas pagasts', 56.47, 21.73)
		]
	},
	{
		// Former Kuldīgas, Alsungas and Skrundas novadi.
		municipality: 'Kuldīgas novads',
		localities: [
			T('Kuldīga', 56.968, 21.969),
			T('Skrunda', 56.676, 22.016),
			P('Alsungas pagasts', 56.982, 21.56),
			P('Ēdoles pagasts', 57.02, 21.69),
			P('Gudenieku pagasts', 56.88, 21.76),
			P('Īvandes pagasts', 56.98, 22.13),
			P('Kabiles pagasts', 56.96, 22.28),
			P('Kurmāles pagasts', 56.85, 22.07),
			P('Laidu pagasts', 56.84, 21.85),
			P('Nīkrāces pagasts', 56.65, 21.89),
			P('Padures pagasts', 56.93, 21.87),
			P('Pelču pagasts', 56.93, 22.07),
			P('Raņķu pagasts', 56.69, 22.17),
			P('Rendas pagasts', 57.06, 22.27),
			P('Rudbāržu pagasts', 56.7, 21.86),
			P('Rumbas pagasts', 57.0, 21.98),
			P('Skrundas pagasts', 56.66, 22.03),
			P('Snēpeles pagasts', 56.84, 21.93),
			P('Turlavas pagasts', 56.84, 21.73),
			P('Vārmes pagasts', 56.87, 22.22)
		]
	},
	{
		// Former Saldus and Brocēnu novadi.
		municipality: 'Saldus novads',
		localities: [
			T('Saldus', 56.6637, 22.4881),
			T('Brocēni', 56.682, 22.569),
			P('Blīdenes pagasts', 56.77, 22.75),
			P('Cieceres pagasts', 56.69, 22.6),
			P('Ezeres pagasts', 56.41, 22.37),
			P('Gaiķu pagasts', 56.73, 22.55),
			P('Jaunauces pagasts', 56.46, 22.68),
			P('Jaunlutriņu pagasts', 56.57, 22.4),
			P('Kursīšu pagasts', 56.51, 22.4),
			P('Lutriņu pagasts', 56.73, 22.4),
			P('Nīgrandes pagasts', 56.45, 22.07),
			P('Novadnieku pagasts', 56.62, 22.52),
			P('Pampāļu pagasts', 56.56, 22.19),
			P('Remtes pagasts', 56.752, 22.68),
			P('Rubas pagasts', 56.37, 22.6),
			P('Saldus pagasts', 56.67, 22.45),
			P('Šķēdes pagasts', 56.7, 22.33),
			P('Vadakstes pagasts', 56.35, 22.8),
			P('Zaņas pagasts', 56.6, 22.3),
			P('Zirņu pagasts', 56.62, 22.08),
			P('Zvārdes pagasts', 56.51, 22.6)
		]
	},
	{
		// Former Talsu, Dundagas, Mērsraga and Rojas novadi.
		municipality: 'Talsu novads',
		localities: [
			T('Talsi', 57.2444, 22.5867),
			T('Sabile', 57.0461, 22.5725),
			T('Stende', 57.145, 22.54),
			T('Valdemārpils', 57.3703, 22.5915),
			P('Abavas pagasts', 57.05, 22.55),
			P('Ārlavas pagasts', 57.32, 22.78),
			P('Balgales pagasts', 57.22, 22.82),
			P('Dundagas pagasts', 57.509, 22.352),
			P('Ģibuļu pagasts', 57.2, 22.47),
			P('Īves pagasts', 57.28, 22.44),
			P('Kolkas pagasts', 57.75, 22.59),
			P('Ķūļciema pagasts', 57.33, 22.64),
			P('Laidzes pagasts', 57.29, 22.72),
			P('Laucienes pagasts', 57.21, 22.71),
			P('Lībagu pagasts', 57.23, 22.52),
			P('Lubes pagasts', 57.42, 22.6),
			P('Mērsraga pagasts', 57.335, 23.115),
			P('Rojas pagasts', 57.505, 22.8),
			P('Strazdes pagasts', 57.17, 22.63),
			P('Valdgales pagasts', 57.39, 22.68),
			P('Vandzenes pagasts', 57.32, 22.85),
			P('Virbu pagasts', 57.19, 22.56)
		]
	},
	{
		// Former Tukuma, Engures, Jaunpils and Kandavas novadi.
		municipality: 'Tukuma novads',
		localities: [
			T('Tukums', 56.967, 23.155),
			T('Kandava', 57.0337, 22.7797),
			P('Cēres pagasts', 57.06, 22.85),
			P('Degoles pagasts', 56.89, 23.06),
			P('Džūkstes pagasts', 56.79, 23.23),
			P('Engures pagasts', 57.16, 23.22),
			P('Irlavas pagasts', 56.83, 23.11),
			P('Jaunpils pagasts', 56.73, 23.02),
			P('Jaunsātu pagasts', 56.89, 22.9),
			P('Kandavas pagasts', 57.03, 22.75),
			P('Lapmežciema pagasts', 56.99, 23.5),
			P('Lestenes pagasts', 56.74, 23.11),
			P('Matkules pagasts', 56.95, 22.63),
			P('Pūres pagasts', 57.04, 22.92),
			P('Sēmes pagasts', 57.02, 23.06),
			P('Slampes pagasts', 56.86, 23.25),
			P('Smārdes pagasts', 56.95, 23.33),
			P('Tumes pagasts', 56.96, 23.03),
			P('Vānes pagasts', 56.94, 22.56),
			P('Viesatu pagasts', 56.75, 22.87),
			P('Zantes pagasts', 56.92, 22.81),
			P('Zemītes pagasts', 57.07, 22.66),
			P('Zentenes pagasts', 57.07, 23.0)
		]
	},
	{
		municipality: 'Ventspils novads',
		localities: [
			T('Piltene', 57.2242, 21.6747),
			P('Ances pagasts', 57.48, 21.95),
			P('Jūrkalnes pagasts', 57.01, 21.37),
			P('Piltenes pagasts', 57.22, 21.64),
			P('Popes pagasts', 57.4, 21.85),
			P('Puzes pagasts', 57.36, 21.99),
			P('Tārgales pagasts', 57.48, 21.7),
			P('Ugāles pagasts', 57.27, 22.03),
			P('Usmas pagasts', 57.21, 22.16),
			P('Užavas pagasts', 57.22, 21.44),
			P('Vārves pagasts', 57.36, 21.62),
			P('Ziru pagasts', 57.17, 21.78),
			P('Zlēku pagasts', 57.13, 21.93)
		]
	}
];
