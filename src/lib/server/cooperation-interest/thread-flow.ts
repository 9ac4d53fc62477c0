/**
 * What the two sides do with an interest (issue 19): the owner side accepts or declines a pending
 * one; the sender withdraws theirs; once accepted either side writes in the thread (the other side
 * is told by mail) and records what came of it. The routes authorize first; each flow checks the
 * side again, so a flow called from anywhere cannot act for somebody who is not a party.
 */
import { eq } from 'drizzle-orm';
import type { OutcomeInput } from '$lib/domain/cooperation-interest/input';
import type { Principal } from '../auth/permissions';
import { cooperationInterests, cooperationMessages, cooperationOutcomes, cooperationProfiles } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { findInterestCore, sideOf, type InterestCore } from './access';
import { tellOtherSideOfMessage, tellSenderOfDecision } from './mails';

export type FlowResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_allowed' | 'not_pending' | 'not_accepted' };
type Who = { principal: NonNullable<Principal>; id: string; now?: Date };

async function titleOf(tx: Db, profileId: string): Promise<LocalizedText> {
	const [p] = await tx.select({ title: cooperationProfiles.title }).from(cooperationProfiles).where(eq(cooperationProfiles.id, profileId));
	return p?.title ?? {};
}

/** Reads the interest inside the transaction (its status decides) and checks who is acting. */
async function load(tx: Db, w: Who): Promise<{ i: InterestCore; side: 'owner' | 'sender' } | FlowResult> {
	const i = await findInterestCore(tx, w.id);
	const side = i ? sideOf(w.principal, i) : null;
	if (!i || !side) return { ok: false, reason: 'not_found' };
	return { i, side };
}

export async function decideInterest(db: Db, w: Who & { accept: boolean }): Promise<FlowResult> {
	return db.transaction(async (tx) => {
		const got = await load(tx, w);
		if ('ok' in got) return got;
		if (got.side !== 'owner') return { ok: false, reason: 'not_allowed' };
		if (got.i.status !== 'pending') return { ok: false, reason: 'not_pending' };
		await tx
			.update(cooperationInterests)
			.set({ status: w.accept ? 'accepted' : 'declined', decidedByUserId: w.principal.userId, decidedAt: w.now ?? new Date() })
			.where(eq(cooperationInterests.id, got.i.id));
		await tellSenderOfDecision(tx, got.i, await titleOf(tx, got.i.profileId), w.accept);
		return { ok: true };
	});
}

export async function withdrawInterest(db: Db, w: Who): Promise<FlowResult> {
	return db.transaction(async (tx) => {
		const got = await load(tx, w);
		if ('ok' in got) return got;
		if (got.side !== 'sender') return { ok: false, reason: 'not_allowed' };
		if (got.i.status !== 'pending' && got.i.status !== 'accepted') return { ok: false, reason: 'not_pending' };
		await tx.update(cooperationInterests).set({ status: 'withdrawn', decidedAt: w.now ?? new Date() }).where(eq(cooperationInterests.id, got.i.id));
		return { ok: true };
	});
}

export async function postMessage(db: Db, w: Who & { body: string }): Promise<FlowResult> {
	return db.transaction(async (tx) => {
		const got = await load(tx, w);
		if ('ok' in got) return got;
		if (got.i.status !== 'accepted') return { ok: false, reason: 'not_accepted' };
		await tx.insert(cooperationMessages).values({ interestId: got.i.id, authorUserId: w.principal.userId, body: w.body, createdAt: w.now ?? new Date() });
		await tellOtherSideOfMessage(tx, got.i, await titleOf(tx, got.i.profileId), got.side === 'sender');
		return { ok: true };
	});
}

/** One outcome per kind: recording it again corrects its date and note. */
export async function recordOutcome(db: Db, w: Who & { outcome: OutcomeInput }): Promise<FlowResult> {
	return db.transaction(async (tx) => {
		const got = await load(tx, w);
		if ('ok' in got) return got;
		if (got.i.status !== 'accepted') return { ok: false, reason: 'not_accepted' };
		const o = w.outcome;
		await tx
			.insert(cooperationOutcomes)
			.values({ interestId: got.i.id, kind: o.kind, happenedOn: o.happenedOn, note: o.note, recordedByUserId: w.principal.userId })
			.onConflictDoUpdate({ target: [cooperationOutcomes.interestId, cooperationOutcomes.kind], set: { happenedOn: o.happenedOn, note: o.note, recordedByUserId: w.principal.userId } });
		return { ok: true };
	});
}
