import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { brandBookOf, paletteCss, qrSvg } from './brand-book';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

describe('a producer’s brand book', () => {
	it('says where its colour came from: the default without a photo, the owner’s choice when given', async () => {
		const plain = await brandBookOf(h.db, 'kalnmuizas', 'lv', 'https://tuvuma.example', null);
		expect(plain).toMatchObject({ url: 'https://tuvuma.example/lv/razotaji/kalnmuizas', colour: '#2e6b3e', source: 'default' });
		expect(plain?.page.producer.name).toContain('Kalnmuiž');
		const chosen = await brandBookOf(h.db, 'kalnmuizas', 'lv', 'https://tuvuma.example', '#f4c430');
		expect(chosen).toMatchObject({ colour: '#f4c430', source: 'chosen' });
		// the print colour is darker than the chosen honey yellow, so white text on it stays readable
		expect(chosen?.palette.accent).not.toBe('#f4c430');
		expect(paletteCss('f4c430')).toContain(`--brand:${chosen?.palette.accent}`);
	});
	it('has none for a slug that is not a published producer', async () => {
		expect(await brandBookOf(h.db, 'nav-tada-razotaja', 'lv', 'https://tuvuma.example', null)).toBeNull();
	});
	it('draws the QR code as SVG', async () => {
		expect(await qrSvg('https://tuvuma.example/lv/razotaji/kalnmuizas')).toMatch(/^<svg[^>]+viewBox/);
	});
});
