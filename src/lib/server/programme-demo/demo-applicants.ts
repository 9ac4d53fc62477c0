/**
 * Fictional applications (demo) to the cohort that is open now, waiting for the coordinator's
 * decision, so the review page has something to decide on. As in the application flow, each
 * confirmed application is a registered participation, not yet attended: nobody counts as a
 * participant before being accepted.
 */
import { participations, people, programmeApplications } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import type { Lookups } from './demo';
import { MENTEE_DOMAIN, OPEN_COHORT } from './demo-data';

const APPLICANTS = [
	{ name: 'Ruta Lapsa (demo)', municipality: 'tukuma-novads', sectors: ['social:social-services'], languages: ['lv'], idea: 'Veļas mazgātava, kurā strādā cilvēki ar garīga rakstura traucējumiem.', stage: 'o1' },
	{ name: 'Pēteris Kociņš (demo)', municipality: 'bauskas-novads', sectors: ['social:employment', 'partika'], languages: ['lv', 'ru'], idea: 'Dārzeņu pārstrāde ar darba vietām ilgstošiem bezdarbniekiem.', stage: 'o2' },
	{ name: 'Olga Smirnova (demo)', municipality: 'jelgava', sectors: ['social:education'], languages: ['ru', 'lv'], idea: 'Valodu klubs bērniem un vecākiem.', stage: 'o1' },
	{ name: 'Emily Carter (demo)', municipality: 'siguldas-novads', sectors: ['social:environment'], languages: ['en'], idea: 'A repair café with workshops for young people.', stage: 'o1' },
	{ name: 'Toms Skuja (demo)', municipality: 'olaines-novads', sectors: ['social:culture'], languages: ['lv'], idea: 'Kopienas kino un pasākumu telpa bijušajā skolā.', stage: 'o3' }
];

/** The applicants' person keys (seedUuid), for clearing an earlier run. */
export const APPLICANT_KEYS = APPLICANTS.map((_, i) => `applicant-person:${i}`);

export async function seedOpenCohortApplicants(tx: Db, ctx: { cohortId: string; organisationId: string; projectId: string | null; startsAt: Date; endsAt: Date; find: Lookups; today: number }): Promise<void> {
	const rows = APPLICANTS.map((a, i) => ({
		...a,
		personId: seedUuid(`applicant-person:${i}`),
		participationId: seedUuid(`applicant-participation:${i}`),
		municipalityId: ctx.find.territory(a.municipality).id,
		at: new Date(ctx.today - (OPEN_COHORT.opensDaysAgo - 1 - i) * 86_400_000 + 9 * 3_600_000)
	}));
	await tx.insert(people).values(rows.map((r, i) => ({ id: r.personId, email: `pieteicejs.${i + 1}@${MENTEE_DOMAIN}`, name: r.name, locale: r.languages[0], confirmedAt: r.at })));
	await tx.insert(participations).values(
		rows.map((r) => ({
			id: r.participationId,
			personId: r.personId,
			activityKind: 'cohort' as const,
			activityId: ctx.cohortId,
			organisationId: ctx.organisationId,
			projectId: ctx.projectId,
			activityStartsAt: ctx.startsAt,
			activityEndsAt: ctx.endsAt,
			registration: 'registered' as const,
			attendance: 'unknown' as const,
			registeredAt: r.at,
			municipalityId: r.municipalityId
		}))
	);
	await tx.insert(programmeApplications).values(
		rows.map((r) => ({
			cohortId: ctx.cohortId,
			personId: r.personId,
			participationId: r.participationId,
			status: 'submitted' as const,
			answers: { idea: r.idea, stage: r.stage },
			sectors: r.sectors,
			municipalityId: r.municipalityId,
			languages: r.languages,
			needs: r.idea,
			consentAt: r.at,
			confirmedAt: r.at,
			isDemo: true,
			createdAt: r.at
		}))
	);
}
