/**
 * What the public contest page, the audit page and the staff page show. Nothing personal leaves here
 * for the public: entries are public ids; a winner's name only after their consent, otherwise their
 * municipality ("winner from Jelgavas novads").
 */
import { DRAND_CHAINS } from '$lib/domain/contest/source';
import { standing, type Decision } from '$lib/domain/contest/standing';
import { DRAW_FORMAT, type DrawFile } from '$lib/domain/contest/verify';
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { contestFreezingIfDue } from './draw-flow';
import { findContestBySlug, listDrawLog, listPrizes, type ContestRow } from './contests-repository';
import { countEntries, entriesByPublicIds } from './entries-repository';

export type WinnerView = { place: number; publicId: string; name: string | null; municipality: string | null; consented: boolean };

async function winnersOf(db: Db, c: ContestRow, locale: string) {
	if (!c.drawOrder) return null;
	const rows = await entriesByPublicIds(db, c.id, c.drawOrder);
	const byId = new Map(rows.map((r) => [r.publicId, r]));
	const decisions = new Map(rows.filter((r) => r.decision).map((r) => [r.publicId, r.decision as Decision]));
	const s = standing(c.drawOrder, c.winners, decisions);
	const winners: WinnerView[] = s.winners.map((w) => {
		const e = byId.get(w.publicId);
		const consented = !!e?.consentedAt;
		return { place: w.place, publicId: w.publicId, name: consented ? (e?.name ?? null) : null, municipality: e?.municipality ? localized(e.municipality, locale) : null, consented };
	});
	return { winners, setAside: s.setAside, alternates: s.alternates, byId };
}

/** The public page (freezes the list on the first access after the close). */
export async function publicContest(db: Db, slug: string, locale: string, now = new Date()) {
	const found = await findContestBySlug(db, slug);
	if (!found || found.status !== 'published') return null;
	const c = await contestFreezingIfDue(db, found, now);
	const prizes = await listPrizes(db, c.id);
	const drawn = await winnersOf(db, c, locale);
	return {
		contest: c,
		prizes: prizes.map((p) => ({ title: localized(p.title, locale), producer: p.producerSlug && p.producerStatus === 'published' ? { slug: p.producerSlug, name: p.producerName ?? '' } : null })),
		winners: drawn?.winners ?? null,
		entries: c.frozenAt ? (c.entryCount ?? 0) : (await countEntries(db, c.id)).confirmed
	};
}

/** The draw file the audit page offers (docs/contest-draw.md §5); null before the draw. */
export function drawFile(c: ContestRow): DrawFile | null {
	if (!c.drawOrder || !c.listHash || !c.seed) return null;
	const source: DrawFile['source'] =
		c.sourceKind === 'drand'
			? { kind: 'drand', chain: c.drandChain ?? '', round: c.drandRound ?? 0, beacon: { round: c.drandRound ?? 0, randomness: c.beaconRandomness ?? '', signature: c.beaconSignature ?? '' } }
			: { kind: 'commit', commitment: c.commitment ?? '', secret: c.secret ?? undefined };
	return { format: DRAW_FORMAT, contest: { slug: c.slug, title: c.title.lv }, listFile: 'entries.txt', listHash: c.listHash, entryCount: c.entryCount ?? 0, winners: c.winners, source, seed: c.seed, order: c.drawOrder };
}

/** The audit page: the list hash, the source, the seed, the derivation and the log of changes. */
export async function contestAudit(db: Db, slug: string, locale: string, now = new Date()) {
	const pub = await publicContest(db, slug, locale, now);
	if (!pub) return null;
	const c = pub.contest;
	const log = await listDrawLog(db, c.id);
	const drawn = await winnersOf(db, c, locale);
	return {
		...pub,
		chain: c.drandChain ? DRAND_CHAINS[c.drandChain] : null,
		file: drawFile(c),
		setAside: drawn?.setAside ?? [],
		alternates: drawn?.alternates.slice(0, 20) ?? [],
		// the secret is public only once revealed
		log: log.map((l) => ({ action: l.action, publicId: l.publicId, at: l.at, details: l.action === 'published' || l.action === 'frozen' || l.action === 'derived' || l.action === 'beacon_entered' || l.action === 'secret_revealed' || l.action === 'declined' || l.action === 'ineligible' ? l.details : {} }))
	};
}

/** The staff's page: everything public, plus entry counts, the winners' contact and the actions open now. */
export async function staffContest(db: Db, c: ContestRow, locale: string, now = new Date()) {
	const fresh = await contestFreezingIfDue(db, c, now);
	const drawn = await winnersOf(db, fresh, locale);
	const counts = await countEntries(db, fresh.id);
	return {
		contest: fresh,
		counts,
		prizes: await listPrizes(db, fresh.id),
		winners: drawn?.winners.map((w) => ({ ...w, email: drawn.byId.get(w.publicId)?.email ?? null, realName: drawn.byId.get(w.publicId)?.name ?? null })) ?? null,
		setAside: drawn?.setAside ?? [],
		log: await listDrawLog(db, fresh.id)
	};
}
