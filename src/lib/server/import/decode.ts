/**
 * Bytes of an uploaded spreadsheet export → text. Latvian Excel saves "CSV" in Windows-1257
 * unless told otherwise; newer versions write UTF-8 with a byte-order mark. Valid UTF-8 wins
 * (a Windows-1257 file with ā, š … is never valid UTF-8, a pure-ASCII file reads the same in both).
 */
import { breathe } from './breathe';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1257';

export type DecodedText = { text: string; encoding: SourceEncoding };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Bytes decoded between two breaths: a 10 MB file in one piece held the server for ~0.4 s. */
const SLICE = 1 << 20;

async function decodeInSlices(bytes: Uint8Array, decoder: TextDecoder): Promise<string> {
	const parts: string[] = [];
	for (let i = 0; i < bytes.length; i += SLICE) {
		parts.push(decoder.decode(bytes.subarray(i, i + SLICE), { stream: true }));
		await breathe();
	}
	parts.push(decoder.decode());
	return parts.join('');
}

export async function decodeBytes(bytes: Uint8Array): Promise<DecodedText> {
	if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
		return { text: await decodeInSlices(bytes.subarray(3), new TextDecoder('utf-8')), encoding: 'utf-8-bom' };
	}
	try {
		return { text: await decodeInSlices(bytes, new TextDecoder('utf-8', { fatal: true })), encoding: 'utf-8' };
	} catch (e) {
		if (!(e instanceof TypeError)) throw e; // not valid UTF-8
		return { text: await decodeInSlices(bytes, new TextDecoder('windows-1257')), encoding: 'windows-1257' };
	}
}

/** Encodes text as Windows-1257 (tests and fixtures: Node's TextEncoder only writes UTF-8). */
export function encodeWindows1257(text: string): Uint8Array {
	const decoder = new TextDecoder('windows-1257');
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
	return Uint8Array.from([...text], (ch) => {
		const b = table.get(ch);
		if (b === undefined) throw new Error(`"${ch}" has no Windows-1257 byte`);
		return b;
	});
}
