import { describe, expect, it } from 'vitest';
import { parseEuros, parseProductForm } from './product-form';
import { formOf as form } from './test-forms';


describe('product and hours forms', () => {
	it('reads prices the way people type them', () => {
		expect(parseEuros('3,40')).toBe(340);
		expect(parseEuros('3.4 €')).toBe(340);
		expect(parseEuros('')).toBeNull();
		expect(parseEuros('drīz')).toBeNaN();
	});

	it('parses a product and refuses an unknown category', () => {
		const ok = parseProductForm(form({ name: 'Liepu medus', categoryId: '5', price: '7,50', unit: 'jar', unitAmount: '0,5' }), { categoryIds: new Set([5]) });
		expect(ok.fields).toEqual({ nameLv: 'Liepu medus', categoryId: 5, priceCents: 750, unit: 'jar', unitAmount: '0.5' });
		const bad = parseProductForm(form({ name: 'Liepu medus', categoryId: '6', price: 'x' }), { categoryIds: new Set([5]) });
		expect(bad.errors).toEqual({ categoryId: 'required', price: 'invalid' });
	});
});
