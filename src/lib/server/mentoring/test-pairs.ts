/**
 * A mentoring pair for tests: a programme and cohort of an organisation, an accepted mentee and a
 * mentor, and their pair — used by the data tests and, behind SEED_TEST_PAIRS=1 (playwright.config.ts),
 * by the pair-work browser test. Never seeded in a real installation.
 */
import { and, eq, like } from 'drizzle-orm';
import { cohorts, mentoringMatches, mentors, organisations, programmeApplications, programmes, territories } from '../db/schema';
import type { Db } from '../db/types';
import { personForEmail } from '../people/flow';
import { updatePerson } from '../people/people-repository';
import { enqueueJob } from '../jobs/queue';
import { MENTORING_DAILY_JOB } from './schedule';
import { addMonths } from './due';

export type TestPairInput = {
	organisationId: string;
	key: string;
	startsOn: string;
	endsOn: string;
	status?: 'proposed' | 'active' | 'declined' | 'completed' | 'ended';
	menteeEmail?: string;
	mentorEmail?: string;
	menteeLocale?: string;
	nudgeWeeks?: number;
};

async function municipality(db: Db, slugStart: string): Promise<number | null> {
	const [row] = await db
		.select({ id: territories.id })
		.from(territories)
		.where(and(eq(territories.kind, 'municipality'), like(territories.slug, `${slugStart}%`)))
		.limit(1);
	return row?.id ?? null;
}

export async function addTestPair(db: Db, x: TestPairInput): Promise<{ matchId: string; cohortId: string; applicationId: string; menteePersonId: string; mentorPersonId: string }> {
	const title = { lv: `Mentoringa programma ${x.key}`, en: `Mentoring programme ${x.key}` };
	const [programme] = await db
		.insert(programmes)
		.values({ organisationId: x.organisationId, slug: `pair-test-${x.key}`, kind: 'mentoring', status: 'published', title, sortKey: title.lv })
		.returning({ id: programmes.id });
	const [cohort] = await db
		.insert(cohorts)
		.values({ programmeId: programme.id, slug: `pair-test-${x.key}`, title: { lv: `Grupa ${x.key}` }, status: 'published', startsOn: x.startsOn, endsOn: x.endsOn, nudgeWeeks: x.nudgeWeeks ?? 3, applicationForm: { sections: [{ id: 's1', questions: [] }] } })
		.returning({ id: cohorts.id });
	const menteePerson = await personForEmail(db, { email: x.menteeEmail ?? `mentee-${x.key}@example.lv`, name: `Mentorējamā ${x.key}`, locale: x.menteeLocale ?? 'lv' });
	const mentorPerson = await personForEmail(db, { email: x.mentorEmail ?? `mentor-${x.key}@example.lv`, name: `Mentors ${x.key}`, locale: 'lv' });
	for (const p of [menteePerson, mentorPerson]) await updatePerson(db, p.id, { confirmedAt: new Date() });
	const [application] = await db
		.insert(programmeApplications)
		.values({ cohortId: cohort.id, personId: menteePerson.id, status: 'accepted', municipalityId: await municipality(db, 'jelgava'), needs: 'Biznesa plāns', confirmedAt: new Date(), consentAt: new Date() })
		.returning({ id: programmeApplications.id });
	const [mentor] = await db.insert(mentors).values({ organisationId: x.organisationId, personId: mentorPerson.id, capacity: 2 }).returning({ id: mentors.id });
	const status = x.status ?? 'active';
	const [match] = await db
		.insert(mentoringMatches)
		.values({ cohortId: cohort.id, applicationId: application.id, mentorId: mentor.id, status, startedOn: status === 'proposed' ? null : x.startsOn, menteeAcceptedAt: new Date(), mentorAcceptedAt: new Date() })
		.returning({ id: mentoringMatches.id });
	return { matchId: match.id, cohortId: cohort.id, applicationId: application.id, menteePersonId: menteePerson.id, mentorPersonId: mentorPerson.id };
}

/**
 * The test pairs' cohort dates, by the same clamped month arithmetic the check-ins use: plain
 * Date.UTC(month + n) overflows on the 29th–31st (31 August − 6 months = 3 March), which would leave
 * the +6 month check-in not yet due and the browser test failing on those days.
 */
export function testPairDates(today: string) {
	return { activeStarts: addMonths(today, -2), activeEnds: addMonths(today, 3), completedStarts: addMonths(today, -11), completedEnds: addMonths(today, -6) };
}

/** The browser test's pair in Pierīgas partnerība: a cohort that began two months ago and ends in three. */
export async function seedTestPairs(db: Db, today = new Date()): Promise<void> {
	const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'pierigas-partneriba'));
	if (!org) return;
	const d = testPairDates(today.toISOString().slice(0, 10));
	await addTestPair(db, { organisationId: org.id, key: 'e2e', startsOn: d.activeStarts, endsOn: d.activeEnds, menteeEmail: 'pair-mentee@example.lv', mentorEmail: 'pair-mentor@example.lv' });
	// a completed pair whose cohort ended six months ago: its +6 month check-in is due today
	await addTestPair(db, { organisationId: org.id, key: 'e2e-ci', startsOn: d.completedStarts, endsOn: d.completedEnds, status: 'completed', menteeEmail: 'checkin-mentee@example.lv', mentorEmail: 'checkin-mentor@example.lv' });
	// the real daily run, soon after start-up (once the test mail server listens): it nudges the quiet
	// pair (two months without a session) with both pair links and mails the due check-in
	await enqueueJob(db, MENTORING_DAILY_JOB, {}, { runAt: new Date(Date.now() + 20_000), dedupeKey: `${MENTORING_DAILY_JOB}:e2e` });
}
