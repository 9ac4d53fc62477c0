import { describe, expect, it } from 'vitest';
import { checkAlt, checkUpload, ImageRejectedError, widthsFor } from './domain';
import { sniffImageType } from './sniff';

function reason(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		if (e instanceof ImageRejectedError) return e.reason;
		throw e;
	}
	return 'ok';
}

describe('image rules', () => {
	it('sniffs JPEG, PNG, WebP, HEIC and AVIF by their first bytes', () => {
		const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
		expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('jpeg');
		expect(sniffImageType(bytes('\x89PNG\r\n\x1a\n....'))).toBe('png');
		expect(sniffImageType(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
		expect(sniffImageType(bytes('\0\0\0\x18ftypheic\0\0\0\0mif1heic'))).toBe('heic');
		expect(sniffImageType(bytes('\0\0\0\x18ftypavif\0\0\0\0mif1miaf'))).toBe('avif');
		expect(sniffImageType(bytes('GIF89a......'))).toBeNull();
		expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
	});

	it('requires alt text and keeps it short', () => {
		expect(reason(() => checkAlt('   '))).toBe('alt_required');
		expect(reason(() => checkAlt(null))).toBe('alt_required');
		expect(reason(() => checkAlt('x'.repeat(251)))).toBe('alt_too_long');
		expect(checkAlt('  Medus burka \n uz galda ')).toBe('Medus burka uz galda');
	});

	it('refuses HEIC only when this machine cannot decode it', () => {
		const one = new Uint8Array(1);
		expect(reason(() => checkUpload(one, 'heic', 10, false))).toBe('heic_unsupported');
		expect(reason(() => checkUpload(one, 'heic', 10, true))).toBe('ok');
		expect(reason(() => checkUpload(one, 'avif', 10, true))).toBe('unsupported_type');
		expect(reason(() => checkUpload(new Uint8Array(11), 'png', 10, true))).toBe('too_large');
	});

	it('never enlarges: a narrow photo gets fewer variants', () => {
		expect(widthsFor(200)).toEqual([{ nominal: 320, actual: 200 }]);
		expect(widthsFor(640)).toEqual([
			{ nominal: 320, actual: 320 },
			{ nominal: 640, actual: 640 }
		]);
		expect(widthsFor(4000).map((w) => w.actual)).toEqual([320, 640, 1280]);
	});
});
