/**
 * The randomness source of a draw, announced before entries close: a future drand round of a pinned
 * League of Entropy chain, or a commit-reveal secret whose SHA-256 was published in advance.
 * drand beacons are verified offline with drand-client against the chain's public key: the library's
 * fetchBeacon is given a client that "fetches" the recorded beacon, so its own verification runs.
 */
import type { ChainClient, ChainInfo, RandomnessBeacon } from 'drand-client';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/** drand's mainnet chains (League of Entropy), as published at api.drand.sh/<hash>/info. */
export const DRAND_CHAINS: Record<string, ChainInfo> = {
	quicknet: {
		public_key:
			'83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
		period: 3,
		genesis_time: 1692803367,
		hash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
		groupHash: 'f477d5c89f21a17c863a7f937c6a6d15859414d2be09cd448d4279af331c5d3e',
		schemeID: 'bls-unchained-g1-rfc9380',
		metadata: { beaconID: 'quicknet' }
	}
};
export const DEFAULT_DRAND_CHAIN = 'quicknet';

export type DrandBeacon = { round: number; randomness: string; signature: string };
export type DrawSource =
	| { kind: 'drand'; chain: string; round: number; beacon?: DrandBeacon }
	| { kind: 'commit'; commitment: string; secret?: string };

/** The round the chain emits at `time` (ms) or, between rounds, the next one: strictly after `time`. */
export function drandRoundAfter(chain: ChainInfo, timeMs: number): number {
	const elapsed = Math.floor(timeMs / 1000) - chain.genesis_time;
	return Math.max(1, Math.floor(elapsed / chain.period) + 2);
}

/** When a round is emitted, ms since the epoch. */
export const drandRoundTime = (chain: ChainInfo, round: number): number => (chain.genesis_time + (round - 1) * chain.period) * 1000;

function offlineClient(info: ChainInfo, beacon: RandomnessBeacon): ChainClient {
	return {
		options: { disableBeaconVerification: false, noCache: true },
		latest: async () => beacon,
		get: async () => beacon,
		chain: () => ({ baseUrl: 'offline:', info: async () => info })
	};
}

/** Whether a recorded beacon is the given round of the chain, signed by the chain's key. */
export async function verifyDrandBeacon(chainName: string, round: number, beacon: DrandBeacon): Promise<boolean> {
	const info = DRAND_CHAINS[chainName];
	if (!info || !Number.isSafeInteger(round) || round < 1 || beacon.round !== round) return false;
	const clean = { round, randomness: beacon.randomness.toLowerCase(), signature: beacon.signature.toLowerCase() };
	if (!/^(?:[0-9a-f]{2})+$/.test(clean.signature) || !/^[0-9a-f]{64}$/.test(clean.randomness)) return false;
	// drand-client logs (console.error) only a wrong round, randomness that is not the signature's SHA-256
	// or a scheme it does not know: the first two are refused here, the pinned chains' scheme is known,
	// so what remains for it is the pairing check, which fails by throwing
	if (bytesToHex(sha256(hexToBytes(clean.signature))) !== clean.randomness) return false;
	// loaded when a draw is verified, not with every server start (15 MB, issue 14's memory)
	const { fetchBeacon } = await import('drand-client');
	try {
		await fetchBeacon(offlineClient(info, clean), round);
		return true;
	} catch {
		return false;
	}
}

const SECRET = /^[0-9a-f]{64}$/;
/** A fresh commit-reveal secret: 32 random bytes, hex. */
export const newSecret = (): string => bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
/** commitment = SHA-256 of the secret's 32 bytes, hex. */
export function commitmentOf(secret: string): string {
	if (!SECRET.test(secret)) throw new Error('the secret must be 64 lowercase hex digits');
	return bytesToHex(sha256(hexToBytes(secret)));
}
export const secretMatches = (secret: string, commitment: string): boolean => SECRET.test(secret) && commitmentOf(secret) === commitment;
