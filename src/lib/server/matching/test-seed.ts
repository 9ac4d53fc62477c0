/**
 * Cohorts with accepted mentees for the matching tests: the data tests call `addMatchingCohort`;
 * the browser test's cohort (tests/e2e/mentoring/matching.spec.ts) is seeded only when
 * SEED_TEST_MATCHING=1 (playwright.config.ts) — the programmes' own demo is another piece of work,
 * and the test must not depend on it. Never in a real installation.
 */
import { eq } from 'drizzle-orm';
import { latvianSortKey } from '../../text/collation';
import { cohorts, organisations, programmeApplications, programmes } from '../db/schema';
import type { Db } from '../db/types';
import { findTerritoryBySlug } from '../geography/territories-repository';
import { personForEmail } from '../people/flow';

export type TestMentee = { email: string; name: string; locale?: string; sectors: string[]; municipality: string | null; languages: string[]; needs: string };

/** A published mentoring programme of the organisation with one cohort and these mentees accepted. */
export async function addMatchingCohort(db: Db, x: { organisationId: string; slug: string; mentees: TestMentee[] }): Promise<{ cohortId: string; applicationIds: string[] }> {
	const title = { lv: `Mentoringa programma ${x.slug}`, en: `Mentoring programme ${x.slug}` };
	const [programme] = await db
		.insert(programmes)
		.values({ organisationId: x.organisationId, slug: x.slug, kind: 'mentoring', status: 'published', title, sortKey: latvianSortKey(title.lv) })
		.returning({ id: programmes.id });
	const [cohort] = await db
		.insert(cohorts)
		.values({ programmeId: programme.id, slug: `${x.slug}-1`, title: { lv: '1. grupa', en: 'Cohort 1' }, status: 'published', startsOn: '2026-11-01', endsOn: '2027-03-31', languages: ['lv', 'en', 'ro', 'ru'], applicationForm: { sections: [] } })
		.returning({ id: cohorts.id });
	const applicationIds: string[] = [];
	for (const e of x.mentees) {
		const person = await personForEmail(db, { email: e.email, name: e.name, locale: e.locale ?? 'lv' });
		const municipality = e.municipality ? await findTerritoryBySlug(db, 'municipality', e.municipality) : undefined;
		const [row] = await db
			.insert(programmeApplications)
			.values({ cohortId: cohort.id, personId: person.id, status: 'accepted', sectors: e.sectors, municipalityId: municipality?.id ?? null, languages: e.languages, needs: e.needs, consentAt: new Date(), confirmedAt: new Date(), decidedAt: new Date() })
			.returning({ id: programmeApplications.id });
		applicationIds.push(row.id);
	}
	return { cohortId: cohort.id, applicationIds };
}

export const TEST_MATCHING = {
	organisationSlug: 'pierigas-partneriba',
	programmeSlug: 'tst-mentorings',
	/** Speaks only Romanian: the browser test's mentor (who speaks it too) is the one proposed. */
	mentee: { email: 'tst-mentee-ro@example.lv', name: 'Ana Popescu', locale: 'ro', sectors: ['social:education'], municipality: 'olaines-novads', languages: ['ro'], needs: 'Vreau să deschid un centru de educație pentru copii.' },
	other: { email: 'tst-mentee-lv@example.lv', name: 'Līga Kalniņa', sectors: ['medus'], municipality: 'jelgava', languages: ['lv'], needs: 'Gribu pārdot medu tirgos.' }
} as const;

export async function seedTestMatching(db: Db): Promise<void> {
	const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, TEST_MATCHING.organisationSlug));
	const [exists] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, TEST_MATCHING.programmeSlug));
	if (!org || exists) return;
	await addMatchingCohort(db, {
		organisationId: org.id,
		slug: TEST_MATCHING.programmeSlug,
		mentees: [
			{ ...TEST_MATCHING.mentee, sectors: [...TEST_MATCHING.mentee.sectors], languages: [...TEST_MATCHING.mentee.languages] },
			{ ...TEST_MATCHING.other, sectors: [...TEST_MATCHING.other.sectors], languages: [...TEST_MATCHING.other.languages] }
		]
	});
}
