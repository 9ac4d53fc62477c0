/**
 * The id of a listing a confirmed import creates, derived from the import and the file row (a UUID
 * of version 8, "custom"). A resumed run (docs/decisions/009) plans the file again as if its own
 * earlier batches were not there, which it can only do if it can tell its own rows by their ids.
 */
import { createHash } from 'node:crypto';

export function importRowId(importId: string, row: number): string {
	const hex = createHash('sha256').update(`${importId}:${row}`).digest('hex').slice(0, 32).split('');
	hex[12] = '8'; // version 8
	hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
	const h = hex.join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
