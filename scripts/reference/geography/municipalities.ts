import type { Municipality, Names, RegionSlug } from './types';

const m = (
	id: number,
	code: string,
	subkind: Municipality['subkind'],
	region: RegionSlug,
	name: Names,
	lat: number,
	lng: number
): Municipality => ({ id, code, subkind, region, name, lat, lng });

const novads = (lv: string, en: string, ro: string, ru: string): Names => ({
	lv,
	en: `${en} Municipality`,
	ro: `Municipalitatea ${ro}`,
	ru
});

/**
 * The 42 current local governments of Latvia (from 1 July 2025), in the order of
 * shared/data/lv-municipalities.csv (Law on Administrative Territories and Populated Areas;
 * planning regions per Cabinet Regulation No. 418). Ids 100–141 follow that order, skipping
 * Varakļānu novads, which was merged into Madonas novads in 2025 (see historical.ts).
 * Coordinates are those of the administrative centre, as given in the CSV.
 */
export const municipalities: Municipality[] = [
	m(100, 'LV-RIX', 'valstspilsēta', 'riga', { lv: 'Rīga', en: 'Riga', ro: 'Riga', ru: 'Рига' }, 56.9489, 24.1064),
	m(101, 'LV-JUR', 'valstspilsēta', 'riga', { lv: 'Jūrmala', en: 'Jūrmala', ro: 'Jūrmala', ru: 'Юрмала' }, 56.9681, 23.7703),
	m(102, 'LV-011', 'novads', 'riga', novads('Ādažu novads', 'Ādaži', 'Ādaži', 'Адажский край'), 57.0667, 24.3333),
	m(103, 'LV-052', 'novads', 'riga', novads('Ķekavas novads', 'Ķekava', 'Ķekava', 'Кекавский край'), 56.8333, 24.2333),
	m(104, 'LV-062', 'novads', 'riga', novads('Mārupes novads', 'Mārupe', 'Mārupe', 'Марупский край'), 56.9069, 24.0583),
	m(105, 'LV-068', 'novads', 'riga', novads('Olaines novads', 'Olaine', 'Olaine', 'Олайнский край'), 56.7833, 23.9333),
	m(106, 'LV-080', 'novads', 'riga', novads('Ropažu novads', 'Ropaži', 'Ropaži', 'Ропажский край'), 56.9718, 24.6318),
	m(107, 'LV-087', 'novads', 'riga', novads('Salaspils novads', 'Salaspils', 'Salaspils', 'Саласпилсский край'), 56.8667, 24.35),
	m(108, 'LV-089', 'novads', 'riga', novads('Saulkrastu novads', 'Saulkrasti', 'Saulkrasti', 'Саулкрастский край'), 57.25, 24.4167),
	m(109, 'LV-091', 'novads', 'riga', novads('Siguldas novads', 'Sigulda', 'Sigulda', 'Сигулдский край'), 57.15, 24.8667),
	m(110, 'LV-LPX', 'valstspilsēta', 'kurzeme', { lv: 'Liepāja', en: 'Liepāja', ro: 'Liepāja', ru: 'Лиепая' }, 56.5117, 21.0139),
	m(111, 'LV-VEN', 'valstspilsēta', 'kurzeme', { lv: 'Ventspils', en: 'Ventspils', ro: 'Ventspils', ru: 'Вентспилс' }, 57.3906, 21.5733),
	m(112, 'LV-112', 'novads', 'kurzeme', novads('Dienvidkurzemes novads', 'South Kurzeme', 'Kurzeme de Sud', 'Южно-Курземский край'), 56.5375, 21.1675),
	m(113, 'LV-050', 'novads', 'kurzeme', novads('Kuldīgas novads', 'Kuldīga', 'Kuldīga', 'Кулдигский край'), 56.9667, 21.9667),
	m(114, 'LV-088', 'novads', 'kurzeme', novads('Saldus novads', 'Saldus', 'Saldus', 'Салдусский край'), 56.6667, 22.5),
	m(115, 'LV-097', 'novads', 'kurzeme', novads('Talsu novads', 'Talsi', 'Talsi', 'Талсинский край'), 57.2444, 22.5867),
	m(116, 'LV-099', 'novads', 'kurzeme', novads('Tukuma novads', 'Tukums', 'Tukums', 'Тукумский край'), 56.9667, 23.15),
	m(117, 'LV-106', 'novads', 'kurzeme', novads('Ventspils novads', 'Ventspils', 'Ventspils', 'Вентспилсский край'), 57.3906, 21.5733),
	m(118, 'LV-JEL', 'valstspilsēta', 'zemgale', { lv: 'Jelgava', en: 'Jelgava', ro: 'Jelgava', ru: 'Елгава' }, 56.6483, 23.7139),
	m(119, 'LV-002', 'novads', 'zemgale', novads('Aizkraukles novads', 'Aizkraukle', 'Aizkraukle', 'Айзкраукльский край'), 56.6042, 25.2539),
	m(120, 'LV-016', 'novads', 'zemgale', novads('Bauskas novads', 'Bauska', 'Bauska', 'Бауский край'), 56.4083, 24.1931),
	m(121, 'LV-026', 'novads', 'zemgale', novads('Dobeles novads', 'Dobele', 'Dobele', 'Добельский край'), 56.6167, 23.2667),
	m(122, 'LV-041', 'novads', 'zemgale', novads('Jelgavas novads', 'Jelgava', 'Jelgava', 'Елгавский край'), 56.6483, 23.7139),
	m(123, 'LV-042', 'novads', 'zemgale', novads('Jēkabpils novads', 'Jēkabpils', 'Jēkabpils', 'Екабпилсский край'), 56.4994, 25.8783),
	m(124, 'LV-007', 'novads', 'vidzeme', novads('Alūksnes novads', 'Alūksne', 'Alūksne', 'Алуксненский край'), 57.4167, 27.05),
	m(125, 'LV-022', 'novads', 'vidzeme', novads('Cēsu novads', 'Cēsis', 'Cēsis', 'Цесисский край'), 57.3167, 25.2667),
	m(126, 'LV-033', 'novads', 'vidzeme', novads('Gulbenes novads', 'Gulbene', 'Gulbene', 'Гулбенский край'), 57.1667, 26.75),
	m(127, 'LV-054', 'novads', 'vidzeme', novads('Limbažu novads', 'Limbaži', 'Limbaži', 'Лимбажский край'), 57.5167, 24.7167),
	m(128, 'LV-059', 'novads', 'vidzeme', novads('Madonas novads', 'Madona', 'Madona', 'Мадонский край'), 56.85, 26.2167),
	m(129, 'LV-067', 'novads', 'vidzeme', novads('Ogres novads', 'Ogre', 'Ogre', 'Огрский край'), 56.8186, 24.6056),
	m(130, 'LV-094', 'novads', 'vidzeme', novads('Smiltenes novads', 'Smiltene', 'Smiltene', 'Смилтенский край'), 57.4333, 25.9),
	m(131, 'LV-101', 'novads', 'vidzeme', novads('Valkas novads', 'Valka', 'Valka', 'Валкский край'), 57.7667, 26.0),
	m(132, 'LV-113', 'novads', 'vidzeme', novads('Valmieras novads', 'Valmiera', 'Valmiera', 'Валмиерский край'), 57.55, 25.4),
	m(133, 'LV-DGV', 'valstspilsēta', 'latgale', { lv: 'Daugavpils', en: 'Daugavpils', ro: 'Daugavpils', ru: 'Даугавпилс' }, 55.875, 26.5356),
	m(134, 'LV-REZ', 'valstspilsēta', 'latgale', { lv: 'Rēzekne', en: 'Rēzekne', ro: 'Rēzekne', ru: 'Резекне' }, 56.5127, 27.3427),
	m(135, 'LV-111', 'novads', 'latgale', novads('Augšdaugavas novads', 'Augšdaugava', 'Augšdaugava', 'Аугшдаугавский край'), 55.875, 26.5356),
	m(136, 'LV-015', 'novads', 'latgale', novads('Balvu novads', 'Balvi', 'Balvi', 'Балвский край'), 57.1333, 27.25),
	m(137, 'LV-047', 'novads', 'latgale', novads('Krāslavas novads', 'Krāslava', 'Krāslava', 'Краславский край'), 55.8833, 27.1667),
	m(138, 'LV-056', 'novads', 'latgale', novads('Līvānu novads', 'Līvāni', 'Līvāni', 'Ливанский край'), 56.3667, 26.1833),
	m(139, 'LV-058', 'novads', 'latgale', novads('Ludzas novads', 'Ludza', 'Ludza', 'Лудзенский край'), 56.55, 27.7167),
	m(140, 'LV-073', 'novads', 'latgale', novads('Preiļu novads', 'Preiļi', 'Preiļi', 'Прейльский край'), 56.3, 26.7167),
	m(141, 'LV-077', 'novads', 'latgale', novads('Rēzeknes novads', 'Rēzekne', 'Rēzekne', 'Резекненский край'), 56.5127, 27.3427)
];
