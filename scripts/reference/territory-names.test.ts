import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMES_OUTPUT_PATH, renderTerritoryNamesSql, territoryNameUpdates } from './build-territory-names-sql';
import { nominativeOf } from './territory-names';

describe('names of localities in English, Romanian and Russian', () => {
	it('turns a parish genitive into the nominative', () => {
		expect(nominativeOf('Bērziņu')).toBe('Bērziņi');
		expect(nominativeOf('Krimuldas')).toBe('Krimulda');
		expect(nominativeOf('Mores')).toBe('More');
		expect(nominativeOf('Kalnciema')).toBe('Kalnciems');
		expect(nominativeOf('Salaspils')).toBe('Salaspils');
		expect(nominativeOf('Līgo')).toBe('Līgo');
		// a town of the municipality decides when the ending cannot: Cēsu → Cēsis, not Cēsi
		expect(nominativeOf('Cēsu', ['Cēsis', 'Līgatne'])).toBe('Cēsis');
		expect(nominativeOf('Pļaviņu', ['Pļaviņas'])).toBe('Pļaviņas');
	});

	it('names parishes, towns and former novadi in every language', () => {
		const byId = new Map(territoryNameUpdates().map((u) => [u.id, u.names]));
		expect(byId.get(3856)).toEqual({ en: 'Bērziņi Parish', ro: 'comuna Bērziņi', ru: 'волость Берзини' });
		expect(byId.get(2450)).toEqual({ en: 'Sigulda', ro: 'Sigulda', ru: 'Сигулда' });
		expect(byId.get(1068)?.en).toBe('Ozolnieki Municipality');
		for (const names of byId.values()) for (const lang of ['en', 'ro', 'ru']) expect(names[lang]).toBeTruthy();
	});

	it('migration 0016 is the generator output (npx tsx scripts/reference/build-territory-names-sql.ts)', () => {
		expect(readFileSync(NAMES_OUTPUT_PATH, 'utf8')).toBe(renderTerritoryNamesSql());
	});
});
