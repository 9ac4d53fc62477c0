import { describe, expect, it } from 'vitest';
import { anonymisedPerson, duplicateKey, isDueForAnonymisation, nameKey, normaliseEmail, planPersonMerge, type PersonFacts } from './domain';
import { signConfirmationToken, verifyConfirmationToken } from './tokens';

describe('normaliseEmail', () => {
	it('compares addresses the way people type them', () => {
		expect(normaliseEmail('  Anna.Berzina@Example.LV ')).toBe('anna.berzina@example.lv');
		expect(normaliseEmail('mailto:juris@inbox.lv')).toBe('juris@inbox.lv');
		expect(normaliseEmail('<ilze@gmail.com>')).toBe('ilze@gmail.com');
		expect(normaliseEmail('ilze@gmail.com.')).toBe('ilze@gmail.com');
	});

	it('turns an internationalised domain into its ASCII form', () => {
		const ascii = normaliseEmail('info@mājražotāji.lv');
		expect(ascii).toMatch(/^info@xn--[a-z0-9-]+\.lv$/);
		// typed in capitals, or with the accents as separate characters (NFD): the same key
		expect(normaliseEmail('INFO@MĀJRAŽOTĀJI.LV')).toBe(ascii);
		expect(normaliseEmail('info@mājražotāji.lv'.normalize('NFD'))).toBe(ascii);
	});

	it('refuses what is not an address', () => {
		for (const bad of ['', 'anna', 'anna@', '@example.lv', 'anna@example', 'an na@example.lv', 'anna..b@example.lv', '.anna@example.lv', 'a@-x.lv', null, undefined]) {
			expect(normaliseEmail(bad as string), String(bad)).toBeNull();
		}
		expect(normaliseEmail(`${'a'.repeat(250)}@example.lv`)).toBeNull();
	});
});

describe('duplicate suggestions', () => {
	it('sees Gmail dots and +tags as the same mailbox, other domains keep their dots', () => {
		expect(duplicateKey('anna.berzina+lauki@gmail.com')).toBe(duplicateKey('annaberzina@googlemail.com'));
		expect(duplicateKey('anna.berzina@inbox.lv')).not.toBe(duplicateKey('annaberzina@inbox.lv'));
		expect(duplicateKey('anna+x@inbox.lv')).toBe('anna@inbox.lv');
	});

	it('compares names without case, diacritics or order', () => {
		expect(nameKey('Bērziņa Anna')).toBe(nameKey('anna  berzina'));
		expect(nameKey('A')).toBeNull();
	});
});

const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
	id: 'p1',
	email: 'anna@gmail.com',
	name: null,
	userId: null,
	confirmedAt: null,
	mergedIntoId: null,
	anonymisedAt: null,
	...over
});

describe('planPersonMerge', () => {
	it('keeps the survivor, filling its gaps from the merged row', () => {
		const plan = planPersonMerge(
			person({ id: 's', confirmedAt: new Date('2026-03-02') }),
			person({ id: 'm', name: 'Anna Bērziņa', userId: 'u1', confirmedAt: new Date('2026-01-05') })
		);
		expect(plan).toEqual({ ok: true, survivor: { name: 'Anna Bērziņa', userId: 'u1', confirmedAt: new Date('2026-01-05') } });
	});

	it('refuses a person with themselves, a row merged before, an anonymised row and two accounts', () => {
		expect(planPersonMerge(person(), person())).toEqual({ ok: false, reason: 'same_person' });
		expect(planPersonMerge(person({ id: 's' }), person({ id: 'm', mergedIntoId: 'x' }))).toEqual({ ok: false, reason: 'already_merged' });
		expect(planPersonMerge(person({ id: 's' }), person({ id: 'm', anonymisedAt: new Date() }))).toEqual({ ok: false, reason: 'anonymised' });
		expect(planPersonMerge(person({ id: 's', userId: 'u1' }), person({ id: 'm', userId: 'u2' }))).toEqual({ ok: false, reason: 'two_accounts' });
	});
});

describe('anonymisation', () => {
	const now = new Date('2027-06-01T00:00:00Z');
	const day = 86_400_000;

	it('clears every personal field and keeps nothing that identifies', () => {
		const cleared = anonymisedPerson(now);
		expect(cleared).toEqual({ email: null, name: null, userId: null, anonymisedAt: now, updatedAt: now });
	});

	it('is due once every activity lies further back than its organisation keeps data', () => {
		const p = { userId: null, anonymisedAt: null, createdAt: new Date('2025-01-01') };
		const ended = (daysAgo: number, retentionDays = 365) => ({ startsAt: null, endsAt: new Date(now.getTime() - daysAgo * day), retentionDays });
		expect(isDueForAnonymisation(p, [ended(400), ended(370)], now)).toBe(true);
		expect(isDueForAnonymisation(p, [ended(400), ended(100)], now)).toBe(false);
		expect(isDueForAnonymisation(p, [ended(100, 30)], now)).toBe(true);
	});

	it('keeps people with an account, already anonymised people, and undated activities', () => {
		const old = [{ startsAt: null, endsAt: new Date('2020-01-01'), retentionDays: 365 }];
		expect(isDueForAnonymisation({ userId: 'u', anonymisedAt: null, createdAt: new Date('2020-01-01') }, old, now)).toBe(false);
		expect(isDueForAnonymisation({ userId: null, anonymisedAt: new Date(), createdAt: new Date('2020-01-01') }, old, now)).toBe(false);
		expect(isDueForAnonymisation({ userId: null, anonymisedAt: null, createdAt: new Date('2020-01-01') }, [{ startsAt: null, endsAt: null, retentionDays: 1 }], now)).toBe(false);
	});

	it('forgets an address that was never used for anything after 30 days', () => {
		expect(isDueForAnonymisation({ userId: null, anonymisedAt: null, createdAt: new Date(now.getTime() - 31 * day) }, [], now)).toBe(true);
		expect(isDueForAnonymisation({ userId: null, anonymisedAt: null, createdAt: new Date(now.getTime() - 29 * day) }, [], now)).toBe(false);
	});
});

describe('confirmation tokens', () => {
	const secret = 'x'.repeat(40);
	const id = '6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f';
	const now = new Date('2026-05-01T10:00:00Z');
	const token = signConfirmationToken(id, new Date('2026-05-03T10:00:00Z'), secret);

	it('round-trips the row id until it expires', () => {
		expect(verifyConfirmationToken(token, secret, now)).toEqual({ ok: true, id });
		expect(verifyConfirmationToken(token, secret, new Date('2026-05-03T10:00:01Z'))).toEqual({ ok: false, reason: 'expired' });
	});

	it('rejects a token signed with another secret, an edited id or expiry, and garbage', () => {
		expect(verifyConfirmationToken(token, 'y'.repeat(40), now)).toEqual({ ok: false, reason: 'forged' });
		const otherId = token.replace(id, '6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e60');
		expect(verifyConfirmationToken(otherId, secret, now)).toEqual({ ok: false, reason: 'forged' });
		const [a, , c] = token.split('.');
		expect(verifyConfirmationToken(`${a}.9999999999.${c}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
		expect(verifyConfirmationToken('nonsense', secret, now)).toEqual({ ok: false, reason: 'malformed' });
	});
});
