/**
 * The canonical entry list of a contest draw (docs/contest-draw.md). The list holds pseudonymous entry
 * ids only — never names or addresses — so it can be published whole and anyone can hash it again.
 *
 * Serialisation: the ids sorted by byte order of their UTF-8 encoding, each followed by one "\n"
 * (LF, also after the last), encoded as UTF-8, no byte order mark. The list hash is the lowercase hex
 * SHA-256 of those bytes. An id is 1–64 characters of [A-Za-z0-9_-], so byte order is plain code-unit
 * order and no id can contain the separator.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const ENTRY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Byte-order comparison; ids are ASCII, so comparing UTF-16 code units gives the same order. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ids sorted canonically; throws on an invalid or repeated id (a list with those cannot be frozen). */
export function canonicalIds(ids: readonly string[]): string[] {
	const sorted = [...ids].sort(byteOrder);
	for (let i = 0; i < sorted.length; i++) {
		if (!ENTRY_ID_PATTERN.test(sorted[i])) throw new Error(`invalid entry id: ${JSON.stringify(sorted[i])}`);
		if (i > 0 && sorted[i] === sorted[i - 1]) throw new Error(`repeated entry id: ${sorted[i]}`);
	}
	return sorted;
}

/** The published list file's text. */
export function serializeEntryList(ids: readonly string[]): string {
	return canonicalIds(ids)
		.map((id) => `${id}\n`)
		.join('');
}

/** Reads a list file back; refuses anything that is not exactly a canonical serialisation. */
export function parseEntryList(text: string): string[] {
	if (text === '') return [];
	if (!text.endsWith('\n')) throw new Error('the list file must end with a line feed');
	const ids = text.slice(0, -1).split('\n');
	const canonical = canonicalIds(ids);
	if (canonical.some((id, i) => id !== ids[i])) throw new Error('the list file is not in byte order');
	return canonical;
}

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** SHA-256 of the canonical serialisation, lowercase hex. */
export const entryListHash = (ids: readonly string[]): string => sha256Hex(serializeEntryList(ids));

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** A fresh pseudonymous entry id: "e" and 11 characters of a 32-letter alphabet (55 random bits), no look-alikes. */
export function newEntryId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(11));
	// 256 is a multiple of 32, so the low five bits are uniform
	return 'e' + Array.from(bytes, (b) => ID_ALPHABET[b & 31]).join('');
}
