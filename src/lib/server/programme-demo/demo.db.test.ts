import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { cohorts, mentoringMatches, mentoringSessions, mentors, outcomeCheckins, participations, programmeApplications, programmes, territories } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { seedUuid } from '../seed/prng';
import { OPEN_COHORT, PAST_COHORT, SOCIAL_PROGRAMME } from './demo-data';
import { seedProgrammeMentoringDemo } from './demo';
import { organisationProgrammesSlot, projectProgrammesSlot } from '../programmes/page-slots';
import { outcomesByCohort } from '../mentoring/outcomes-queries';
import { sweepRetention } from '../people/retention';
import { organisations, projects } from '../db/schema';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const pastCohortId = seedUuid(`cohort:${PAST_COHORT.slug}`);

async function checkinsAt(due: 'end' | 'month6' | 'month12') {
	return h.db
		.select({ status: outcomeCheckins.ideaStatus, social: outcomeCheckins.socialEnterprise, fte: outcomeCheckins.fte, municipality: territories.slug })
		.from(outcomeCheckins)
		.innerJoin(programmeApplications, eq(programmeApplications.id, outcomeCheckins.applicationId))
		.innerJoin(territories, eq(territories.id, programmeApplications.municipalityId))
		.where(and(eq(programmeApplications.cohortId, pastCohortId), eq(outcomeCheckins.due, due)));
}

describe('the mentoring demo (seed document 002)', () => {
	it('has the five-month cohort with 20 mentees counted as attendees and 8 mentors', async () => {
		const [cohort] = await h.db.select({ startsOn: cohorts.startsOn, endsOn: cohorts.endsOn }).from(cohorts).where(eq(cohorts.id, pastCohortId));
		expect(cohort).toEqual({ startsOn: PAST_COHORT.startsOn, endsOn: PAST_COHORT.endsOn });
		const attended = await h.db
			.select({ id: participations.id })
			.from(participations)
			.where(and(eq(participations.activityKind, 'cohort'), eq(participations.activityId, pastCohortId), eq(participations.attendance, 'attended')));
		expect(attended).toHaveLength(20);
		const [programme] = await h.db.select({ organisationId: programmes.organisationId }).from(programmes).where(eq(programmes.slug, SOCIAL_PROGRAMME.slug));
		const pool = await h.db.select({ id: mentors.id }).from(mentors).where(eq(mentors.organisationId, programme.organisationId));
		expect(pool).toHaveLength(8);
	});

	it('reproduces "9 founding, 9 operating" at +6 months, the operating ones where the seed says', async () => {
		const rows = await checkinsAt('month6');
		expect(rows).toHaveLength(20);
		const operating = rows.filter((r) => r.status === 'operating');
		expect(operating).toHaveLength(9);
		expect(rows.filter((r) => r.status === 'registering')).toHaveLength(9);
		expect(operating.every((r) => r.social)).toBe(true);
		const where = operating.map((r) => r.municipality).sort();
		expect(where).toEqual(['balvu-novads', 'jelgavas-novads', 'jelgavas-novads', 'jelgavas-novads', 'kekavas-novads', 'kekavas-novads', 'marupes-novads', 'ogres-novads', 'olaines-novads']);
		// volunteers do not count: the café's volunteer adds nothing to its two full-time half-year jobs
		expect(operating.reduce((a, r) => a + Number(r.fte), 0)).toBeCloseTo(5.75, 2);
	});

	it('keeps a pair per mentee with a matcher score, sessions logged, and one pair ended early', async () => {
		const pairs = await h.db.select({ id: mentoringMatches.id, status: mentoringMatches.status, score: mentoringMatches.score }).from(mentoringMatches).where(eq(mentoringMatches.cohortId, pastCohortId));
		expect(pairs).toHaveLength(20);
		expect(pairs.filter((p) => p.status === 'completed')).toHaveLength(19);
		expect(pairs.filter((p) => p.status === 'ended')).toHaveLength(1);
		expect(pairs.every((p) => p.score !== null && p.score > 0 && p.score <= 100)).toBe(true);
		const sessions = await h.db.select({ id: mentoringSessions.id }).from(mentoringSessions).where(inArray(mentoringSessions.matchId, pairs.map((p) => p.id)));
		expect(sessions).toHaveLength(19 * 6 + 2);
	});

	it('has a cohort open for applications with applicants waiting for a decision', async () => {
		const waiting = await h.db
			.select({ id: programmeApplications.id })
			.from(programmeApplications)
			.where(and(eq(programmeApplications.cohortId, seedUuid(`cohort:${OPEN_COHORT.slug}`)), eq(programmeApplications.status, 'submitted')));
		expect(waiting).toHaveLength(5);
	});

	it('is listed on the pages of the partnership and the project, open for applications', async () => {
		const [org] = await h.db.select({ id: organisations.id, slug: organisations.slug }).from(organisations).where(eq(organisations.slug, SOCIAL_PROGRAMME.organisation));
		const [project] = await h.db.select({ id: projects.id, slug: projects.slug }).from(projects).where(eq(projects.slug, SOCIAL_PROGRAMME.project));
		for (const [load, row] of [[organisationProgrammesSlot, org], [projectProgrammesSlot, project]] as const) {
			const slot = await load({ db: h.db, id: row.id, slug: row.slug, locale: 'lv', now: new Date() });
			const item = slot?.items.find((i) => i.href === `/lv/programmas/${SOCIAL_PROGRAMME.slug}`);
			expect(item?.title).toBe(SOCIAL_PROGRAMME.title.lv);
			expect(item?.badge).toBe('Pieteikšanās atvērta');
		}
	});

	it('gives funders the +6-month outcome by municipality even after the mentees were anonymised', async () => {
		const [org] = await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, SOCIAL_PROGRAMME.organisation));
		// the 2021 cohort is years past every retention period: its people are anonymised
		expect(await sweepRetention(h.db)).toBeGreaterThanOrEqual(20);
		const rows = (await outcomesByCohort(h.db, org.id, 'month6')).filter((r) => r.cohortId === pastCohortId);
		const sum = (k: 'mentees' | 'answered' | 'registering' | 'operating' | 'social') => rows.reduce((a, r) => a + r[k], 0);
		expect([sum('mentees'), sum('answered'), sum('registering'), sum('operating'), sum('social')]).toEqual([20, 20, 9, 9, 18]);
		const jelgava = rows.find((r) => r.municipality?.lv === 'Jelgavas novads');
		expect([jelgava?.operating, jelgava?.registering]).toEqual([3, 1]);
		expect(rows.some((r) => r.municipality === null)).toBe(false);
		const latest = (await outcomesByCohort(h.db, org.id)).filter((r) => r.cohortId === pastCohortId);
		// by each one's latest answer, three of the founding ones operate by +12 months
		expect(latest.reduce((a, r) => a + r.operating, 0)).toBe(12);
	});

	it('can be loaded again without duplicating anything', async () => {
		await seedProgrammeMentoringDemo(h.db);
		expect(await checkinsAt('month6')).toHaveLength(20);
		const attended = await h.db.select({ id: participations.id }).from(participations).where(and(eq(participations.activityKind, 'cohort'), eq(participations.activityId, pastCohortId)));
		expect(attended).toHaveLength(20);
	});
});
