/**
 * The past cohort of the mentoring demo: 20 accepted mentees (participations attended, like event
 * attendees), their pairs with the 8 mentors, sessions, goals and feedback, and three answered
 * outcome check-ins each (the +12-month one by 14 of them). Pairs follow region and sector, as the
 * coordinator chose them; the matcher's score is recorded for each.
 */
import { totalFte } from '$lib/domain/programme/fte';
import type { ReportedJob } from '../db/schema/mentoring';
import { mentoringGoals, mentoringMatches, mentoringSessions, outcomeCheckins, participations, people, programmeApplications } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import type { Lookups } from './demo';
import { MENTEE_DOMAIN, MENTEES, MENTORS, PAST_COHORT, type DemoMentee } from './demo-data';
import { scoreDemoPair } from './demo-score';
import { sectorWords } from '../mentors/choices';

const FIRST = ['Agnese', 'Valdis', 'Sintija', 'Rolands', 'Elīna', 'Guntis', 'Marta', 'Oskars', 'Baiba', 'Jānis', 'Kristīne', 'Uldis', 'Evija', 'Normunds', 'Santa', 'Aivars', 'Liene', 'Ģirts', 'Vineta', 'Armands'];
const LAST = ['Rudzīte', 'Krauklis', 'Vanaga', 'Lapiņš', 'Strazdiņa', 'Dreimanis', 'Birzniece', 'Pētersons', 'Auziņa', 'Jansons', 'Ābele', 'Freimanis', 'Graudiņa', 'Kārkliņš', 'Circene', 'Millers', 'Zvaigzne', 'Bērziņš', 'Ratniece', 'Celmiņš'];
/** The mentor each mentee worked with (index into MENTORS): by region and sector. */
const MENTOR_OF = [0, 1, 0, 0, 1, 2, 7, 3, 4, 4, 4, 5, 5, 6, 7, 6, 1, 3, 2, 7];
/** The last mentee stopped working on the idea in the second month: the pair ended early. */
const ENDED_EARLY = 19;
const FORMATS = ['in_person', 'online', 'phone'] as const;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (day: string) => new Date(`${day}T12:00:00Z`);

const SESSION_NOTES = [
	['Pārrunājām idejas mērķa grupu un kam pakalpojums būtu vajadzīgs visvairāk.', 'Aprunāties ar trim iespējamiem klientiem'],
	['Skatījām, kāda juridiskā forma der sociālajam uzņēmumam, un LM reģistra prasības.', 'Izvēlēties juridisko formu'],
	['Izgājām cauri izmaksām un cenai; pirmais finanšu plāna melnraksts.', 'Pabeigt finanšu plānu'],
	['Meklējām finansējuma avotus: LEADER, ALTUM granti, pašvaldības konkursi.', 'Sagatavot pieteikumu'],
	['Runājām par sadarbību ar pašvaldības sociālo dienestu.', 'Tikšanās ar sociālo dienestu'],
	['Kopsavilkums: kas izdarīts, kas tālāk pēc programmas.', 'Turpināt patstāvīgi']
];

function jobsAt(mentee: DemoMentee, due: 'end' | 'month6' | 'month12'): ReportedJob[] {
	const status = due === 'end' ? mentee.end : mentee.month6;
	if (status !== 'operating' || !mentee.jobs) return [];
	// at the cohort's end the jobs were younger: at most three months old
	return mentee.jobs.map(([kind, share, months]) => ({ kind, isNew: true, fullTimeShare: share, months: due === 'end' ? Math.min(months, 3) : due === 'month12' ? 12 : months }));
}

/** +12 months: 14 answered; three of the founding ones had started operating by then. */
function statusAt12(mentee: DemoMentee, i: number): DemoMentee['month6'] | null {
	if (i >= 14) return null;
	return [9, 11, 12].includes(i) ? 'operating' : mentee.month6;
}

export async function seedPastCohort(tx: Db, ctx: { organisationId: string; projectId: string | null; programmeId: string; mentorIds: string[]; find: Lookups }): Promise<number> {
	const cohortId = seedUuid(`cohort:${PAST_COHORT.slug}`);
	const start = at(PAST_COHORT.startsOn).getTime();
	const end = at(PAST_COHORT.endsOn).getTime();
	const words = await sectorWords(tx);
	const rows = MENTEES.map((m, i) => ({
		m,
		i,
		personId: seedUuid(`mentee-person:${i}`),
		participationId: seedUuid(`mentee-participation:${i}`),
		applicationId: seedUuid(`mentee-application:${i}`),
		matchId: seedUuid(`mentee-match:${i}`),
		name: `${FIRST[i]} ${LAST[i]} (demo)`,
		municipality: ctx.find.territory(m.municipality)
	}));
	await tx.insert(people).values(rows.map((r) => ({ id: r.personId, email: `dalibnieks.${r.i + 1}@${MENTEE_DOMAIN}`, name: r.name, locale: 'lv', confirmedAt: new Date('2021-08-10T09:00:00Z') })));
	await tx.insert(participations).values(
		rows.map((r) => ({
			id: r.participationId,
			personId: r.personId,
			activityKind: 'cohort' as const,
			activityId: cohortId,
			organisationId: ctx.organisationId,
			projectId: ctx.projectId,
			activityStartsAt: new Date(start),
			activityEndsAt: new Date(end),
			registration: 'registered' as const,
			attendance: 'attended' as const,
			registeredAt: new Date('2021-08-10T09:00:00Z'),
			attendanceMarkedAt: new Date('2021-08-25T09:00:00Z'),
			municipalityId: r.municipality.id
		}))
	);
	await tx.insert(programmeApplications).values(
		rows.map((r) => ({
			id: r.applicationId,
			cohortId,
			personId: r.personId,
			participationId: r.participationId,
			status: 'accepted' as const,
			answers: { idea: r.m.needs, stage: r.m.end === 'idea' ? 'o1' : 'o2' },
			sectors: r.m.sectors,
			municipalityId: r.municipality.id,
			languages: ['lv'],
			needs: r.m.needs,
			consentAt: new Date('2021-08-10T09:00:00Z'),
			confirmedAt: new Date('2021-08-10T09:00:00Z'),
			decisionMessage: 'Laipni lūdzam programmā!',
			decidedAt: new Date('2021-08-25T09:00:00Z'),
			isDemo: true,
			createdAt: new Date('2021-08-10T09:00:00Z')
		}))
	);
	await tx.insert(mentoringMatches).values(
		rows.map((r) => {
			const early = r.i === ENDED_EARLY;
			const { score, parts } = scoreDemoPair(r.m, MENTORS[MENTOR_OF[r.i]], ctx.find, words);
			return {
				id: r.matchId,
				cohortId,
				applicationId: r.applicationId,
				mentorId: ctx.mentorIds[MENTOR_OF[r.i]],
				status: early ? ('ended' as const) : ('completed' as const),
				score,
				scoreParts: parts,
				menteeAcceptedAt: new Date('2021-08-30T09:00:00Z'),
				mentorAcceptedAt: new Date('2021-08-31T09:00:00Z'),
				startedOn: PAST_COHORT.startsOn,
				endedOn: early ? '2021-10-20' : PAST_COHORT.endsOn,
				endReason: early ? 'Dalībniece pārtrauca darbu pie idejas ģimenes apstākļu dēļ.' : null,
				menteeFeedback: early ? null : 'Mentors palīdzēja saprast, ar ko sākt, un neļāva apstāties.',
				mentorFeedback: early ? null : 'Mērķtiecīga dalībniece; ideja kļuvusi daudz skaidrāka.',
				menteeRating: early ? null : 4 + (r.i % 2),
				mentorRating: early ? null : 4 + ((r.i + 1) % 2),
				isDemo: true
			};
		})
	);
	const sessions = rows.flatMap((r) =>
		SESSION_NOTES.slice(0, r.i === ENDED_EARLY ? 2 : 6).map(([notes, nextStep], k) => ({
			id: seedUuid(`mentee-session:${r.i}:${k}`),
			matchId: r.matchId,
			heldOn: iso(start + (7 + k * 24 + (r.i % 5)) * DAY),
			minutes: k % 3 === 0 ? 90 : 60,
			format: FORMATS[(r.i + k) % 3],
			notes,
			nextStep,
			loggedByPersonId: k % 2 === 0 ? r.personId : null
		}))
	);
	await tx.insert(mentoringSessions).values(sessions);
	await tx.insert(mentoringGoals).values(
		rows.flatMap((r) => [
			{ id: seedUuid(`mentee-goal:${r.i}:0`), matchId: r.matchId, kind: 'goal' as const, title: 'Skaidra ideja un mērķa grupa', position: 0, doneAt: at('2021-10-15') },
			{ id: seedUuid(`mentee-goal:${r.i}:1`), matchId: r.matchId, kind: 'milestone' as const, title: 'Finanšu plāns gatavs', dueOn: '2021-12-15', position: 1, doneAt: r.i === ENDED_EARLY ? null : at('2021-12-10') }
		])
	);
	const dueOn = { end: PAST_COHORT.endsOn, month6: '2022-07-31', month12: '2023-01-31' } as const;
	const checkins = rows.flatMap((r) =>
		(['end', 'month6', 'month12'] as const).map((due) => {
			const status = due === 'end' ? r.m.end : due === 'month6' ? r.m.month6 : statusAt12(r.m, r.i);
			const jobs = status ? jobsAt({ ...r.m, month6: status }, due) : [];
			return {
				id: seedUuid(`mentee-checkin:${r.i}:${due}`),
				applicationId: r.applicationId,
				due,
				dueOn: dueOn[due],
				sentAt: at(dueOn[due]),
				answeredAt: status ? new Date(at(dueOn[due]).getTime() + (3 + (r.i % 9)) * DAY) : null,
				ideaStatus: status,
				companyRegistered: status ? status === 'operating' : null,
				socialEnterprise: status ? status === 'operating' || status === 'registering' : null,
				jobs,
				fte: status ? totalFte(jobs) : null,
				turnoverBand: status === 'operating' ? (r.i % 3 === 0 ? '10k_50k' : 'lt10k') : null,
				isDemo: true
			};
		})
	);
	await tx.insert(outcomeCheckins).values(checkins);
	return rows.length;
}
