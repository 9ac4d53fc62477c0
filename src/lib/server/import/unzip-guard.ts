/**
 * An .xlsx is a zip archive, and a 3 MB archive can unpack to gigabytes of XML (a "zip bomb"): the
 * audit's 869 MB sheet held the server for 18 s at 1.5 GB of memory before it was refused. Before
 * any spreadsheet code sees the file, this checks how much it unpacks to — first the sizes the
 * archive declares, then the real output of inflating every entry (declared sizes can lie) — and
 * refuses past `max` bytes. Inflating runs in zlib's thread pool; the main thread only counts.
 */
import { createInflateRaw } from 'node:zlib';

/** Unpacked bytes an import may reach; a real 10 MB workbook unpacks to well under this. */
export const MAX_UNPACKED_BYTES = 150 * 1024 * 1024;

export class UnpackRefusedError extends Error {
	constructor(
		public readonly reason: 'too_large' | 'unreadable',
		detail: string
	) {
		super(detail);
	}
}

type Entry = { name: string; method: number; compressed: number; size: number; localOffset: number };

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The central directory's entries (zip: end-of-central-directory record, then 46-byte headers). */
export function zipEntries(bytes: Uint8Array): Entry[] {
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (u32(bytes, i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) throw new UnpackRefusedError('unreadable', 'not a zip archive (no central directory)');
	const count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new UnpackRefusedError('unreadable', 'damaged central directory');
		const nameLength = u16(bytes, at + 28);
		entries.push({
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			method: u16(bytes, at + 10),
			compressed: u32(bytes, at + 20),
			size: u32(bytes, at + 24),
			localOffset: u32(bytes, at + 42)
		});
		at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return entries;
}

/** Throws UnpackRefusedError('too_large') when the archive unpacks to more than `max` bytes. */
export async function assertUnpacksWithin(bytes: Uint8Array, max = MAX_UNPACKED_BYTES): Promise<void> {
	const entries = zipEntries(bytes);
	const declared = entries.reduce((n, e) => n + e.size, 0);
	// 0xFFFFFFFF: a zip64 size, i.e. 4 GB or more
	if (declared > max || entries.some((e) => e.size === 0xffffffff)) throw tooLarge(declared, max);
	let total = 0;
	for (const e of entries) {
		const at = e.localOffset;
		if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new UnpackRefusedError('unreadable', `damaged entry ${e.name}`);
		const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
		const data = bytes.subarray(start, start + e.compressed);
		if (e.method === 0) total += data.length;
		else if (e.method === 8) total += await inflatedSize(data, max - total);
		else throw new UnpackRefusedError('unreadable', `entry ${e.name} uses compression method ${e.method}`);
		if (total > max) throw tooLarge(total, max);
	}
}

/** Bytes `data` inflates to, stopping as soon as it passes `budget`. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const inflate = createInflateRaw();
		let size = 0;
		inflate.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > budget) {
				inflate.destroy();
				resolve(size);
			}
		});
		inflate.on('end', () => resolve(size));
		inflate.on('error', () => reject(new UnpackRefusedError('unreadable', 'damaged compressed data')));
		inflate.end(data);
	});
}

const tooLarge = (size: number, max: number) =>
	new UnpackRefusedError('too_large', `unpacks to more than ${Math.round(max / 1048576)} MB (${size > 0xfffffffe ? 'over 4 GB' : `${Math.round(size / 1048576)} MB`})`);
