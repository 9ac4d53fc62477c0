import { describe, expect, it } from 'vitest';
import { moldovanAddress, moldovanPostcode } from './postal-address';

describe('Moldovan postal address', () => {
	it('orders street, locality, raion, postcode', () => {
		expect(moldovanAddress({ street: 'str. Ștefan cel Mare 5', locality: 'Cosăuți', raion: 'Raionul Soroca', municipiu: false, postcode: '3037' })).toBe(
			'str. Ștefan cel Mare 5, Cosăuți, Raionul Soroca, MD-3037'
		);
		expect(moldovanAddress({ street: 'ул. Ленина 3', locality: 'Дрокия', raion: 'Дрокиевский район', municipiu: false, postcode: 'MD-5201' })).toBe('ул. Ленина 3, Дрокия, Дрокиевский район, MD-5201');
	});
	it('names a municipiu once and leaves out what is not known', () => {
		expect(moldovanAddress({ street: 'str. Independenței 12', locality: 'Bălți', raion: 'Municipiul Bălți', municipiu: true, postcode: 'MD 3100' })).toBe('str. Independenței 12, Municipiul Bălți, MD-3100');
		expect(moldovanAddress({ street: 'str. Independenței 12', locality: null, raion: 'Municipiul Bălți', municipiu: true, postcode: null })).toBe('str. Independenței 12, Municipiul Bălți');
	});
	it('names a raion seat town although the raion carries its name', () => {
		expect(moldovanAddress({ street: 'str. X 5', locality: 'Edineț', raion: 'Raionul Edineț', municipiu: false, postcode: '4601' })).toBe('str. X 5, Edineț, Raionul Edineț, MD-4601');
		expect(moldovanAddress({ street: 'str. Păcii 3', locality: 'Edineț', raion: 'Raionul Edineț', municipiu: false, postcode: null })).toBe('str. Păcii 3, Edineț, Raionul Edineț');
	});
	it('does not repeat a locality the street line already ends in', () => {
		expect(moldovanAddress({ street: 'str. Păcii 3, Edineț', locality: 'Edineț', raion: 'Raionul Edineț', municipiu: false, postcode: '4601' })).toBe('str. Păcii 3, Edineț, Raionul Edineț, MD-4601');
	});
	it('reads postcodes as people write them', () => {
		expect(['3100', 'md3100', 'MD 3100', 'MD-3100', ' md-3100 '].map(moldovanPostcode)).toEqual(Array(5).fill('MD-3100'));
		expect(['LV-1050', '31000', '', null].map(moldovanPostcode)).toEqual([null, null, null, null]);
	});
});
