/**
 * What an uploaded file really is, judged by its first bytes ("magic numbers"), never by its name
 * or the browser's Content-Type: both are chosen by the sender.
 */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'heic' | 'avif';

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1']);

function ascii(bytes: Uint8Array, from: number, to: number): string {
	return String.fromCharCode(...bytes.subarray(from, to));
}

/** ISO-BMFF (HEIF family): `ftyp` box at offset 4, then the major brand and compatible brands. */
function sniffHeif(bytes: Uint8Array): SniffedType | null {
	if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
	const boxSize = Math.min((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3], bytes.length, 256);
	const brands = [ascii(bytes, 8, 12)];
	for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
	if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
	if (brands.some((b) => HEIC_BRANDS.has(b) || GENERIC_HEIF_BRANDS.has(b))) return 'heic';
	return null;
}

export function sniffImageType(bytes: Uint8Array): SniffedType | null {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	return sniffHeif(bytes);
}
