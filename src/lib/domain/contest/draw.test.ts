import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { canonicalIds, entryListHash, newEntryId, parseEntryList, serializeEntryList } from './entry-list';
import { DrawStream, deriveOrder, drawSeed, uniformBelow } from './derive';
import { replacementFor, standing } from './standing';
import { commitmentOf, drandRoundAfter, drandRoundTime, DRAND_CHAINS, newSecret, secretMatches, verifyDrandBeacon } from './source';

// quicknet round 1000, as recorded from api.drand.sh/52db9b…/public/1000
const BEACON = {
	round: 1000,
	randomness: 'fe290beca10872ef2fb164d2aa4442de4566183ec51c56ff3cd603d930e54fdd',
	signature: 'b44679b9a59af2ec876b1a6b1ad52ea9b1615fc3982b19576350f93447cb1125e342b73a8dd2bacbe47e4b6b63ed5e39'
};

describe('canonical entry list', () => {
	it('sorts by byte order, one id and a line feed each, and hashes the UTF-8 bytes', () => {
		const text = serializeEntryList(['eb', 'Z1', 'ea', '_x', '-y']);
		expect(text).toBe('-y\nZ1\n_x\nea\neb\n');
		expect(entryListHash(['eb', 'Z1', 'ea', '_x', '-y'])).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
		expect(serializeEntryList([])).toBe('');
	});
	it('refuses repeated, malformed and unsorted lists', () => {
		expect(() => canonicalIds(['a', 'a'])).toThrow(/repeated/);
		expect(() => canonicalIds(['a b'])).toThrow(/invalid/);
		expect(() => parseEntryList('b\na\n')).toThrow(/byte order/);
		expect(() => parseEntryList('a\nb')).toThrow(/line feed/);
		expect(parseEntryList('a\nb\n')).toEqual(['a', 'b']);
	});
	it('makes ids of the documented shape', () => {
		const id = newEntryId();
		expect(id).toMatch(/^e[a-km-np-z2-9]{11}$/);
		expect(newEntryId()).not.toBe(id);
	});
});

describe('derivation', () => {
	const hash = entryListHash(['a', 'b', 'c']);
	it('takes the list hash into the seed', () => {
		const seed = drawSeed(hash, BEACON.randomness);
		expect(seed).toBe(createHash('sha256').update(`tuvuma-contest-draw/v1\n${hash}\n${BEACON.randomness}\n`).digest('hex'));
		expect(drawSeed(entryListHash(['a', 'b', 'd']), BEACON.randomness)).not.toBe(seed);
	});
	it('reads the stream as documented: SHA-256(seed ‖ counter), 32-bit big-endian words', () => {
		const seed = drawSeed(hash, BEACON.randomness);
		const stream = new DrawStream(seed);
		const words = Array.from({ length: 9 }, () => stream.next());
		const block = (k: number) => {
			const counter = Buffer.alloc(8);
			counter.writeBigUInt64BE(BigInt(k));
			return createHash('sha256').update(Buffer.concat([Buffer.from(seed, 'hex'), counter])).digest();
		};
		expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block(0).readUInt32BE(i * 4)));
		expect(words[8]).toBe(block(1).readUInt32BE(0));
	});
	it('rejects numbers at or above the largest multiple of n (no modulo bias)', () => {
		const fake = { next: (() => { const xs = [2 ** 32 - 1, 2 ** 32 - 2, 7]; return () => xs.shift() as number; })() } as unknown as DrawStream;
		const pick = uniformBelow(fake, 3);
		expect(pick.limit).toBe(2 ** 32 - 1); // 2^32 mod 3 = 1
		expect(pick.rejected).toEqual([2 ** 32 - 1]);
		expect(pick.index).toBe((2 ** 32 - 2) % 3);
	});
	it('orders without replacement, deterministically, and a prefix is the same draw', () => {
		const ids = Array.from({ length: 40 }, (_, i) => `e${i}`);
		const seed = drawSeed(entryListHash(ids), BEACON.randomness);
		const full = deriveOrder(ids, seed).order;
		expect(new Set(full).size).toBe(40);
		expect([...full].sort()).toEqual(canonicalIds(ids));
		expect(deriveOrder([...ids].reverse(), seed).order).toEqual(full);
		expect(deriveOrder(ids, seed, 5).order).toEqual(full.slice(0, 5));
	});
	it('is close to uniform over many seeds', () => {
		const ids = ['a', 'b', 'c'];
		const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
		for (let i = 0; i < 3000; i++) counts[deriveOrder(ids, createHash('sha256').update(String(i)).digest('hex'), 1).order[0]]++;
		for (const c of Object.values(counts)) expect(Math.abs(c - 1000)).toBeLessThan(120);
	});
});

describe('randomness sources', () => {
	it('verifies a real quicknet beacon and refuses a wrong round or signature', async () => {
		expect(await verifyDrandBeacon('quicknet', 1000, BEACON)).toBe(true);
		expect(await verifyDrandBeacon('quicknet', 1001, { ...BEACON, round: 1001 })).toBe(false);
		expect(await verifyDrandBeacon('quicknet', 1000, { ...BEACON, signature: BEACON.signature.replace(/^b4/, 'b5') })).toBe(false);
		expect(await verifyDrandBeacon('quicknet', 1000, { ...BEACON, randomness: '0'.repeat(64) })).toBe(false);
		expect(await verifyDrandBeacon('nochain', 1000, BEACON)).toBe(false);
	});
	it('refuses a forged beacon without the library logging, and leaves console.error alone', async () => {
		const before = console.error;
		const spy = vi.spyOn(console, 'error');
		expect(await verifyDrandBeacon('quicknet', 1000, { ...BEACON, randomness: 'ff' + BEACON.randomness.slice(2) })).toBe(false);
		expect(await verifyDrandBeacon('quicknet', 1000, { ...BEACON, round: 1001 })).toBe(false);
		expect(await verifyDrandBeacon('quicknet', 1000, { ...BEACON, signature: 'zz' })).toBe(false);
		expect(spy).not.toHaveBeenCalled();
		spy.mockRestore();
		expect(console.error).toBe(before);
	});
	it('announces a round strictly after the close time', () => {
		const chain = DRAND_CHAINS.quicknet;
		const close = Date.UTC(2026, 11, 20, 12);
		const round = drandRoundAfter(chain, close);
		expect(drandRoundTime(chain, round)).toBeGreaterThan(close);
		expect(drandRoundTime(chain, round - 1)).toBeLessThanOrEqual(close + chain.period * 1000);
		expect(drandRoundTime(chain, 1000)).toBe((1692803367 + 999 * 3) * 1000);
	});
	it('checks a revealed secret against its commitment', () => {
		const secret = newSecret();
		const commitment = commitmentOf(secret);
		expect(commitment).toBe(createHash('sha256').update(Buffer.from(secret, 'hex')).digest('hex'));
		expect(secretMatches(secret, commitment)).toBe(true);
		expect(secretMatches(newSecret(), commitment)).toBe(false);
		expect(secretMatches('not hex', commitment)).toBe(false);
	});
});

describe('standing and the redraw rule', () => {
	const order = ['a', 'b', 'c', 'd', 'e'];
	it('gives the place of a set-aside winner to the next alternate in order', () => {
		expect(standing(order, 2, new Map()).winners.map((w) => w.publicId)).toEqual(['a', 'b']);
		const s = standing(order, 2, new Map([['a', 'declined']]));
		expect(s.winners.map((w) => [w.publicId, w.place])).toEqual([['b', 1], ['c', 2]]);
		expect(s.setAside).toEqual([{ publicId: 'a', decision: 'declined', position: 1 }]);
		expect(s.alternates).toEqual(['d', 'e']);
		expect(replacementFor(order, 2, new Map([['a', 'declined']]), 'c')).toBe('d');
		expect(replacementFor(order, 2, new Map([['c', 'ineligible'], ['d', 'declined'], ['e', 'declined']]), 'a')).toBeNull();
	});
});
