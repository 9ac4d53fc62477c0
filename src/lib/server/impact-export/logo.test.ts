import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Db } from '$lib/server/db/types';
import { databaseImageStorage, useImageStorage } from '../images/storage';
import { sniffImageType } from '../images/sniff';
import { loadLogo } from './logo';

const dir = mkdtempSync(join(tmpdir(), 'impact-logo-'));
const image = (format: 'png' | 'jpeg' | 'webp') => sharp({ create: { width: 120, height: 40, channels: 3, background: '#003399' } })[format]().toBuffer();

describe('loadLogo', () => {
	afterEach(() => {
		useImageStorage(databaseImageStorage);
		vi.restoreAllMocks();
	});

	it('reads PNG and JPEG files as they are and converts WebP to PNG', async () => {
		const png = await image('png');
		const jpeg = await image('jpeg');
		writeFileSync(join(dir, 'a.png'), png);
		writeFileSync(join(dir, 'a.jpg'), jpeg);
		writeFileSync(join(dir, 'a.webp'), await image('webp'));
		expect((await loadLogo(join(dir, 'a.png')))!.equals(png)).toBe(true);
		expect((await loadLogo(join(dir, 'a.jpg')))!.equals(jpeg)).toBe(true);
		expect(sniffImageType((await loadLogo(join(dir, 'a.webp')))!)).toBe('png');
	});

	it('skips what cannot be read instead of failing', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		writeFileSync(join(dir, 'broken.png'), 'not an image');
		expect(await loadLogo(join(dir, 'missing.png'))).toBeNull();
		expect(await loadLogo(join(dir, 'broken.png'))).toBeNull();
		expect(await loadLogo('relative/logo.png')).toBeNull();
	});

	it('reads a stored image of the image pipeline by its id', async () => {
		const webp = await image('webp');
		const asked: [string, number][] = [];
		useImageStorage({
			...databaseImageStorage,
			get: async (_db, id, width) => {
				asked.push([id, width]);
				return id === '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' ? { width, actualWidth: 120, height: 40, etag: 'x', bytes: webp } : null;
			}
		});
		const db = {} as Db;
		expect(sniffImageType((await loadLogo('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', db))!)).toBe('png');
		expect(await loadLogo('00000000-0000-4000-8000-000000000000', db)).toBeNull();
		// the report model's form: the public address the report page shows
		expect(sniffImageType((await loadLogo('/media/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/640.webp', db))!)).toBe('png');
		expect(asked).toEqual([
			['6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 640],
			['00000000-0000-4000-8000-000000000000', 640],
			['6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 640]
		]);
	});
});
