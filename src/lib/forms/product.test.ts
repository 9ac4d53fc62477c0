import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { productFormSchema } from './product';
import { productDraftSchema } from '../server/moderation/drafts';
import { coverageSchema } from './workspace';

const product = productFormSchema({ categoryIds: new Set([5]) });

describe('one product schema for the owner form and the product draft', () => {
	it('names every problem at once, each on its field', () => {
		expect(parseWith(product, { name: 'x'.repeat(201), categoryId: '5', price: '3,405', unit: 'barrel', unitAmount: '0,5555' })).toEqual({
			ok: false,
			errors: { name: 'too_long', price: 'invalid', unit: 'invalid', unitAmount: 'invalid' }
		});
	});

	it('leaves empty optional fields unset, and what it accepts the draft accepts', () => {
		const parsed = parseWith(product, { name: ' Medus\u0000 ', categoryId: '5', price: '', unit: '', unitAmount: '' });
		expect(parsed).toEqual({ ok: true, data: { nameLv: 'Medus', categoryId: 5, priceCents: null, unit: null, unitAmount: null } });
		const full = parseWith(product, { name: 'Medus', categoryId: '5', price: '7,50', unit: 'jar', unitAmount: '0,5' });
		if (!full.ok) throw new Error('refused');
		const { nameLv, ...rest } = full.data;
		expect(productDraftSchema.pick({ name: true, categoryId: true, priceCents: true, unit: true, unitAmount: true }).safeParse({ name: { lv: nameLv }, ...rest }).success).toBe(true);
	});
});

describe('organisation coverage', () => {
	it('keeps the ticked territory ids and ignores anything else', () => {
		expect(coverageSchema.parse({ territory: ['3', 'x', '-1', '7'] })).toEqual({ territory: [3, 7] });
		expect(coverageSchema.parse({ territory: '4' })).toEqual({ territory: [4] });
		expect(coverageSchema.parse({})).toEqual({ territory: [] });
	});
});
