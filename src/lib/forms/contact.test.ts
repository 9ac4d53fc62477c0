import { describe, expect, it } from 'vitest';
import { cleanEmail, cleanPhone, cleanSocial, cleanUrl, contactFields } from './contact';
import { parseProposal } from '$lib/server/moderation/drafts';
import { dedupePhone } from '$lib/server/duplicates/normalize';

describe('one phone rule: Latvian and Moldovan numbers', () => {
	it.each([
		['29123456', '+371 2912 3456'],
		['+371 29 123 456', '+371 2912 3456'],
		['(+371) 6712-3456', '+371 6712 3456'],
		['0037129123456', '+371 2912 3456'],
		['+373 69 123 456', '+373 69 123 456'],
		['069123456', '+373 69 123 456'],
		['0037322123456', '+373 22 123 456'],
		// Moldovan landlines (issue 19): a raion code of three digits and a 5-digit local number — Bălți 231,
		// Soroca 230, Edineț 246, Drochia 252; Chișinău keeps its 2-digit code
		['+373 231 2 34 56', '+373 231 2 34 56'],
		['0231 23456', '+373 231 2 34 56'],
		['(0231) 2-34-56', '+373 231 2 34 56'],
		['00373 231 23456', '+373 231 2 34 56'],
		['0230 2 12 34', '+373 230 2 12 34'],
		['+37324622334', '+373 246 2 23 34'],
		['0252 2-11-22', '+373 252 2 11 22'],
		['022 123 456', '+373 22 123 456'],
		['079123456', '+373 79 123 456'],
		['+373 (78) 12-34-56', '+373 78 123 456'],
		['060 11 22 33', '+373 60 112 233']
	])('%s → %s', (input, expected) => expect(cleanPhone(input)).toBe(expected));
	it.each(['12345', '1234567890', '+44 20 7946 0958', 'zvanīt vakarā', '39123456', '+371 2912345', '0231 2345', '+373 231 234 567', '+373 0231 23456', '012 345 678', '+373 123 45 678'])('refuses %s', (input) =>
		expect(cleanPhone(input)).toBeNull()
	);
	it('gives the same answer for a number already stored', () => {
		for (const stored of ['+371 2912 3456', '+371 6712 3456', '+373 69 123 456', '+373 231 2 34 56', '+373 22 123 456']) expect(cleanPhone(stored)).toBe(stored);
	});
	it('finds a Moldovan landline written two ways as a duplicate', () => {
		expect(dedupePhone('+373 231 2 34 56')).toBe(dedupePhone('0231 23456'));
		expect(dedupePhone('+373 231 2 34 56')).toBe('+37323123456');
	});
});

describe('one e-mail and one web-address clean-up', () => {
	it('e-mail', () => {
		expect(cleanEmail('Ziedi@Example.LV')).toBe('ziedi@example.lv');
		expect(cleanEmail('mailto:a@b.lv')).toBe('a@b.lv');
		expect(cleanEmail('nav-epasta')).toBeNull();
		expect(cleanEmail('a@b')).toBeNull();
		expect(cleanEmail(`${'a'.repeat(250)}@b.lv`)).toBeNull();
	});
	it('web and social addresses', () => {
		expect(cleanUrl('www.ziedi.lv')).toBe('https://www.ziedi.lv');
		expect(cleanUrl(' https://www.ziedi.lv/ ')).toBe('https://www.ziedi.lv');
		expect(cleanUrl('http://medus.lv/x')).toBe('http://medus.lv/x');
		expect(cleanUrl('nav')).toBeNull();
		expect(cleanUrl('ne adrese.lv')).toBeNull();
		expect(cleanUrl(`medus.lv/${'x'.repeat(500)}`)).toBeNull();
		expect(cleanSocial('@bisudrava', 'instagram.com')).toBe('https://instagram.com/bisudrava');
		expect(cleanSocial('https://www.facebook.com/drava', 'facebook.com')).toBe('https://www.facebook.com/drava');
	});
	it('as form fields: empty is not given, the rest cleaned or `invalid`', () => {
		expect(contactFields.phone.parse('')).toBeNull();
		expect(contactFields.website.parse('medus.lv')).toBe('https://medus.lv');
		expect(contactFields.phone.safeParse('12345').error?.issues[0].message).toBe('invalid');
	});
});

describe('drafts (owners, moderators, suggestions, import) use the same rules', () => {
	const producer = (contacts: Record<string, unknown>) => () => parseProposal('producer', false, contacts);
	it('refuses what the forms and the importer refuse', () => {
		// the drafts used to take any 7+ digits ("+44 20 7946 0958", "1234567") while the forms refused them
		expect(producer({ phone: '+44 20 7946 0958' })).toThrow(/phone/);
		expect(producer({ phone: '1234567' })).toThrow(/phone/);
		expect(producer({ email: 'a@b' })).toThrow(/email/);
		expect(producer({ website: 'medus.lv' })).toThrow(/website/);
	});
	it('keeps a valid value as its author wrote it', () => {
		expect(producer({ phone: '+371 29999999', website: 'https://liepu-drava.lv', email: 'a@b.lv' })()).toEqual({ phone: '+371 29999999', website: 'https://liepu-drava.lv', email: 'a@b.lv' });
		expect(producer({ phone: null, facebook: null })()).toEqual({ phone: null, facebook: null });
	});
});
