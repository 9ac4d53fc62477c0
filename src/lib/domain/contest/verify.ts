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

/** What can be wrong with a draw, as a code and its figures: the audit page says it in the reader's language, the script in English. */
export type DrawProblem =
	| { code: 'format'; format: string }
	| { code: 'list_not_canonical'; detail: string }
	| { code: 'list_hash'; computed: string; published: string }
	| { code: 'entry_count'; inFile: number; inDraw: number }
	| { code: 'beacon_missing' }
	| { code: 'beacon_round'; beaconRound: number; round: number }
	| { code: 'beacon_signature'; round: number; chain: string }
	| { code: 'secret_missing' }
	| { code: 'secret_mismatch' }
	| { code: 'source_unknown' }
	| { code: 'seed'; computed: string; published: string }
	| { code: 'order' };

/** The script's wording of a problem (scripts/verify-draw.ts). */
export function problemInEnglish(p: DrawProblem): string {
	switch (p.code) {
		case 'format':
			return `unknown draw format ${JSON.stringify(p.format)}`;
		case 'list_not_canonical':
			return `the list file is not canonical: ${p.detail}`;
		case 'list_hash':
			return `list hash mismatch: the list file hashes to ${p.computed}, the draw says ${p.published}`;
		case 'entry_count':
			return `entry count mismatch: ${p.inFile} in the file, ${p.inDraw} in the draw`;
		case 'beacon_missing':
			return 'the drand round value has not been entered';
		case 'beacon_round':
			return `the beacon is round ${p.beaconRound}, the announced round is ${p.round}`;
		case 'beacon_signature':
			return `the drand signature of round ${p.round} does not verify against the ${p.chain} public key`;
		case 'secret_missing':
			return 'the secret has not been revealed';
		case 'secret_mismatch':
			return 'the revealed secret does not match the published commitment';
		case 'source_unknown':
			return 'unknown randomness source';
		case 'seed':
			return `seed mismatch: recomputed ${p.computed}, the draw says ${p.published}`;
		case 'order':
			return 'the derived order differs from the published order';
	}
}

export type VerifyResult = { ok: boolean; problems: DrawProblem[]; winners: string[]; alternates: string[]; listHash: string };

export async function verifyDraw(listText: string, draw: DrawFile): Promise<VerifyResult> {
	const problems: DrawProblem[] = [];
	const fail = (p: DrawProblem): VerifyResult => ({ ok: false, problems: [...problems, p], winners: [], alternates: [], listHash: '' });
	if (draw.format !== DRAW_FORMAT) return fail({ code: 'format', format: String(draw.format) });
	let ids: string[];
	try {
		ids = parseEntryList(listText);
	} catch (e) {
		return fail({ code: 'list_not_canonical', detail: (e as Error).message });
	}
	const listHash = entryListHash(ids);
	if (listHash !== draw.listHash) problems.push({ code: 'list_hash', computed: listHash, published: draw.listHash });
	if (ids.length !== draw.entryCount) problems.push({ code: 'entry_count', inFile: ids.length, inDraw: draw.entryCount });

	const source = draw.source;
	let randomness: string | null = null;
	if (source.kind === 'drand') {
		if (!source.beacon) return fail({ code: 'beacon_missing' });
		if (source.beacon.round !== source.round) problems.push({ code: 'beacon_round', beaconRound: source.beacon.round, round: source.round });
		else if (!(await verifyDrandBeacon(source.chain, source.round, source.beacon))) problems.push({ code: 'beacon_signature', round: source.round, chain: source.chain });
		else randomness = source.beacon.randomness.toLowerCase();
	} else if (source.kind === 'commit') {
		if (!source.secret) return fail({ code: 'secret_missing' });
		if (!secretMatches(source.secret, source.commitment)) problems.push({ code: 'secret_mismatch' });
		else randomness = source.secret;
	} else return fail({ code: 'source_unknown' });
	if (randomness === null) return { ok: false, problems, winners: [], alternates: [], listHash };

	// the seed takes the list hash the draw published: a tampered list is reported above, not hidden here
	const seed = drawSeed(draw.listHash, randomness);
	if (seed !== draw.seed) problems.push({ code: 'seed', computed: seed, published: draw.seed });
	const { order } = deriveOrder(ids, seed);
	const same = order.length === draw.order.length && order.every((id, i) => id === draw.order[i]);
	if (!same) problems.push({ code: 'order' });
	const n = Math.min(draw.winners, order.length);
	return { ok: problems.length === 0, problems, winners: order.slice(0, n), alternates: order.slice(n), listHash };
}
