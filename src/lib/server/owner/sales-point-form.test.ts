import { describe, expect, it } from 'vitest';
import { parseSalesPointForm } from './sales-point-form';
import { formOf as form } from './test-forms';


describe('own sales point form', () => {
	it('turns a valid form into fields', () => {
		const r = parseSalesPointForm(form({ name: ' Sētas veikals ', kind: 'farm_gate', municipalityId: '7', address: '', locationPrecision: 'exact' }), new Set([7]));
		expect(r).toEqual({
			values: { name: 'Sētas veikals', kind: 'farm_gate', municipalityId: '7', address: '', locationPrecision: 'exact' },
			errors: {},
			fields: { name: 'Sētas veikals', kind: 'farm_gate', municipalityId: 7, address: null, locationPrecision: 'exact' }
		});
	});
	it('names each bad field and keeps what was typed', () => {
		const r = parseSalesPointForm(form({ name: '', kind: 'market', municipalityId: '8', address: 'x'.repeat(301), locationPrecision: 'street' }), new Set([7]));
		expect(r.fields).toBeUndefined();
		expect(r.errors).toEqual({ name: 'required', kind: 'required', municipalityId: 'required', address: 'too_long', locationPrecision: 'required' });
		expect(r.values.kind).toBe('market');
	});
});
