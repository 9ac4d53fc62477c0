/** A winner agrees, from their personal link, that the contest page shows their name. */
import { authSecret } from '../auth/secret';
import type { Db } from '../db/types';
import { drawOrderHead, findContestPageBySlug, logDraw } from './contests-repository';
import { currentStanding } from './current-standing';
import { findEntry, setConsent } from './entries-repository';
import { readConsentToken } from './tokens';

export type ConsentTarget = { ok: true; contestId: string; entryId: string; publicId: string; consented: boolean } | { ok: false };

/** The winner the link names, when it is valid and they currently hold a winner's place. */
export async function consentTarget(db: Db, slug: string, token: string): Promise<ConsentTarget> {
	const entryId = readConsentToken(token, authSecret());
	const contest = await findContestPageBySlug(db, slug);
	const entry = entryId ? await findEntry(db, entryId) : null;
	if (!contest || !entry || entry.contestId !== contest.id || !contest.drawnAt) return { ok: false };
	const held = await currentStanding(db, contest, (n) => drawOrderHead(db, contest.id, n));
	if (!held?.winners.some((w) => w.publicId === entry.publicId)) return { ok: false };
	return { ok: true, contestId: contest.id, entryId: entry.id, publicId: entry.publicId, consented: !!entry.consentedAt };
}

export async function giveConsent(db: Db, slug: string, token: string, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const target = await consentTarget(tx, slug, token);
		if (!target.ok) return false;
		if (!target.consented) {
			await setConsent(tx, target.entryId, now);
			await logDraw(tx, target.contestId, 'consented', target.publicId, {}, now);
		}
		return true;
	});
}
