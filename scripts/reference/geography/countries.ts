import type { Country, PlanningRegion } from './types';

export const countries: Country[] = [
	{
		id: 1,
		code: 'LV',
		name: { lv: 'Latvija', en: 'Latvia', ro: 'Letonia', ru: 'Латвия' },
		lat: 56.88,
		lng: 24.6
	},
	{
		id: 2,
		code: 'MD',
		name: { lv: 'Moldova', en: 'Moldova', ro: 'Republica Moldova', ru: 'Молдова' },
		lat: 47.2,
		lng: 28.5
	}
];

/**
 * The five planning regions (plānošanas reģioni), Cabinet Regulation No. 418 of 22 June 2021.
 * Coordinates are a rough middle of each region, for map framing.
 */
export const planningRegions: PlanningRegion[] = [
	{
		id: 10,
		slug: 'riga',
		name: {
			lv: 'Rīgas plānošanas reģions',
			en: 'Riga Planning Region',
			ro: 'Regiunea de planificare Riga',
			ru: 'Рижский регион планирования'
		},
		lat: 57.0,
		lng: 24.35
	},
	{
		id: 11,
		slug: 'vidzeme',
		name: {
			lv: 'Vidzemes plānošanas reģions',
			en: 'Vidzeme Planning Region',
			ro: 'Regiunea de planificare Vidzeme',
			ru: 'Видземский регион планирования'
		},
		lat: 57.3,
		lng: 25.9
	},
	{
		id: 12,
		slug: 'kurzeme',
		name: {
			lv: 'Kurzemes plānošanas reģions',
			en: 'Kurzeme Planning Region',
			ro: 'Regiunea de planificare Kurzeme',
			ru: 'Курземский регион планирования'
		},
		lat: 57.0,
		lng: 22.0
	},
	{
		id: 13,
		slug: 'zemgale',
		name: {
			lv: 'Zemgales plānošanas reģions',
			en: 'Zemgale Planning Region',
			ro: 'Regiunea de planificare Zemgale',
			ru: 'Земгальский регион планирования'
		},
		lat: 56.5,
		lng: 24.3
	},
	{
		id: 14,
		slug: 'latgale',
		name: {
			lv: 'Latgales plānošanas reģions',
			en: 'Latgale Planning Region',
			ro: 'Regiunea de planificare Latgale',
			ru: 'Латгальский регион планирования'
		},
		lat: 56.4,
		lng: 27.2
	}
];
