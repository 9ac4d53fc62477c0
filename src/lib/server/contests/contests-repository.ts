// All SQL for contests, their prizes and the draw log (db/schema/contests.ts).
import { and, asc, desc, eq, like, or, sql } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/types';
import { contestDrawLog, contestPrizes, contests, producers } from '../db/schema';
import type { Db } from '../db/types';

const contestColumns = {
	id: contests.id,
	organisationId: contests.organisationId,
	projectId: contests.projectId,
	slug: contests.slug,
	title: contests.title,
	rules: contests.rules,
	status: contests.status,
	opensAt: contests.opensAt,
	closesAt: contests.closesAt,
	winners: contests.winners,
	eligibility: contests.eligibility,
	minEvents: contests.minEvents,
	eligibilityProjectId: contests.eligibilityProjectId,
	question: contests.question,
	sourceKind: contests.sourceKind,
	drandChain: contests.drandChain,
	drandRound: contests.drandRound,
	beaconRandomness: contests.beaconRandomness,
	beaconSignature: contests.beaconSignature,
	commitment: contests.commitment,
	secret: contests.secret,
	secretRevealedAt: contests.secretRevealedAt,
	frozenAt: contests.frozenAt,
	listHash: contests.listHash,
	frozenList: contests.frozenList,
	entryCount: contests.entryCount,
	seed: contests.seed,
	drawOrder: contests.drawOrder,
	drawnAt: contests.drawnAt,
	isDemo: contests.isDemo
};
export type ContestRow = Awaited<ReturnType<typeof findContest>> & object;

// the page's view leaves out the two long columns: the frozen list and the whole derived order
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the two are left out on purpose
const { frozenList: _list, drawOrder: _order, ...pageColumns } = contestColumns;
export type ContestPageRow = Awaited<ReturnType<typeof findContestPageBySlug>> & object;

/** The public page's row: everything but the frozen list and the derived order. */
export async function findContestPageBySlug(db: Db, slug: string) {
	const [row] = await db.select(pageColumns).from(contests).where(eq(contests.slug, slug));
	return row ?? null;
}

/** The first n places of the derived order (null before the draw), read without the whole order. */
export async function drawOrderHead(db: Db, id: string, n: number): Promise<string[] | null> {
	const [row] = await db
		.select({ head: sql<string[] | null>`(select jsonb_agg(e.value order by e.ordinality) from jsonb_array_elements(${contests.drawOrder}) with ordinality as e(value, ordinality) where e.ordinality <= ${n})` })
		.from(contests)
		.where(eq(contests.id, id));
	return row?.head ?? null;
}

/** What entries.txt and draw.json publish, and the state that decides whether they exist yet. */
export async function findDrawFilesBySlug(db: Db, slug: string) {
	const [row] = await db
		.select({
			status: contests.status,
			frozenAt: contests.frozenAt,
			frozenList: contests.frozenList,
			slug: contests.slug,
			title: contests.title,
			winners: contests.winners,
			entryCount: contests.entryCount,
			listHash: contests.listHash,
			seed: contests.seed,
			drawOrder: contests.drawOrder,
			sourceKind: contests.sourceKind,
			drandChain: contests.drandChain,
			drandRound: contests.drandRound,
			beaconRandomness: contests.beaconRandomness,
			beaconSignature: contests.beaconSignature,
			commitment: contests.commitment,
			secret: contests.secret
		})
		.from(contests)
		.where(eq(contests.slug, slug));
	return row ?? null;
}

export async function findContest(db: Db, id: string) {
	const [row] = await db.select(contestColumns).from(contests).where(eq(contests.id, id));
	return row ?? null;
}

export async function findContestBySlug(db: Db, slug: string) {
	const [row] = await db.select(contestColumns).from(contests).where(eq(contests.slug, slug));
	return row ?? null;
}

/** For the freeze and the draw: the row locked so two requests cannot freeze or draw twice. */
export async function lockContest(db: Db, id: string) {
	const [row] = await db.select(contestColumns).from(contests).where(eq(contests.id, id)).for('update');
	return row ?? null;
}

export async function listContestsOfOrganisation(db: Db, organisationId: string) {
	return db
		.select({ id: contests.id, slug: contests.slug, title: contests.title, status: contests.status, closesAt: contests.closesAt, frozenAt: contests.frozenAt, drawnAt: contests.drawnAt })
		.from(contests)
		.where(eq(contests.organisationId, organisationId))
		.orderBy(desc(contests.closesAt));
}

export async function slugsLike(db: Db, base: string): Promise<Set<string>> {
	const rows = await db.select({ slug: contests.slug }).from(contests).where(or(eq(contests.slug, base), like(contests.slug, `${base}-%`)));
	return new Set(rows.map((r) => r.slug));
}

export type ContestFields = {
	title: LocalizedText;
	rules: LocalizedText;
	opensAt: Date;
	closesAt: Date;
	winners: number;
	eligibility: 'email' | 'attendance' | 'question' | 'photo';
	minEvents: number | null;
	eligibilityProjectId: string | null;
	question: LocalizedText | null;
	projectId: string | null;
	sourceKind: 'drand' | 'commit';
};

export async function insertContest(db: Db, v: ContestFields & { organisationId: string; slug: string; isDemo?: boolean }): Promise<string> {
	const [row] = await db.insert(contests).values(v).returning({ id: contests.id });
	return row.id;
}

export async function updateContest(db: Db, id: string, v: Partial<typeof contests.$inferInsert>): Promise<void> {
	await db
		.update(contests)
		.set({ ...v, updatedAt: new Date() })
		.where(eq(contests.id, id));
}

export async function replacePrizes(db: Db, contestId: string, prizes: { title: LocalizedText; producerId: string | null }[]): Promise<void> {
	await db.delete(contestPrizes).where(eq(contestPrizes.contestId, contestId));
	if (prizes.length) await db.insert(contestPrizes).values(prizes.map((p, i) => ({ contestId, producerId: p.producerId, title: p.title, position: i })));
}

export async function listPrizes(db: Db, contestId: string) {
	return db
		.select({ id: contestPrizes.id, title: contestPrizes.title, producerId: contestPrizes.producerId, producerName: producers.name, producerSlug: producers.slug, producerStatus: producers.status })
		.from(contestPrizes)
		.leftJoin(producers, eq(producers.id, contestPrizes.producerId))
		.where(eq(contestPrizes.contestId, contestId))
		.orderBy(asc(contestPrizes.position));
}

/** Prizes a producer gives in published contests (their public page shows them). */
export async function prizesOfProducer(db: Db, producerId: string) {
	return db
		.select({ title: contestPrizes.title, contestSlug: contests.slug, contestTitle: contests.title, closesAt: contests.closesAt })
		.from(contestPrizes)
		.innerJoin(contests, eq(contests.id, contestPrizes.contestId))
		.where(and(eq(contestPrizes.producerId, producerId), eq(contests.status, 'published')))
		.orderBy(desc(contests.closesAt));
}

export async function logDraw(db: Db, contestId: string, action: string, publicId: string | null, details: Record<string, unknown> = {}, at = new Date()): Promise<void> {
	await db.insert(contestDrawLog).values({ contestId, action, publicId, details, at });
}

export async function listDrawLog(db: Db, contestId: string) {
	return db
		.select({ action: contestDrawLog.action, publicId: contestDrawLog.publicId, details: contestDrawLog.details, at: contestDrawLog.at })
		.from(contestDrawLog)
		.where(eq(contestDrawLog.contestId, contestId))
		.orderBy(asc(contestDrawLog.seq));
}
