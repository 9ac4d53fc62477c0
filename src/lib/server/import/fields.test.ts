import { describe, expect, it } from 'vitest';
import { parseEmail, parseKind, parsePhone, parsePrecision, parseSocial, parseWebsite } from './fields';

describe('parsePhone', () => {
	it.each([
		['29123456', '+371 2912 3456'],
		['+371 29 123 456', '+371 2912 3456'],
		['(+371) 6712-3456', '+371 6712 3456'],
		['0037129123456', '+371 2912 3456'],
		['+373 69 123 456', '+373 69 123 456'],
		['069123456', '+373 69 123 456'],
		['0037322123456', '+373 22 123 456']
	])('%s → %s', (input, expected) => expect(parsePhone(input)).toBe(expected));
	it.each(['12345', '1234567890', '+44 20 7946 0958', 'zvanīt vakarā', '39123456'])('refuses %s', (input) => expect(parsePhone(input)).toBeNull());
});

describe('other cells', () => {
	it('e-mail', () => {
		expect(parseEmail('Ziedi@Example.LV')).toBe('ziedi@example.lv');
		expect(parseEmail('mailto:a@b.lv')).toBe('a@b.lv');
		expect(parseEmail('nav-epasta')).toBeNull();
		expect(parseEmail('a@b')).toBeNull();
	});
	it('web and social addresses', () => {
		expect(parseWebsite('www.ziedi.lv')).toBe('https://www.ziedi.lv');
		expect(parseWebsite('nav')).toBeNull();
		expect(parseSocial('@bisudrava', 'instagram.com')).toBe('https://instagram.com/bisudrava');
		expect(parseSocial('https://www.facebook.com/drava', 'facebook.com')).toBe('https://www.facebook.com/drava');
	});
	it('kind in English, Latvian or as the UI shows it', () => {
		expect(parseKind('farm')).toBe('farm');
		expect(parseKind('Zemnieku saimniecība')).toBe('farm');
		expect(parseKind('mājražotājs')).toBe('home_producer');
		expect(parseKind('Amatnieks')).toBe('craftsman');
		expect(parseKind('kosmonauts')).toBeNull();
		expect(parsePrecision('novads')).toBe('municipality');
	});
});
