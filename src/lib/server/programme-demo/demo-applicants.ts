/**
 * Fictional applications (demo) to the cohort that is open now, waiting for the coordinator's
 * decision, so the review page has something to decide on. Like the application flow, no
 * participation exists before acceptance: nobody counts as a participant before being accepted.
 */
import { people, programmeApplications } from '../db/schema';
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

export async function seedOpenCohortApplicants(tx: Db, ctx: { cohortId: string; find: Lookups; today: number }): Promise<void> {
	const rows = APPLICANTS.map((a, i) => ({
		...a,
		personId: seedUuid(`applicant-person:${i}`),
		municipalityId: ctx.find.territory(a.municipality).id,
		at: new Date(ctx.today - (OPEN_COHORT.opensDaysAgo - 1 - i) * 86_400_000 + 9 * 3_600_000)
	}));
	await tx.insert(people).values(rows.map((r, i) => ({ id: r.personId, email: `pieteicejs.${i + 1}@${MENTEE_DOMAIN}`, name: r.name, locale: r.languages[0], confirmedAt: r.at })));
	await tx.insert(programmeApplications).values(
		rows.map((r) => ({
			cohortId: ctx.cohortId,
			personId: r.personId,
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
