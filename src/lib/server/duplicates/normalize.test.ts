import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { FOLD_FROM, FOLD_TO, LEGAL_FORM_PATTERN, dedupeEmail, dedupeName, dedupePhone, dedupeWebsite, distinctiveSimilarity, trigramSimilarity } from './normalize';

describe('dedupeName', () => {
	it.each([
		['Z/S "Kalnmuižas"', 'kalnmuizas'],
		['ZS „Kalnmuižas”', 'kalnmuizas'],
		['"Kalnmuižas", Z/S', 'kalnmuizas'],
		['zemnieku saimniecība Kalnmuižas', 'kalnmuizas'],
		['SIA «Dzērvenīte»', 'dzervenite'],
		['Biedrība "Lauku partnerība Lielupe"', 'lauku partneriba lielupe'],
		['Individuālais komersants Ābeles', 'abeles'],
		['SRL Grădina Bunicii', 'gradina bunicii'],
		['Ķiploku   Ņiprie  ŪDEŅI', 'kiploku nipric udeni'.replace('nipric', 'niprie')],
		['Мёд и соты', 'мед и соты'],
		['SIA', ''],
		['  ', '']
	])('%s → %s', (input, expected) => {
		expect(dedupeName(input)).toBe(expected);
	});

	it('keeps words that only contain a legal form ("Sīpoli" keeps its "si", "Asari" its "as")', () => {
		expect(dedupeName('Asari un sīpoli')).toBe('asari un sipoli');
	});
});

describe('dedupePhone', () => {
	it.each([
		['+371 2912 3456', '+37129123456'],
		['29 123 456', '+37129123456'],
		['(+371) 29123456', '+37129123456'],
		['00371 29123456', '+37129123456'],
		['371 29123456', '+37129123456'],
		['6712-3456', '+37167123456'],
		['2912 3456, 6712 3456', '+37129123456'],
		['069 123 456', '+37369123456'],
		['+373 69 123 456', '+37369123456'],
		['12345', null],
		['', null],
		[null, null]
	])('%s → %s', (input, expected) => {
		expect(dedupePhone(input)).toBe(expected);
	});
});

describe('dedupeEmail and dedupeWebsite', () => {
	it('lower-cases and trims e-mail', () => {
		expect(dedupeEmail('  Info@Kalnmuizas.LV ')).toBe('info@kalnmuizas.lv');
		expect(dedupeEmail(' ')).toBeNull();
	});
	it.each([
		['https://www.Kalnmuizas.lv/', 'kalnmuizas.lv'],
		['http://kalnmuizas.lv', 'kalnmuizas.lv'],
		['kalnmuizas.lv', 'kalnmuizas.lv'],
		['https://www.facebook.com/kalnmuizas/?ref=page#x', 'facebook.com/kalnmuizas'],
		['https://example.lv/kalnmuizas', 'example.lv/kalnmuizas'],
		['', null]
	])('%s → %s', (input, expected) => {
		expect(dedupeWebsite(input)).toBe(expected);
	});
});

describe('the SQL twins in migration 0009', () => {
	const migration = readdirSync('drizzle').find((f) => f.startsWith('0009_'));
	const text = migration ? readFileSync(`drizzle/${migration}`, 'utf8') : '';

	it('fold every lower-case Latin letter with diacritics the way NFD does', () => {
		let from = '';
		let to = '';
		for (let cp = 0xc0; cp <= 0x24f; cp++) {
			const ch = String.fromCodePoint(cp);
			if (ch.toLowerCase() !== ch) continue;
			const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
			if (base.length === 1 && /[a-z]/.test(base) && base !== ch) {
				from += ch;
				to += base;
			}
		}
		expect(FOLD_FROM).toBe(from + 'йё');
		expect(FOLD_TO).toBe(to + 'ие');
	});

	it('use the same fold table and legal-form pattern', () => {
		expect(text).toContain(`'${FOLD_FROM}'`);
		expect(text).toContain(`'${FOLD_TO}'`);
		expect(text).toContain(`'${LEGAL_FORM_PATTERN}'`);
	});
});

describe('generic words', () => {
	it('do not make two different workshops alike', () => {
		expect(trigramSimilarity('siera darbnica', 'adas darbnica')).toBeGreaterThan(0.3);
		expect(distinctiveSimilarity('siera darbnica', 'adas darbnica')).toBeLessThan(0.1);
		expect(distinctiveSimilarity('siera darbnica', 'sieru darbnica')).toBeGreaterThan(0.3);
		// a name of nothing but generic words is compared whole
		expect(distinctiveSimilarity('darbnica', 'adas darbnica')).toBeNull();
	});
});
