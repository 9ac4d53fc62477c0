/** A winner agrees, from their personal link, that the contest page shows their name. */
import { standing, type Decision } from '$lib/domain/contest/standing';
import { authSecret } from '../auth/secret';
import type { Db } from '../db/types';
import { findContestBySlug, logDraw } from './contests-repository';
import { entriesByPublicIds, findEntry, setConsent } from './entries-repository';
import { readConsentToken } from './tokens';

export type ConsentTarget = { ok: true; entryId: string; publicId: string; consented: boolean } | { ok: false };

/** The winner the link names, when it is valid and they currently hold a winner's place. */
export async function consentTarget(db: Db, slug: string, token: string): Promise<ConsentTarget> {
	const entryId = readConsentToken(token, authSecret());
	const contest = await findContestBySlug(db, slug);
	const entry = entryId ? await findEntry(db, entryId) : null;
	if (!contest || !entry || entry.contestId !== contest.id || !contest.drawOrder) return { ok: false };
	const rows = await entriesByPublicIds(db, contest.id, contest.drawOrder);
	const decisions = new Map(rows.filter((r) => r.decision).map((r) => [r.publicId, r.decision as Decision]));
	if (!standing(contest.drawOrder, contest.winners, decisions).winners.some((w) => w.publicId === entry.publicId)) return { ok: false };
	return { ok: true, entryId: entry.id, publicId: entry.publicId, consented: !!entry.consentedAt };
}

export async function giveConsent(db: Db, slug: string, token: string, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const target = await consentTarget(tx, slug, token);
		if (!target.ok) return false;
		if (!target.consented) {
			await setConsent(tx, target.entryId, now);
			const contest = await findContestBySlug(tx, slug);
			if (contest) await logDraw(tx, contest.id, 'consented', target.publicId, {}, now);
		}
		return true;
	});
}
