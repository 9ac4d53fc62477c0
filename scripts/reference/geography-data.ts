/**
 * Geography reference data for the `territories` table, as plain typed literals split by topic
 * under ./geography/. Turned into drizzle/0001_reference_geography.sql by
 * scripts/reference/build-geography-sql.ts.
 *
 * Sources: shared/data/lv-municipalities.csv (Law on Administrative Territories and Populated
 * Areas of 10 June 2020 with its amendments, incl. the 2024 merger of Varakļānu novads into
 * Madonas novads; planning regions per Cabinet Regulation No. 418 of 22 June 2021);
 * ISO 3166-2:LV and ISO 3166-2:MD. Coordinates of localities, historical centres and Moldovan
 * units are approximate centres.
 */
import type { LocalityGroup } from './geography/types';
import { localitiesKurzeme } from './geography/localities-kurzeme';
import { localitiesLatgale } from './geography/localities-latgale';
import { localitiesRiga } from './geography/localities-riga';
import { localitiesVidzeme } from './geography/localities-vidzeme';
import { localitiesZemgale } from './geography/localities-zemgale';

export { countries, planningRegions } from './geography/countries';
export { municipalities } from './geography/municipalities';
export { historicalMunicipalities } from './geography/historical';
export { moldovaUnits } from './geography/moldova';
export type * from './geography/types';

export const localityGroups: LocalityGroup[] = [
	...localitiesRiga,
	...localitiesKurzeme,
	...localitiesZemgale,
	...localitiesVidzeme,
	...localitiesLatgale
];
