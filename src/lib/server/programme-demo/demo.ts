/**
 * Loads the mentoring demo (demo-data.ts): the social-entrepreneurship programme's past cohort with
 * 20 mentees and 8 mentors, their pairs, sessions, goals and outcome check-ins (the +6-month one
 * gives the seed's "9 founding, 9 operating"), a fictional cohort open for applications, and the
 * HERE incubator. Deterministic ids (seedUuid), re-runnable: an earlier run's rows go first.
 */
import { and, eq, inArray, like, or } from 'drizzle-orm';
import { latvianSortKey } from '../../text/collation';
import { cohorts, mentors, organisations, participations, people, programmes, projects, territories } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import { APPLICATION_FORM, ELIGIBILITY, HERE_INCUBATOR, MENTEE_DOMAIN, MENTEES, MENTOR_DOMAIN, MENTORS, OPEN_COHORT, PAST_COHORT, SOCIAL_PROGRAMME } from './demo-data';
import { seedPastCohort } from './demo-cohort';
import { APPLICANT_KEYS, seedOpenCohortApplicants } from './demo-applicants';

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

export type Territory = { id: number; lat: number | null; lng: number | null };

async function clear(db: Db) {
	const cohortIds = [PAST_COHORT.slug, OPEN_COHORT.slug].map((s) => seedUuid(`cohort:${s}`));
	await db.delete(participations).where(and(eq(participations.activityKind, 'cohort'), inArray(participations.activityId, cohortIds)));
	await db.delete(programmes).where(inArray(programmes.slug, [SOCIAL_PROGRAMME.slug, HERE_INCUBATOR.slug]));
	// by id as well as address: an anonymised person has no address left to find them by
	const ids = [...MENTEES.map((_, i) => `mentee-person:${i}`), ...MENTORS.map((_, i) => `mentor-person:${i}`), ...APPLICANT_KEYS].map(seedUuid);
	await db.delete(people).where(or(inArray(people.id, ids), like(people.email, `%@${MENTEE_DOMAIN}`), like(people.email, `%@${MENTOR_DOMAIN}`)));
}

async function lookups(db: Db) {
	const [orgRows, projectRows, territoryRows] = await Promise.all([
		db.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
		db.select({ id: projects.id, slug: projects.slug }).from(projects),
		db.select({ id: territories.id, slug: territories.slug, lat: territories.lat, lng: territories.lng }).from(territories)
	]);
	const need = <T>(map: Map<string, T>, slug: string, what: string): T => {
		const found = map.get(slug);
		if (found === undefined) throw new Error(`Programme demo: no ${what} ${slug}`);
		return found;
	};
	const orgs = new Map(orgRows.map((o) => [o.slug, o.id]));
	const projs = new Map(projectRows.map((p) => [p.slug, p.id]));
	const terrs = new Map(territoryRows.map((t) => [t.slug, { id: t.id, lat: t.lat, lng: t.lng }]));
	return {
		organisation: (slug: string) => need(orgs, slug, 'organisation'),
		project: (slug: string) => projs.get(slug) ?? null,
		territory: (slug: string) => need(terrs, slug, 'municipality')
	};
}

export type Lookups = Awaited<ReturnType<typeof lookups>>;

export async function seedProgrammeMentoringDemo(db: Db, now = new Date()): Promise<{ mentees: number; mentors: number }> {
	const today = Math.floor(now.getTime() / DAY) * DAY;
	return db.transaction(async (tx) => {
		await clear(tx);
		const find = await lookups(tx);
		const organisationId = find.organisation(SOCIAL_PROGRAMME.organisation);
		const programmeId = seedUuid(`programme:${SOCIAL_PROGRAMME.slug}`);
		await tx.insert(programmes).values([
			{
				id: programmeId,
				organisationId,
				projectId: find.project(SOCIAL_PROGRAMME.project),
				slug: SOCIAL_PROGRAMME.slug,
				kind: 'mentoring',
				status: 'published',
				title: SOCIAL_PROGRAMME.title,
				summary: SOCIAL_PROGRAMME.summary,
				description: SOCIAL_PROGRAMME.description,
				sortKey: latvianSortKey(SOCIAL_PROGRAMME.title.lv)
			},
			{
				id: seedUuid(`programme:${HERE_INCUBATOR.slug}`),
				organisationId: find.organisation(HERE_INCUBATOR.organisation),
				projectId: find.project(HERE_INCUBATOR.project),
				slug: HERE_INCUBATOR.slug,
				kind: 'incubator',
				status: 'published',
				title: HERE_INCUBATOR.title,
				summary: HERE_INCUBATOR.summary,
				description: HERE_INCUBATOR.description,
				sortKey: latvianSortKey(HERE_INCUBATOR.title.lv)
			}
		]);
		const opensAt = new Date(today - OPEN_COHORT.opensDaysAgo * DAY);
		const openStart = today + OPEN_COHORT.startsInDays * DAY;
		const openEnd = new Date(openStart);
		openEnd.setUTCMonth(openEnd.getUTCMonth() + OPEN_COHORT.months);
		await tx.insert(cohorts).values([
			{
				id: seedUuid(`cohort:${PAST_COHORT.slug}`),
				programmeId,
				slug: PAST_COHORT.slug,
				title: PAST_COHORT.title,
				status: 'published',
				startsOn: PAST_COHORT.startsOn,
				endsOn: PAST_COHORT.endsOn,
				applicationsOpenAt: new Date('2021-07-01T06:00:00Z'),
				applicationsCloseAt: new Date('2021-08-20T20:59:59Z'),
				capacity: 20,
				eligibility: ELIGIBILITY,
				languages: ['lv'],
				applicationForm: APPLICATION_FORM
			},
			{
				id: seedUuid(`cohort:${OPEN_COHORT.slug}`),
				programmeId,
				slug: OPEN_COHORT.slug,
				title: OPEN_COHORT.title,
				status: 'published',
				startsOn: isoDay(openStart),
				endsOn: isoDay(openEnd.getTime()),
				applicationsOpenAt: opensAt,
				applicationsCloseAt: new Date(today + OPEN_COHORT.closesInDays * DAY - 1),
				capacity: 20,
				eligibility: ELIGIBILITY,
				languages: ['lv', 'en', 'ru'],
				applicationForm: APPLICATION_FORM
			}
		]);
		const mentorRows = MENTORS.map((m, i) => ({ ...m, id: seedUuid(`mentor:${i}`), personId: seedUuid(`mentor-person:${i}`), email: `mentors.${i + 1}@${MENTOR_DOMAIN}` }));
		await tx.insert(people).values(mentorRows.map((m) => ({ id: m.personId, email: m.email, name: m.name, locale: 'lv', confirmedAt: new Date('2021-08-01T09:00:00Z') })));
		await tx.insert(mentors).values(
			mentorRows.map((m) => ({
				id: m.id,
				organisationId,
				personId: m.personId,
				bio: m.bio,
				sectors: m.sectors,
				municipalityIds: m.municipalities.map((slug) => find.territory(slug).id),
				languages: m.languages,
				experience: m.experience,
				capacity: m.capacity,
				availability: m.availability,
				isDemo: true
			}))
		);
		const mentees = await seedPastCohort(tx, { organisationId, projectId: find.project(SOCIAL_PROGRAMME.project), programmeId, mentorIds: mentorRows.map((m) => m.id), find });
		await seedOpenCohortApplicants(tx, { cohortId: seedUuid(`cohort:${OPEN_COHORT.slug}`), organisationId, projectId: find.project(SOCIAL_PROGRAMME.project), startsAt: new Date(openStart), endsAt: openEnd, find, today });
		return { mentees, mentors: mentorRows.length };
	});
}
