/**
 * What the public programme pages and the API read: published programmes of published
 * organisations and their published cohorts, with each cohort's phase and places left. Never who
 * applied; the only number about applicants is how many places are left.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { cohortPhase, placesLeft, type CohortPhase } from '$lib/domain/programme/phase';
import { organisations } from '../db/schema';
import type { Db } from '../db/types';
import { acceptedCounts } from './applications-repository';
import { findCohortBySlug, listCohortsOfProgrammes, type CohortRow } from './cohorts-repository';
import { publicLinks } from './lookups-repository';
import { findPublishedProgramme, listPublishedProgrammes, type ProgrammeRow } from './programmes-repository';

export type PublicCohort = Omit<CohortRow, 'applicationForm' | 'programmeId'> & { phase: CohortPhase; placesLeft: number | null };
export type PublicProgramme = ProgrammeRow & { organisation: { slug: string; name: string }; cohorts: PublicCohort[]; open: boolean };

/** Applying first, then the ones still to come, the running, the closed and the finished. */
const PHASE_ORDER: Record<CohortPhase, number> = { applying: 0, upcoming: 1, closed: 2, running: 3, finished: 4 };

async function organisationsOf(db: Db, ids: string[]): Promise<Map<string, { slug: string; name: string }>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(and(inArray(organisations.id, ids), eq(organisations.status, 'published')));
	return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
}

/** A cohort without its form and programme id (what the public parts need). */
function publicPart(c: CohortRow): Omit<CohortRow, 'applicationForm' | 'programmeId'> {
	const { id, slug, title, status, startsOn, endsOn, applicationsOpenAt, applicationsCloseAt, capacity, eligibility, languages, nudgeWeeks } = c;
	return { id, slug, title, status, startsOn, endsOn, applicationsOpenAt, applicationsCloseAt, capacity, eligibility, languages, nudgeWeeks };
}

async function withCohorts(db: Db, rows: ProgrammeRow[], now: Date): Promise<PublicProgramme[]> {
	const orgs = await organisationsOf(db, [...new Set(rows.map((r) => r.organisationId))]);
	const cohorts = (await listCohortsOfProgrammes(db, rows.map((r) => r.id))).filter((c) => c.status === 'published');
	const accepted = await acceptedCounts(db, cohorts.map((c) => c.id));
	const out: PublicProgramme[] = [];
	for (const p of rows) {
		const organisation = orgs.get(p.organisationId);
		if (!organisation) continue; // an unpublished organisation's programmes are not public either
		const own = cohorts
			.filter((c) => c.programmeId === p.id)
			.map((row) => ({ ...publicPart(row), phase: cohortPhase(row, now), placesLeft: placesLeft(row.capacity, accepted.get(row.id) ?? 0) }))
			.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.startsOn.localeCompare(b.startsOn));
		out.push({ ...p, organisation, cohorts: own, open: own.some((c) => c.phase === 'applying') });
	}
	return out;
}

/** Every published programme, the ones open for applications first (each group in Latvian order). */
export async function publishedProgrammes(db: Db, now = new Date()): Promise<PublicProgramme[]> {
	const list = await withCohorts(db, await listPublishedProgrammes(db), now);
	return [...list.filter((p) => p.open), ...list.filter((p) => !p.open)];
}

/** The published programmes of one organisation or project (their public pages list them), open ones first. */
export async function publishedProgrammesOf(db: Db, of: { organisationId: string } | { projectId: string }, now = new Date()): Promise<PublicProgramme[]> {
	const rows = (await listPublishedProgrammes(db)).filter((p) => ('organisationId' in of ? p.organisationId === of.organisationId : p.projectId === of.projectId));
	const list = await withCohorts(db, rows, now);
	return [...list.filter((p) => p.open), ...list.filter((p) => !p.open)];
}

export async function publishedProgramme(db: Db, slug: string, now = new Date()) {
	const row = await findPublishedProgramme(db, slug);
	if (!row) return null;
	const [programme] = await withCohorts(db, [row], now);
	if (!programme) return null;
	return { ...programme, links: await publicLinks(db, row.projectId, row.placeId) };
}

/** The application page's programme and cohort (published ones only), with its form. */
export async function applicationTarget(db: Db, programmeSlug: string, cohortSlug: string, now = new Date()) {
	const programme = await publishedProgramme(db, programmeSlug, now);
	if (!programme) return null;
	const cohort = await findCohortBySlug(db, programme.id, cohortSlug);
	const view = programme.cohorts.find((c) => c.slug === cohortSlug);
	if (!cohort || !view) return null;
	return { programme, cohort: view, form: cohort.applicationForm };
}
