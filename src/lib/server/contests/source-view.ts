/** The randomness source as the public pages describe it (announced before entries close). */
import { DRAND_CHAINS, drandRoundTime } from '$lib/domain/contest/source';
import type { ContestPageRow } from './contests-repository';

export type SourceView =
	| { kind: 'drand'; chain: string; chainHash: string; round: number; roundAt: Date; randomness: string | null; signature: string | null }
	| { kind: 'commit'; commitment: string; secret: string | null }
	| null;

export function contestSourceView(c: ContestPageRow): SourceView {
	if (c.status !== 'published') return null;
	if (c.sourceKind === 'drand' && c.drandChain && c.drandRound) {
		const chain = DRAND_CHAINS[c.drandChain];
		return { kind: 'drand', chain: c.drandChain, chainHash: chain?.hash ?? '', round: c.drandRound, roundAt: new Date(chain ? drandRoundTime(chain, c.drandRound) : 0), randomness: c.beaconRandomness, signature: c.beaconSignature };
	}
	if (c.sourceKind === 'commit' && c.commitment) return { kind: 'commit', commitment: c.commitment, secret: c.secretRevealedAt ? c.secret : null };
	return null;
}
