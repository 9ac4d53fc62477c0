/**
 * The draw's life (docs/contest-draw.md): publishing fixes the randomness source, the close freezes the
 * list (a job queued at publication for the close time, and the pages freeze on first access after it),
 * entering the drand round's value (verified, refused if wrong) or revealing the secret derives the
 * order once; setting a winner aside moves the next alternate up. Each step is logged and audited.
 */
import { entryListHash, parseEntryList, serializeEntryList } from '$lib/domain/contest/entry-list';
import { deriveOrder, drawSeed } from '$lib/domain/contest/derive';
import { commitmentOf, DEFAULT_DRAND_CHAIN, DRAND_CHAINS, drandRoundAfter, newSecret } from '$lib/domain/contest/source';
import { problemInEnglish, verifyDraw, type VerifyResult } from '$lib/domain/contest/verify';
import { replacementFor, standing, type Decision } from '$lib/domain/contest/standing';
import { currentStanding } from './current-standing';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { confirmedPublicIds, entriesByPublicIds, findEntryByPublicId, setDecision } from './entries-repository';
import { drawFile, type DrawFileRow } from './draw-file';
import { findContest, lockContest, logDraw, updateContest, type ContestRow } from './contests-repository';
import { queueWinnerMails } from './winner-mails';

export const FREEZE_JOB = 'contests.freeze';
/** The announced round lies this far after the close, so the list is frozen well before the value exists. */
const ROUND_MARGIN_MS = 10 * 60_000;

type Fail<R extends string> = { ok: false; reason: R };

export async function publishContest(db: Db, actorUserId: string | null, id: string, now = new Date()): Promise<{ ok: true } | Fail<'not_found' | 'published' | 'past'>> {
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, id);
		if (!c) return { ok: false, reason: 'not_found' as const };
		if (c.status === 'published') return { ok: false, reason: 'published' as const };
		if (c.closesAt <= now) return { ok: false, reason: 'past' as const };
		// the platform keeps a commit-reveal secret until the reveal; only its hash is public before
		const secret = c.sourceKind === 'commit' ? newSecret() : null;
		const chain = DRAND_CHAINS[DEFAULT_DRAND_CHAIN];
		const source = secret
			? { secret, commitment: commitmentOf(secret), drandChain: null, drandRound: null }
			: { secret: null, commitment: null, drandChain: DEFAULT_DRAND_CHAIN, drandRound: drandRoundAfter(chain, c.closesAt.getTime() + ROUND_MARGIN_MS) };
		const announced = secret ? { commitment: source.commitment } : { chain: source.drandChain, round: source.drandRound };
		await updateContest(tx, id, { status: 'published', ...source });
		await enqueueJob(tx, FREEZE_JOB, { contestId: id }, { runAt: c.closesAt, dedupeKey: `contest-freeze:${id}` });
		await logDraw(tx, id, 'published', null, announced, now);
		await recordAudit(tx, { actorUserId, action: 'contest.publish', entityType: 'contest', entityId: id, details: announced });
		return { ok: true as const };
	});
}

/** Freezes the list once the entries have closed; a no-op before, or when already frozen. */
export async function freezeContest(db: Db, id: string, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, id);
		if (!c || c.status !== 'published' || c.frozenAt || c.closesAt > now) return false;
		const ids = await confirmedPublicIds(tx, id, c.eligibility === 'photo');
		const list = serializeEntryList(ids);
		const listHash = entryListHash(ids);
		await updateContest(tx, id, { frozenAt: now, frozenList: list, listHash, entryCount: ids.length });
		await logDraw(tx, id, 'frozen', null, { listHash, entries: ids.length }, now);
		return true;
	});
}

/** The pages' "first access after the close": whether the list was due and has been frozen now (re-read the row then). */
export async function frozeIfDue(db: Db, c: Pick<ContestRow, 'id' | 'status' | 'frozenAt' | 'closesAt'>, now = new Date()): Promise<boolean> {
	return c.status === 'published' && !c.frozenAt && c.closesAt <= now && (await freezeContest(db, c.id, now));
}

const HEX_64 = /^[0-9a-f]{64}$/;
type CheckedDraw = { seed: string; order: string[]; check: VerifyResult };

/**
 * The order derived from the frozen list and the randomness, then checked as scripts/verify-draw.ts
 * checks the published files (verify.ts), before anything is published: the outcome is stored in the
 * log, so the audit page shows it without repeating the pairing check. Null for malformed randomness.
 */
async function checkedDraw(c: ContestRow, source: Partial<DrawFileRow>, randomness: string): Promise<CheckedDraw | null> {
	if (!HEX_64.test(randomness) || !c.listHash) return null;
	const seed = drawSeed(c.listHash, randomness);
	const { order } = deriveOrder(parseEntryList(c.frozenList ?? ''), seed);
	const check = await verifyDraw(c.frozenList ?? '', drawFile({ ...c, ...source, seed, drawOrder: order })!);
	return { seed, order, check };
}

async function publishDraw(tx: Db, c: ContestRow, draw: CheckedDraw, extra: Parameters<typeof updateContest>[2], actorUserId: string | null, now: Date) {
	// the checks of the source come first (refused with their reason); anything else failing is a fault here
	if (!draw.check.ok) throw new Error(`the derived draw does not verify: ${draw.check.problems.map(problemInEnglish).join('; ')}`);
	const { seed, order } = draw;
	await updateContest(tx, c.id, { ...extra, seed, drawOrder: order, drawnAt: now });
	await logDraw(tx, c.id, 'derived', null, { seed, winners: order.slice(0, c.winners), check: { ok: true, problems: [] } }, now);
	await recordAudit(tx, { actorUserId, action: 'contest.draw', entityType: 'contest', entityId: c.id, details: { seed, listHash: c.listHash } });
	const winners = standing(order, c.winners, new Map()).winners.map((w) => w.publicId);
	await queueWinnerMails(tx, c, await entriesByPublicIds(tx, c.id, winners));
}

const BEACON_PROBLEMS = new Set(['beacon_missing', 'beacon_round', 'beacon_signature']);

export type DrawFailure = 'not_found' | 'not_frozen' | 'drawn' | 'wrong_source' | 'invalid_beacon';

/** Enters the announced round's value and signature: verified against the chain's key, refused if wrong. */
export async function enterBeacon(db: Db, actorUserId: string | null, id: string, input: { randomness: string; signature: string }, now = new Date()): Promise<{ ok: true } | Fail<DrawFailure>> {
	const randomness = input.randomness.trim().toLowerCase();
	const signature = input.signature.trim().toLowerCase();
	const source = { beaconRandomness: randomness, beaconSignature: signature };
	const before = await findContest(db, id);
	if (!before) return { ok: false, reason: 'not_found' };
	if (before.sourceKind !== 'drand' || !before.drandChain || !before.drandRound) return { ok: false, reason: 'wrong_source' };
	// the pairing check takes a moment: done before the row is locked (a frozen list never changes)
	const early = before.frozenAt && !before.drawnAt ? await checkedDraw(before, source, randomness) : null;
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, id);
		if (!c) return { ok: false, reason: 'not_found' as const };
		if (!c.frozenAt || !c.listHash) return { ok: false, reason: 'not_frozen' as const };
		if (c.drawnAt) return { ok: false, reason: 'drawn' as const };
		// frozen between the read and the lock: checked now
		const draw = early ?? (await checkedDraw(c, source, randomness));
		if (!draw || draw.check.problems.some((p) => BEACON_PROBLEMS.has(p.code))) {
			await logDraw(tx, id, 'beacon_refused', null, { round: c.drandRound }, now);
			return { ok: false, reason: 'invalid_beacon' as const };
		}
		await logDraw(tx, id, 'beacon_entered', null, { chain: c.drandChain, round: c.drandRound, randomness, signature }, now);
		await publishDraw(tx, c, draw, source, actorUserId, now);
		return { ok: true as const };
	});
}

/** Reveals the commit-reveal secret (it matches its commitment by construction; the check confirms it). */
export async function revealSecret(db: Db, actorUserId: string | null, id: string, now = new Date()): Promise<{ ok: true } | Fail<DrawFailure>> {
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, id);
		if (!c) return { ok: false, reason: 'not_found' as const };
		if (c.sourceKind !== 'commit' || !c.secret) return { ok: false, reason: 'wrong_source' as const };
		if (!c.frozenAt || !c.listHash) return { ok: false, reason: 'not_frozen' as const };
		if (c.drawnAt) return { ok: false, reason: 'drawn' as const };
		const draw = (await checkedDraw(c, {}, c.secret))!;
		await logDraw(tx, id, 'secret_revealed', null, { secret: c.secret, commitment: c.commitment }, now);
		await publishDraw(tx, c, draw, { secretRevealedAt: now }, actorUserId, now);
		return { ok: true as const };
	});
}

/** A winner declined or is not eligible: set aside, and the next alternate in order takes the place. */
export async function setWinnerAside(
	db: Db,
	actorUserId: string | null,
	id: string,
	publicId: string,
	decision: Decision,
	now = new Date()
): Promise<{ ok: true; replacement: string | null } | Fail<'not_found' | 'not_drawn' | 'not_a_winner'>> {
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, id);
		if (!c) return { ok: false, reason: 'not_found' as const };
		if (!c.drawOrder) return { ok: false, reason: 'not_drawn' as const };
		const held = (await currentStanding(tx, c))!;
		if (!held.winners.some((w) => w.publicId === publicId)) return { ok: false, reason: 'not_a_winner' as const };
		const entry = await findEntryByPublicId(tx, id, publicId);
		if (!entry) return { ok: false, reason: 'not_a_winner' as const };
		const replacement = replacementFor(c.drawOrder, c.winners, held.decisions, publicId);
		await setDecision(tx, entry.id, decision, now);
		await logDraw(tx, id, decision, publicId, { replacedBy: replacement }, now);
		await recordAudit(tx, { actorUserId, action: `contest.winner_${decision}`, entityType: 'contest', entityId: id, details: { publicId, replacedBy: replacement } });
		if (replacement) await queueWinnerMails(tx, c, await entriesByPublicIds(tx, id, [replacement]));
		return { ok: true as const, replacement };
	});
}
