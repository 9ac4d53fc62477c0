/**
 * Verifies a published draw from its files alone: the entry list file and the draw JSON the audit page
 * offers. Used by scripts/verify-draw.ts and by the server before it publishes a draw, so the page and
 * the script can never disagree.
 */
import { entryListHash, parseEntryList } from './entry-list';
import { deriveOrder, drawSeed } from './derive';
import { secretMatches, verifyDrandBeacon, type DrawSource } from './source';

export const DRAW_FORMAT = 'tuvuma-contest-draw/1';

export type DrawFile = {
	format: typeof DRAW_FORMAT;
	contest: { slug: string; title: string };
	/** the name of the list file next to this one */
	listFile: string;
	listHash: string;
	entryCount: number;
	winners: number;
	source: DrawSource;
	seed: string;
	/** the whole derived order: winners first, then the alternates in order */
	order: string[];
};

export type VerifyResult = { ok: boolean; problems: string[]; winners: string[]; alternates: string[]; listHash: string };

export async function verifyDraw(listText: string, draw: DrawFile): Promise<VerifyResult> {
	const problems: string[] = [];
	const fail = (p: string): VerifyResult => ({ ok: false, problems: [...problems, p], winners: [], alternates: [], listHash: '' });
	if (draw.format !== DRAW_FORMAT) return fail(`unknown draw format ${JSON.stringify(draw.format)}`);
	let ids: string[];
	try {
		ids = parseEntryList(listText);
	} catch (e) {
		return fail(`the list file is not canonical: ${(e as Error).message}`);
	}
	const listHash = entryListHash(ids);
	if (listHash !== draw.listHash) problems.push(`list hash mismatch: the list file hashes to ${listHash}, the draw says ${draw.listHash}`);
	if (ids.length !== draw.entryCount) problems.push(`entry count mismatch: ${ids.length} in the file, ${draw.entryCount} in the draw`);

	const source = draw.source;
	let randomness: string | null = null;
	if (source.kind === 'drand') {
		if (!source.beacon) return fail('the drand round value has not been entered');
		if (source.beacon.round !== source.round) problems.push(`the beacon is round ${source.beacon.round}, the announced round is ${source.round}`);
		else if (!(await verifyDrandBeacon(source.chain, source.round, source.beacon))) problems.push(`the drand signature of round ${source.round} does not verify against the ${source.chain} public key`);
		else randomness = source.beacon.randomness.toLowerCase();
	} else if (source.kind === 'commit') {
		if (!source.secret) return fail('the secret has not been revealed');
		if (!secretMatches(source.secret, source.commitment)) problems.push('the revealed secret does not match the published commitment');
		else randomness = source.secret;
	} else return fail('unknown randomness source');
	if (randomness === null) return { ok: false, problems, winners: [], alternates: [], listHash };

	// the seed takes the list hash the draw published: a tampered list is reported above, not hidden here
	const seed = drawSeed(draw.listHash, randomness);
	if (seed !== draw.seed) problems.push(`seed mismatch: recomputed ${seed}, the draw says ${draw.seed}`);
	const { order } = deriveOrder(ids, seed);
	const same = order.length === draw.order.length && order.every((id, i) => id === draw.order[i]);
	if (!same) problems.push('the derived order differs from the published order');
	const n = Math.min(draw.winners, order.length);
	return { ok: problems.length === 0, problems, winners: order.slice(0, n), alternates: order.slice(n), listHash };
}
