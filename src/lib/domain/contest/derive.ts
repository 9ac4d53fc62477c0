/**
 * Deterministic winner derivation (docs/contest-draw.md). Given the list hash and the randomness
 * announced in advance, everyone computes the same seed, the same stream of 32-bit numbers and the same
 * ordered sequence: the first N are the winners, the rest are alternates in the order they replace a
 * declined or ineligible winner. The redraw rule is thus fixed before the draw: nothing is drawn again.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalIds } from './entry-list';

export const DRAW_DOMAIN = 'tuvuma-contest-draw/v1';
const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * seed = SHA-256(UTF-8("tuvuma-contest-draw/v1\n" + listHash + "\n" + randomness + "\n")), hex. The
 * list hash is in the seed, so changing the list after the randomness is known changes every pick.
 */
export function drawSeed(listHash: string, randomness: string): string {
	if (!HEX_64.test(listHash)) throw new Error('the list hash must be 64 lowercase hex digits');
	if (!HEX_64.test(randomness)) throw new Error('the randomness must be 64 lowercase hex digits');
	return bytesToHex(sha256(utf8ToBytes(`${DRAW_DOMAIN}\n${listHash}\n${randomness}\n`)));
}

/**
 * The number stream: block k = SHA-256(seed bytes ‖ k as 8-byte big-endian), read as eight 32-bit
 * big-endian unsigned numbers, blocks k = 0, 1, 2, … one after another.
 */
export class DrawStream {
	private readonly seed: Uint8Array;
	private block = 0;
	private words: number[] = [];
	constructor(seedHex: string) {
		if (!HEX_64.test(seedHex)) throw new Error('the seed must be 64 lowercase hex digits');
		this.seed = hexToBytes(seedHex);
	}
	next(): number {
		if (this.words.length === 0) {
			const input = new Uint8Array(40);
			input.set(this.seed);
			new DataView(input.buffer).setBigUint64(32, BigInt(this.block++));
			const digest = sha256(input);
			const view = new DataView(digest.buffer, digest.byteOffset, 32);
			for (let i = 0; i < 8; i++) this.words.push(view.getUint32(i * 4));
		}
		return this.words.shift() as number;
	}
}

export type DrawStep = { position: number; remaining: number; limit: number; rejected: number[]; value: number; index: number; id: string };

/**
 * A number in [0, n) without modulo bias: a 32-bit number x is accepted only below
 * limit = 2^32 − (2^32 mod n), the largest multiple of n that fits; then x mod n. Others are rejected.
 */
export function uniformBelow(stream: DrawStream, n: number): { value: number; index: number; limit: number; rejected: number[] } {
	if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new Error('n out of range');
	const limit = 2 ** 32 - (2 ** 32 % n);
	const rejected: number[] = [];
	for (;;) {
		const x = stream.next();
		if (x < limit) return { value: x, index: x % n, limit, rejected };
		rejected.push(x);
	}
}

/**
 * The ordered sequence, without replacement: a Fisher–Yates shuffle of the canonical list, stopped after
 * `count` positions (the whole list when count is omitted). Step i picks j = i + uniformBelow(n − i),
 * swaps places i and j, and position i is taken by the id now at i.
 */
export function deriveOrder(ids: readonly string[], seedHex: string, count = ids.length): { order: string[]; steps: DrawStep[] } {
	const pool = canonicalIds(ids);
	const stream = new DrawStream(seedHex);
	const take = Math.min(Math.max(0, Math.floor(count)), pool.length);
	const steps: DrawStep[] = [];
	for (let i = 0; i < take; i++) {
		const remaining = pool.length - i;
		const pick = uniformBelow(stream, remaining);
		const j = i + pick.index;
		[pool[i], pool[j]] = [pool[j], pool[i]];
		steps.push({ position: i + 1, remaining, limit: pick.limit, rejected: pick.rejected, value: pick.value, index: j, id: pool[i] });
	}
	return { order: pool.slice(0, take), steps };
}
