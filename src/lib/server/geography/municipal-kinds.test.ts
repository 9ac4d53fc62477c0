import { describe, expect, it } from 'vitest';
import { isMoldovanMunicipality, isMunicipalKind } from './municipal-kinds';

describe('municipal kinds', () => {
	it('a novads, raion, municipiu and autonomy are the municipal level; localities and regions are not', () => {
		expect(['municipality', 'md_district', 'md_municipality', 'md_autonomy'].every(isMunicipalKind)).toBe(true);
		expect(['town', 'village', 'parish', 'planning_region', 'country'].some(isMunicipalKind)).toBe(false);
	});
	it('only the Moldovan ones are Moldovan', () => {
		expect(['md_district', 'md_municipality', 'md_autonomy'].map((kind) => isMoldovanMunicipality({ kind }))).toEqual([true, true, true]);
		expect([{ kind: 'municipality' }, { kind: 'village' }, undefined].map(isMoldovanMunicipality)).toEqual([false, false, false]);
	});
});
