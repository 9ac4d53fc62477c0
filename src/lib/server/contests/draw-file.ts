/** The draw file the audit page offers (docs/contest-draw.md §5), built from a contest's stored draw. */
import { DRAW_FORMAT, type DrawFile } from '$lib/domain/contest/verify';
import type { ContestRow } from './contests-repository';

export type DrawFileRow = Pick<
	ContestRow,
	'slug' | 'title' | 'winners' | 'entryCount' | 'listHash' | 'seed' | 'drawOrder' | 'sourceKind' | 'drandChain' | 'drandRound' | 'beaconRandomness' | 'beaconSignature' | 'commitment' | 'secret'
>;

/** Null before the draw. */
export function drawFile(c: DrawFileRow): DrawFile | null {
	if (!c.drawOrder || !c.listHash || !c.seed) return null;
	const source: DrawFile['source'] =
		c.sourceKind === 'drand'
			? { kind: 'drand', chain: c.drandChain ?? '', round: c.drandRound ?? 0, beacon: { round: c.drandRound ?? 0, randomness: c.beaconRandomness ?? '', signature: c.beaconSignature ?? '' } }
			: { kind: 'commit', commitment: c.commitment ?? '', secret: c.secret ?? undefined };
	return { format: DRAW_FORMAT, contest: { slug: c.slug, title: c.title.lv }, listFile: 'entries.txt', listHash: c.listHash, entryCount: c.entryCount ?? 0, winners: c.winners, source, seed: c.seed, order: c.drawOrder };
}
