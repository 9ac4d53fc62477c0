import { describe, expect, it } from 'vitest';
import { formatPrice, formatSeason, formatUnit, kindLabel, placeLine, salesPointKindLabel } from './format';

/** Intl puts a no-break space between the number and the euro sign. */
const price = (...args: Parameters<typeof formatPrice>) => formatPrice(...args)?.replace(/\u00a0/g, ' ') ?? null;

describe('formatPrice', () => {
	it('formats euro with the unit the Latvian way', () => {
		expect(price(250, 'kg', 0.5, 'lv')).toBe('2,50 € / 0,5 kg');
		expect(price(850, 'jar', 1, 'lv')).toBe('8,50 € / burka');
		expect(price(1200, 'jar', 2, 'lv')).toBe('12,00 € / 2 burkas');
		expect(price(300, null, null, 'lv')).toBe('3,00 €');
		expect(price(null, 'kg', 1, 'lv')).toBeNull();
	});
	it('follows the locale', () => {
		expect(price(250, 'kg', 0.5, 'en')).toBe('€2.50 / 0.5 kg');
		expect(price(500, 'bottle', 5, 'ru')).toBe('5,00 € / 5 бутылок');
		expect(price(500, 'bottle', 3, 'ru')).toBe('5,00 € / 3 бутылки');
	});
});

describe('formatUnit', () => {
	it('uses the plural forms of counted units', () => {
		expect(formatUnit('piece', 10, 'lv')).toBe('10 gabalu');
		expect(formatUnit('piece', 21, 'lv')).toBe('21 gabals');
		expect(formatUnit('dozen', 2, 'en')).toBe('2 dozen');
		expect(formatUnit('jar', 20, 'ro')).toBe('20 de borcane');
		expect(formatUnit(null, 2, 'lv')).toBe('');
	});
});

describe('formatSeason', () => {
	it('names the months in the locale', () => {
		expect(formatSeason(6, 7, 'lv')).toBe('jūnijs–jūlijs');
		expect(formatSeason(10, 3, 'ru')).toBe('октябрь–март');
		expect(formatSeason(8, 8, 'en')).toBe('August');
	});
	it('is all year without a season or for the whole year', () => {
		expect(formatSeason(null, null, 'lv')).toBe('visu gadu');
		expect(formatSeason(1, 12, 'en')).toBe('all year round');
		expect(formatSeason(5, 4, 'lv')).toBe('visu gadu');
	});
});

describe('kind labels', () => {
	it('translates producer and sales point kinds', () => {
		expect(kindLabel('farm', 'lv')).toBe('Zemnieku saimniecība');
		expect(kindLabel('home_producer', 'ru')).toBe('Домашний производитель');
		expect(salesPointKindLabel('farm_gate', 'en')).toBe('Farm gate sales');
	});
});

describe('placeLine', () => {
	it('does not repeat what the address already says', () => {
		expect(placeLine({ address: 'Acones iela 5, Ulbroka, Ropažu novads', locality: 'Ulbroka', municipality: 'Ropažu novads' })).toBe(
			'Acones iela 5, Ulbroka, Ropažu novads'
		);
		expect(placeLine({ address: 'Tirgus iela 1', locality: null, municipality: 'Siguldas novads' })).toBe('Tirgus iela 1, Siguldas novads');
		expect(placeLine({ address: null, locality: null, municipality: 'Ropažu novads' })).toBe('Ropažu novads');
	});
});
