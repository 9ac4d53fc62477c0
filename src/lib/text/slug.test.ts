import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
	it('transliterates Latvian letters', () => {
		expect(slugify('Mājas ievārījumi')).toBe('majas-ievarijumi');
		expect(slugify('Patvērums "Drošā māja"')).toBe('patverums-drosa-maja');
		expect(slugify('Ķekavas ŠĶŪŅA Ģimene')).toBe('kekavas-skuna-gimene');
	});

	it('adds a number when the slug is taken', () => {
		const taken = new Set(['medus', 'medus-2']);
		expect(uniqueSlug('Medus', (s) => taken.has(s))).toBe('medus-3');
	});
});
