import { describe, expect, it } from 'vitest';
import { listingMailUrl, mailOrigin, mailUrl } from './links';

const O = 'https://tuvuma.example';

describe('links in mails', () => {
	it('are built on the public origin: PUBLIC_BASE_URL, else ORIGIN, else the own port — never with a double slash', () => {
		expect(mailOrigin({ PUBLIC_BASE_URL: 'https://tuvuma.lv/', ORIGIN: 'http://10.0.0.5:3000', PORT: 3000 })).toBe('https://tuvuma.lv');
		expect(mailOrigin({ PUBLIC_BASE_URL: undefined, ORIGIN: 'https://app.tuvuma.lv//', PORT: 3000 })).toBe('https://app.tuvuma.lv');
		expect(mailOrigin({ PUBLIC_BASE_URL: undefined, ORIGIN: undefined, PORT: 4321 })).toBe('http://localhost:4321');
	});

	it('start with the recipient’s language and keep the Latvian route words', () => {
		expect(mailUrl('ru', 'pazinojumi/apstiprinat', { t: 'abc' }, O)).toBe(`${O}/ru/pazinojumi/apstiprinat?t=abc`);
		expect(mailUrl('en', '', {}, O)).toBe(`${O}/en`);
		expect(listingMailUrl('ro', 'sales_point', 'rigas-centraltirgus', O)).toBe(`${O}/ro/tirdzniecibas-vietas/rigas-centraltirgus`);
		expect(listingMailUrl('lv', 'product', 'bisu-maja', O)).toBe(`${O}/lv/razotaji/bisu-maja`);
		expect(listingMailUrl('lv', 'organisation', 'lauku-partneriba', O)).toBe(`${O}/lv/organizacijas/lauku-partneriba`);
	});

	it('encode every path segment and parameter, so a value cannot add segments, a query or a fragment', () => {
		expect(listingMailUrl('lv', 'producer', 'a/b?c#d', O)).toBe(`${O}/lv/razotaji/a%2Fb%3Fc%23d`);
		expect(mailUrl('lv', 'pasakumi/tirgus diena/mana', { k: 'a+b/c=', next: '/lv/mans?x=1&y=2' }, O)).toBe(
			`${O}/lv/pasakumi/tirgus%20diena/mana?k=a%2Bb%2Fc%3D&next=%2Flv%2Fmans%3Fx%3D1%26y%3D2`
		);
		expect(mailUrl('lv', 'razotaji/medus-ūdris', {}, O)).toBe(`${O}/lv/razotaji/medus-%C5%ABdris`);
	});

	it('default to the configured origin of this process', () => {
		expect(mailUrl('lv', 'mans')).toBe(`${mailOrigin()}/lv/mans`);
		expect(mailOrigin()).not.toMatch(/\/$/);
	});
});
