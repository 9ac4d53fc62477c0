import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { personForEmail } from '../people/flow';
import { insertProject } from '../projects/projects-repository';
import { addTestOrganisation, takePart } from '../people/test-fixtures';
import { summarizeParticipation } from './domain';
import {
	insertParticipation,
	listParticipationFacts,
	listPeopleOfOrganisation,
	setAttendance,
	setRegistration,
	updateActivityScope
} from './participations-repository';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-daugavkrasts');
});
afterAll(async () => h?.close());

describe('participation records', () => {
	it('nobody is registered twice for one activity: the second insert returns the first row', async () => {
		const p = await personForEmail(h.db, { email: 'divreiz@example.lv', locale: 'lv' });
		const first = await takePart(h.db, { personId: p.id, organisationId: org });
		const again = await takePart(h.db, { personId: p.id, organisationId: org, activityId: first.activityId });
		expect(first.created).toBe(true);
		expect(again).toMatchObject({ id: first.id, created: false });
	});

	it('two people racing for a record each get their own, one person racing with themselves gets one', async () => {
		const a = await personForEmail(h.db, { email: 'ataka@example.lv', locale: 'lv' });
		const activityId = randomUUID();
		const base = { activityKind: 'event' as const, activityId, organisationId: org, registration: 'registered' as const, at: new Date() };
		const results = await Promise.all([insertParticipation(h.db, { ...base, personId: a.id }), insertParticipation(h.db, { ...base, personId: a.id })]);
		expect(new Set(results.map((r) => r.id)).size).toBe(1);
		expect(results.filter((r) => r.created)).toHaveLength(1);
	});

	it('registration and attendance are kept apart; attendance is what counts', async () => {
		const activityId = randomUUID();
		const ended = new Date(Date.now() - 3_600_000);
		const names = ['anna', 'juris', 'ilze', 'peteris'];
		const rows: Record<string, string> = {};
		for (const n of names) {
			const p = await personForEmail(h.db, { email: `${n}@seminars.lv`, locale: 'lv' });
			rows[n] = (await takePart(h.db, { personId: p.id, organisationId: org, activityId, endsAt: ended })).id;
		}
		const at = new Date();
		await setAttendance(h.db, rows.anna, 'attended', at);
		await setRegistration(h.db, rows.juris, 'cancelled', at);
		await setAttendance(h.db, rows.ilze, 'absent', at);
		// peteris never checked in: after the end he is a no-show too
		const walkIn = await personForEmail(h.db, { email: 'garambraucejs@seminars.lv', locale: 'lv' });
		await insertParticipation(h.db, { personId: walkIn.id, activityKind: 'event', activityId, organisationId: org, registration: 'none', attendance: 'attended', activityEndsAt: ended, at });
		const s = summarizeParticipation(await listParticipationFacts(h.db, { activityId }), new Date());
		expect(s).toMatchObject({ registrations: 3, cancelled: 1, attendances: 2, walkIns: 1, noShows: 2, uniqueParticipants: 2 });
	});

	it('reports filter by project and period; moving an activity moves its participations', async () => {
		const project = (slug: string) =>
			insertProject(h.db, {
				organisationId: org,
				slug,
				number: null,
				title: { lv: slug },
				summary: { lv: slug },
				programme: null,
				subMeasure: null,
				funder: null,
				acknowledgement: null,
				goals: null,
				startsOn: '2026-01-01',
				endsOn: null,
				website: null,
				status: 'published',
				sortKey: slug,
				createdBy: null,
				now: new Date()
			});
		const projectA = await project('t-projekts-a');
		const projectB = await project('t-projekts-b');
		const p = await personForEmail(h.db, { email: 'projekti@example.lv', locale: 'lv' });
		const march = new Date('2026-03-18T10:00:00Z');
		const activityId = randomUUID();
		await insertParticipation(h.db, { personId: p.id, activityKind: 'event', activityId, organisationId: org, projectId: projectA, activityStartsAt: march, registration: 'registered', attendance: 'attended', at: march });
		expect(await listParticipationFacts(h.db, { projectId: projectA })).toHaveLength(1);
		expect(await listParticipationFacts(h.db, { organisationId: org, from: new Date('2026-03-01'), to: new Date('2026-04-01') })).toHaveLength(1);
		expect(await listParticipationFacts(h.db, { organisationId: org, from: new Date('2026-04-01'), to: new Date('2026-05-01') })).toHaveLength(0);
		await updateActivityScope(h.db, { activityKind: 'event', activityId, organisationId: org, projectId: projectB, activityStartsAt: new Date('2026-04-02T10:00:00Z') });
		expect(await listParticipationFacts(h.db, { projectId: projectA })).toHaveLength(0);
		expect(await listParticipationFacts(h.db, { projectId: projectB, from: new Date('2026-04-01') })).toHaveLength(1);
	});

	it('the organisation’s people list counts each person once with their attendances', async () => {
		const { total, rows } = await listPeopleOfOrganisation(h.db, org, { limit: 100, offset: 0 });
		const emails = rows.map((r) => r.email);
		expect(total).toBe(rows.length);
		expect(new Set(emails).size).toBe(emails.length);
		expect(rows.find((r) => r.email === 'anna@seminars.lv')).toMatchObject({ activities: 1, attended: 1 });
		expect(rows.find((r) => r.email === 'juris@seminars.lv')).toMatchObject({ activities: 1, attended: 0 });
	});
});
