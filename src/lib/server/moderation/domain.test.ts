import { describe, expect, it } from 'vitest';
import { ageInDays, applyProposal, canTransition, changedOnly, changedUnder, diff, mergeLocalized, reviewRefusal, sameValue } from './domain';
import { parseDirectFields, splitProposal } from './field-policy';
import { DraftValidationError, parseProposal } from './drafts';

describe('status transitions', () => {
	it('lets a pending revision be decided once and ends there', () => {
		expect(canTransition('unconfirmed', 'pending')).toBe(true);
		expect(canTransition('pending', 'published')).toBe(true);
		expect(canTransition('pending', 'rejected')).toBe(true);
		expect(canTransition('published', 'pending')).toBe(false);
		expect(canTransition('rejected', 'published')).toBe(false);
		expect(canTransition('unconfirmed', 'published')).toBe(false);
	});
});

describe('stale review', () => {
	const pending = { status: 'pending' as const };
	it('refuses approving a revision the listing changed under', () => {
		expect(reviewRefusal(pending, 'approve', false)).toBeNull();
		expect(reviewRefusal(pending, 'approve', true)).toBe('stale');
	});
	it('still lets an outdated revision be rejected or archived', () => {
		expect(reviewRefusal(pending, 'reject', true)).toBeNull();
		expect(reviewRefusal(pending, 'archive', true)).toBeNull();
	});
	it('refuses any decision on a revision that is no longer pending', () => {
		expect(reviewRefusal({ status: 'published' }, 'approve', false)).toBe('not_pending');
		expect(reviewRefusal({ status: 'rejected' }, 'request_changes', false)).toBe('not_pending');
		expect(reviewRefusal({ status: 'archived' }, 'archive', false)).toBe('not_pending');
		expect(reviewRefusal({ status: 'unconfirmed' }, 'approve', false)).toBe('not_pending');
	});
	const L = ['description'];
	const waiting = { isNew: false, baseVersion: 3, proposed: { phone: '+371 20000000', description: { lv: 'Jauns' } } };
	it('sees a conflict only where something applied since touched the same field or language', () => {
		expect(changedUnder(waiting, [], 3, L)).toBe(false);
		expect(changedUnder(waiting, [{ baseVersion: 3, proposed: { openingHours: 'Sa 10:00-14:00' } }], 4, L)).toBe(false);
		expect(changedUnder(waiting, [{ baseVersion: 3, proposed: { description: { en: 'New' } } }], 4, L)).toBe(false);
		expect(changedUnder(waiting, [{ baseVersion: 3, proposed: { description: { lv: 'Cits' } } }], 4, L)).toBe(true);
		expect(changedUnder(waiting, [{ baseVersion: 3, proposed: { description: null } }], 4, L)).toBe(true);
		expect(changedUnder(waiting, [{ baseVersion: 2, proposed: { phone: 'x' } }, { baseVersion: 3, proposed: { website: 'y' } }], 4, L)).toBe(false);
	});
	it('counts a version change nobody accounts for as a conflict, and any change under a new listing', () => {
		expect(changedUnder(waiting, [{ baseVersion: 3, proposed: { website: 'y' } }], 5, L)).toBe(true);
		expect(changedUnder({ ...waiting, isNew: true }, [{ baseVersion: 3, proposed: { website: 'y' } }], 4, L)).toBe(true);
	});
});

describe('diff', () => {
	it('compares jsonb text, hours and arrays by value', () => {
		expect(sameValue({ lv: 'a', en: '' }, { lv: 'a' })).toBe(true);
		expect(sameValue([1, 2], [1, 2])).toBe(true);
		expect(sameValue([1, 2], [2, 1])).toBe(false);
		expect(sameValue(null, undefined)).toBe(true);
		expect(sameValue('1.500', 1.5)).toBe(true);
		expect(sameValue([{ day: 1, opens: '09:00', closes: '17:00' }], [{ day: 1, opens: '09:00', closes: '18:00' }])).toBe(false);
	});
	it('lists the proposed fields in form order with before, after and changed', () => {
		const rows = diff({ name: 'A', phone: null, description: { lv: 'x' } }, { phone: '+371 20000000', name: 'A', description: { lv: 'y' } }, ['name', 'description', 'phone']);
		expect(rows).toEqual([
			{ field: 'name', before: 'A', after: 'A', changed: false },
			{ field: 'description', before: { lv: 'x' }, after: { lv: 'y' }, changed: true },
			{ field: 'phone', before: null, after: '+371 20000000', changed: true }
		]);
	});
	it('shows a new listing against nothing; fields left empty are not changes', () => {
		expect(diff(null, { name: 'B', email: null, openingHours: [], description: { lv: '' } })).toEqual([
			{ field: 'name', before: null, after: 'B', changed: true },
			{ field: 'email', before: null, after: null, changed: false },
			{ field: 'openingHours', before: null, after: [], changed: false },
			{ field: 'description', before: null, after: { lv: '' }, changed: false }
		]);
	});
	it('keeps only real changes', () => {
		expect(changedOnly({ name: 'A', categoryIds: [1] }, { name: 'A', categoryIds: [1, 2] })).toEqual({ categoryIds: [1, 2] });
	});
	it('reduces a per-language text to the languages that change, and merges them back', () => {
		const current = { description: { lv: 'Medus', en: 'Honey', ru: 'Мёд' } };
		const patch = changedOnly(current, { description: { lv: 'Liepu medus', en: 'Honey', ru: '' } }, ['description']);
		expect(patch).toEqual({ description: { lv: 'Liepu medus', ru: null } });
		expect(applyProposal(current, patch, ['description'])).toEqual({ description: { lv: 'Liepu medus', en: 'Honey' } });
		expect(mergeLocalized({ lv: 'a' }, null)).toBeNull();
	});
	it('shows what each language becomes: kept, changed and removed ones alike', () => {
		const [row] = diff({ description: { lv: 'Medus', en: 'Honey', ru: 'Мёд' } }, { description: { lv: 'Liepu medus', ru: null } }, undefined, ['description']);
		expect(row.languages).toEqual([
			{ lang: 'lv', before: 'Medus', after: 'Liepu medus', changed: true },
			{ lang: 'en', before: 'Honey', after: 'Honey', changed: false },
			{ lang: 'ru', before: 'Мёд', after: null, changed: true }
		]);
	});
	it('counts waiting days', () => {
		expect(ageInDays(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-23T09:00:00Z'))).toBe(2);
	});
});

describe('field policy', () => {
	it('by default lets owners change hours and prices directly, the rest waits', () => {
		const d = parseDirectFields(undefined);
		expect(splitProposal('sales_point', 'owner', false, { openingHours: [], name: 'X' }, d)).toEqual({ direct: { openingHours: [] }, review: { name: 'X' } });
		expect(splitProposal('product', 'owner', false, { priceCents: 500, categoryId: 3 }, d)).toEqual({ direct: { priceCents: 500 }, review: { categoryId: 3 } });
	});
	it('reviews suggestions and new listings whole, applies moderator edits whole', () => {
		const d = parseDirectFields(undefined);
		expect(splitProposal('sales_point', 'suggestion', false, { openingHours: [] }, d).direct).toEqual({});
		expect(splitProposal('sales_point', 'owner', true, { openingHours: [] }, d).direct).toEqual({});
		expect(splitProposal('producer', 'moderator', false, { name: 'Y' }, d).direct).toEqual({ name: 'Y' });
	});
	it('is configurable per field and refuses typos', () => {
		expect(parseDirectFields('producer.phone, place.openingHours')).toEqual(['producer.phone', 'place.openingHours']);
		expect(parseDirectFields('none')).toEqual([]);
		expect(() => parseDirectFields('producers.phone')).toThrow(/bad entry/);
	});
});

describe('drafts', () => {
	it('fills defaults for a new producer and refuses unknown update fields', () => {
		const draft = parseProposal('producer', true, { name: ' Medus ', kind: 'farm', description: { lv: 'Medus' }, municipalityId: 5 });
		expect(draft).toMatchObject({ name: 'Medus', categoryIds: [], phone: null, locationPrecision: 'locality' });
		expect(() => parseProposal('producer', false, { nmae: 'x' })).toThrow(DraftValidationError);
		expect(() => parseProposal('producer', true, { name: 'x' })).toThrow(/kind/);
	});
});
