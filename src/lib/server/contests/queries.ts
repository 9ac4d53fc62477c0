/**
 * What the public contest page, the audit page and the staff page show. Nothing personal leaves here
 * for the public: entries are public ids; a winner's name only after their consent, otherwise their
 * municipality ("winner from Jelgavas novads").
 */
import { DRAND_CHAINS } from '$lib/domain/contest/source';
import type { DrawProblem } from '$lib/domain/contest/verify';
import { localized, localizedLang } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { currentStanding } from './current-standing';
import { frozeIfDue } from './draw-flow';
import { drawFile } from './draw-file';
import { drawOrderHead, findContest, listContestsOfOrganisation, findContestBySlug, findContestPageBySlug, findDrawFilesBySlug, listDrawLog, listPrizes, type ContestRow } from './contests-repository';
import { countEntries, entriesByPublicIds } from './entries-repository';
import { contestState } from './workspace-section';

export { drawFile };

export type WinnerView = { place: number; publicId: string; name: string | null; municipality: string | null; consented: boolean };

/** The winners now (their rows only); `order` is the whole derived order when the caller has it, else its head is read. */
async function winnersOf(db: Db, c: Pick<ContestRow, 'id' | 'winners' | 'drawnAt'>, locale: string, order?: string[] | null) {
	if (!c.drawnAt) return null;
	const held = await currentStanding(db, { id: c.id, winners: c.winners, drawOrder: order }, (n) => drawOrderHead(db, c.id, n));
	if (!held) return null;
	const rows = await entriesByPublicIds(db, c.id, held.winners.map((w) => w.publicId));
	const byId = new Map(rows.map((r) => [r.publicId, r]));
	const winners: WinnerView[] = held.winners.map((w) => {
		const e = byId.get(w.publicId);
		const consented = !!e?.consentedAt;
		return { place: w.place, publicId: w.publicId, name: consented ? (e?.name ?? null) : null, municipality: e?.municipality ? localized(e.municipality, locale) : null, consented };
	});
	return { winners, setAside: held.setAside, alternates: held.alternates, byId };
}

const prizeView = (prizes: Awaited<ReturnType<typeof listPrizes>>, locale: string) =>
	prizes.map((p) => ({ title: localized(p.title, locale), producer: p.producerSlug && p.producerStatus === 'published' ? { slug: p.producerSlug, name: p.producerName ?? '' } : null }));

/** The public page (freezes the list on the first access after the close); without the list and the order. */
export async function publicContest(db: Db, slug: string, locale: string, now = new Date()) {
	let c = await findContestPageBySlug(db, slug);
	if (!c || c.status !== 'published') return null;
	if (await frozeIfDue(db, c, now)) c = (await findContestPageBySlug(db, slug)) ?? c;
	const drawn = await winnersOf(db, c, locale);
	return { contest: c, prizes: prizeView(await listPrizes(db, c.id), locale), winners: drawn?.winners ?? null };
}

/** The contest the entry form posts to: only what the form needs, no prizes or winners. */
export async function contestForEntry(db: Db, slug: string) {
	const c = await findContestPageBySlug(db, slug);
	return c && c.status === 'published' ? { eligibility: c.eligibility } : null;
}

/** entries.txt and draw.json: the published files, once they exist (null before). */
export async function contestFiles(db: Db, slug: string, now = new Date()) {
	let c = await findDrawFilesBySlug(db, slug);
	if (!c || c.status !== 'published') return null;
	const page = await findContestPageBySlug(db, slug);
	if (page && (await frozeIfDue(db, page, now))) c = (await findDrawFilesBySlug(db, slug)) ?? c;
	return { list: c.frozenAt ? c.frozenList : null, draw: drawFile(c) };
}

/** What the draw's one check found (draw-flow.ts), kept in the log's `derived` record. */
type StoredCheck = { ok: boolean; problems: DrawProblem[] };
const storedCheck = (details: unknown): StoredCheck | null => {
	const check = (details as { check?: StoredCheck } | null)?.check;
	return check && typeof check.ok === 'boolean' && Array.isArray(check.problems) ? check : null;
};
const PUBLIC_DETAILS = new Set(['published', 'frozen', 'derived', 'beacon_entered', 'secret_revealed', 'declined', 'ineligible']);

/** The audit page: the list hash, the source, the seed, the stored check, the standing and the log of changes. */
export async function contestAudit(db: Db, slug: string, locale: string, now = new Date()) {
	let c = await findContestBySlug(db, slug);
	if (!c || c.status !== 'published') return null;
	if (await frozeIfDue(db, c, now)) c = (await findContest(db, c.id)) ?? c;
	const log = await listDrawLog(db, c.id);
	const drawn = await winnersOf(db, c, locale, c.drawOrder);
	return {
		contest: c,
		chain: c.drandChain ? DRAND_CHAINS[c.drandChain] : null,
		file: drawFile(c),
		check: storedCheck(log.findLast((l) => l.action === 'derived')?.details),
		winners: drawn?.winners ?? null,
		setAside: drawn?.setAside ?? [],
		alternates: drawn?.alternates.slice(0, 20) ?? [],
		// the secret is public only once revealed; a refused value is not repeated
		log: log.map((l) => ({ action: l.action, publicId: l.publicId, at: l.at, details: PUBLIC_DETAILS.has(l.action) ? l.details : {} }))
	};
}

/** The staff's page: everything public, plus entry counts, the winners' contact and the log of the draw. */
export async function staffContest(db: Db, c: ContestRow, locale: string, now = new Date()) {
	const fresh = (await frozeIfDue(db, c, now)) ? ((await findContest(db, c.id)) ?? c) : c;
	const drawn = await winnersOf(db, fresh, locale, fresh.drawOrder);
	return {
		contest: fresh,
		counts: await countEntries(db, fresh.id),
		prizes: await listPrizes(db, fresh.id),
		winners: drawn?.winners.map((w) => ({ ...w, email: drawn.byId.get(w.publicId)?.email ?? null, realName: drawn.byId.get(w.publicId)?.name ?? null })) ?? null,
		setAside: drawn?.setAside ?? [],
		log: await listDrawLog(db, fresh.id)
	};
}

/** The workspace's list of the organisation's contests, the latest close first. */
export async function workspaceContests(db: Db, organisationId: string, locale: Locale) {
	const rows = await listContestsOfOrganisation(db, organisationId);
	return rows.map((c) => ({ id: c.id, slug: c.slug, title: localized(c.title, locale), lang: localizedLang(c.title, locale), state: contestState(c, locale), closesAt: c.closesAt }));
}
